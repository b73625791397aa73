`timescale 1 ns / 1 ps

module logic43 (
    input [244:0] model_inp,
    output [115:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [21:0] v1; assign v1[21:0] = model_inp[40:19];
    wire [23:0] v2; assign v2[23:0] = model_inp[64:41];
    wire [23:0] v3; assign v3[23:0] = model_inp[88:65];
    wire [22:0] v4; assign v4[22:0] = model_inp[111:89];
    wire [23:0] v5; assign v5[23:0] = model_inp[135:112];
    wire [20:0] v6; assign v6[20:0] = model_inp[156:136];
    wire [21:0] v7; assign v7[21:0] = model_inp[178:157];
    wire [21:0] v8; assign v8[21:0] = model_inp[200:179];
    wire [22:0] v9; assign v9[22:0] = model_inp[223:201];
    wire [20:0] v10; assign v10[20:0] = model_inp[244:224];
    wire [23:0] v11; ternary_adder #(22,0,0,0,23,0,0,0,22,0,0,0,24,0) op_11 (v1[21:0],v4[22:0],v8[21:0],v11[23:0]);
    wire [24:0] v12; ternary_adder #(24,0,0,0,24,0,0,0,21,0,0,0,25,0) op_12 (v3[23:0],v2[23:0],v10[20:0],v12[24:0]);
    wire [24:0] v13; ternary_adder #(21,0,0,0,22,0,0,0,24,0,0,0,25,0) op_13 (v6[20:0],v7[21:0],v11[23:0],v13[24:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v0[18:0];
    assign model_out[42:19] = v5[23:0];
    assign model_out[65:43] = v9[22:0];
    assign model_out[90:66] = v12[24:0];
    assign model_out[115:91] = v13[24:0];

endmodule
