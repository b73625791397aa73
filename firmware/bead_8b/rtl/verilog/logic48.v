`timescale 1 ns / 1 ps

module logic48 (
    input [289:0] model_inp,
    output [114:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [22:0] v1; assign v1[22:0] = model_inp[41:19];
    wire [22:0] v2; assign v2[22:0] = model_inp[64:42];
    wire [22:0] v3; assign v3[22:0] = model_inp[87:65];
    wire [23:0] v4; assign v4[23:0] = model_inp[111:88];
    wire [22:0] v5; assign v5[22:0] = model_inp[134:112];
    wire [20:0] v6; assign v6[20:0] = model_inp[155:135];
    wire [20:0] v7; assign v7[20:0] = model_inp[176:156];
    wire [22:0] v8; assign v8[22:0] = model_inp[199:177];
    wire [23:0] v9; assign v9[23:0] = model_inp[223:200];
    wire [20:0] v10; assign v10[20:0] = model_inp[244:224];
    wire [22:0] v11; assign v11[22:0] = model_inp[267:245];
    wire [21:0] v12; assign v12[21:0] = model_inp[289:268];
    wire [22:0] v13; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_13 (v7[20:0],v6[20:0],v8[22:0],v13[22:0]);
    wire [23:0] v14; ternary_adder #(23,0,0,0,23,0,0,0,21,0,0,0,24,0) op_14 (v2[22:0],v1[22:0],v10[20:0],v14[23:0]);
    wire [23:0] v15; ternary_adder #(23,0,0,0,24,0,0,0,22,0,0,0,24,0) op_15 (v3[22:0],v4[23:0],v12[21:0],v15[23:0]);
    wire [24:0] v16; ternary_adder #(23,0,0,0,24,0,0,0,23,0,0,0,25,0) op_16 (v5[22:0],v9[23:0],v13[22:0],v16[24:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v0[18:0];
    assign model_out[41:19] = v11[22:0];
    assign model_out[65:42] = v14[23:0];
    assign model_out[89:66] = v15[23:0];
    assign model_out[114:90] = v16[24:0];

endmodule
