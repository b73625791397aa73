`timescale 1 ns / 1 ps

module logic44 (
    input [299:0] model_inp,
    output [111:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [19:0] v1; assign v1[19:0] = model_inp[38:19];
    wire [20:0] v2; assign v2[20:0] = model_inp[59:39];
    wire [21:0] v3; assign v3[21:0] = model_inp[81:60];
    wire [19:0] v4; assign v4[19:0] = model_inp[101:82];
    wire [20:0] v5; assign v5[20:0] = model_inp[122:102];
    wire [22:0] v6; assign v6[22:0] = model_inp[145:123];
    wire [21:0] v7; assign v7[21:0] = model_inp[167:146];
    wire [19:0] v8; assign v8[19:0] = model_inp[187:168];
    wire [20:0] v9; assign v9[20:0] = model_inp[208:188];
    wire [24:0] v10; assign v10[24:0] = model_inp[233:209];
    wire [19:0] v11; assign v11[19:0] = model_inp[253:234];
    wire [21:0] v12; assign v12[21:0] = model_inp[275:254];
    wire [23:0] v13; assign v13[23:0] = model_inp[299:276];
    wire [22:0] v14; ternary_adder #(20,0,0,0,21,0,0,0,22,0,0,0,23,0) op_14 (v1[19:0],v2[20:0],v7[21:0],v14[22:0]);
    wire [20:0] v15; shift_adder #(20,20,0,0,21,0,0,0) op_15 (v11[19:0],v8[19:0],v15[20:0]);
    wire [24:0] v16; ternary_adder #(22,0,0,0,23,0,0,0,25,0,0,0,25,0) op_16 (v3[21:0],v6[22:0],v10[24:0],v16[24:0]);
    wire [22:0] v17; ternary_adder #(20,0,0,0,21,0,0,0,23,0,0,0,23,0) op_17 (v4[19:0],v5[20:0],v14[22:0],v17[22:0]);
    wire [24:0] v18; ternary_adder #(21,0,0,0,22,0,0,0,25,0,0,0,25,0) op_18 (v9[20:0],v12[21:0],v16[24:0],v18[24:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v0[18:0];
    assign model_out[42:19] = v13[23:0];
    assign model_out[63:43] = v15[20:0];
    assign model_out[86:64] = v17[22:0];
    assign model_out[111:87] = v18[24:0];

endmodule
