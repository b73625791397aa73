`timescale 1 ns / 1 ps

module logic33 (
    input [249:0] model_inp,
    output [119:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [22:0] v0; assign v0[22:0] = model_inp[22:0];
    wire [22:0] v1; assign v1[22:0] = model_inp[45:23];
    wire [22:0] v2; assign v2[22:0] = model_inp[68:46];
    wire [21:0] v3; assign v3[21:0] = model_inp[90:69];
    wire [23:0] v4; assign v4[23:0] = model_inp[114:91];
    wire [22:0] v5; assign v5[22:0] = model_inp[137:115];
    wire [20:0] v6; assign v6[20:0] = model_inp[158:138];
    wire [22:0] v7; assign v7[22:0] = model_inp[181:159];
    wire [23:0] v8; assign v8[23:0] = model_inp[205:182];
    wire [21:0] v9; assign v9[21:0] = model_inp[227:206];
    wire [21:0] v10; assign v10[21:0] = model_inp[249:228];
    wire [23:0] v11; ternary_adder #(23,0,0,0,23,0,0,0,21,0,0,0,24,0) op_11 (v0[22:0],v1[22:0],v6[20:0],v11[23:0]);
    wire [23:0] v12; ternary_adder #(22,0,0,0,23,0,0,0,22,0,0,0,24,0) op_12 (v3[21:0],v2[22:0],v9[21:0],v12[23:0]);
    wire [24:0] v13; ternary_adder #(23,0,0,0,24,0,0,0,22,0,0,0,25,0) op_13 (v5[22:0],v4[23:0],v10[21:0],v13[24:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[22:0] = v7[22:0];
    assign model_out[46:23] = v8[23:0];
    assign model_out[70:47] = v11[23:0];
    assign model_out[94:71] = v12[23:0];
    assign model_out[119:95] = v13[24:0];

endmodule
