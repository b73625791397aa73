`timescale 1 ns / 1 ps

module logic52 (
    input [201:0] model_inp,
    output [68:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [22:0] v1; assign v1[22:0] = model_inp[41:19];
    wire [21:0] v2; assign v2[21:0] = model_inp[63:42];
    wire [22:0] v3; assign v3[22:0] = model_inp[86:64];
    wire [22:0] v4; assign v4[22:0] = model_inp[109:87];
    wire [20:0] v5; assign v5[20:0] = model_inp[130:110];
    wire [23:0] v6; assign v6[23:0] = model_inp[154:131];
    wire [22:0] v7; assign v7[22:0] = model_inp[177:155];
    wire [23:0] v8; assign v8[23:0] = model_inp[201:178];
    wire [23:0] v9; ternary_adder #(23,0,0,0,23,0,0,0,21,0,0,0,24,0) op_9 (v4[22:0],v1[22:0],v5[20:0],v9[23:0]);
    wire [24:0] v10; ternary_adder #(22,0,0,0,23,0,0,0,24,0,0,0,25,0) op_10 (v2[21:0],v3[22:0],v6[23:0],v10[24:0]);
    wire [24:0] v11; ternary_adder #(24,0,0,0,23,0,0,0,24,0,0,0,25,0) op_11 (v8[23:0],v7[22:0],v9[23:0],v11[24:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v0[18:0];
    assign model_out[43:19] = v10[24:0];
    assign model_out[68:44] = v11[24:0];

endmodule
