`timescale 1 ns / 1 ps

module logic5 (
    input [105:0] model_inp,
    output [73:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [7:0] v0; assign v0[7:0] = model_inp[7:0];
    wire [7:0] v1; assign v1[7:0] = model_inp[15:8];
    wire [7:0] v2; assign v2[7:0] = model_inp[23:16];
    wire [7:0] v3; assign v3[7:0] = model_inp[31:24];
    wire [7:0] v4; assign v4[7:0] = model_inp[39:32];
    wire [7:0] v5; assign v5[7:0] = model_inp[47:40];
    wire [10:0] v6; assign v6[10:0] = model_inp[58:48];
    wire [10:0] v7; assign v7[10:0] = model_inp[69:59];
    wire [8:0] v8; assign v8[8:0] = model_inp[78:70];
    wire [10:0] v9; assign v9[10:0] = model_inp[89:79];
    wire [15:0] v10; assign v10[15:0] = model_inp[105:90];
    wire [13:0] v11; ternary_adder #(8,0,0,4,8,0,0,3,11,1,0,0,14,0) op_11 (v1[7:0],v4[7:0],v6[10:0],v11[13:0]);
    wire [12:0] v12; shift_adder #(8,9,0,0,13,0,3,1) op_12 (v5[7:0],v8[8:0],v12[12:0]);
    wire [13:0] v13; ternary_adder #(8,0,0,4,8,0,0,0,11,1,0,2,14,0) op_13 (v3[7:0],v3[7:0],v7[10:0],v13[13:0]);
    wire [11:0] v14; ternary_adder #(8,0,0,0,8,0,0,3,9,0,0,1,12,0) op_14 (v0[7:0],v2[7:0],v8[8:0],v14[11:0]);
    wire [13:0] v15; ternary_adder #(8,0,0,0,11,1,0,0,14,1,0,0,14,0) op_15 (v5[7:0],v7[10:0],v11[13:0],v15[13:0]);
    wire [15:0] v16; ternary_adder #(11,0,0,0,11,0,0,2,13,1,0,3,16,0) op_16 (v9[10:0],v9[10:0],v12[12:0],v16[15:0]);
    wire [16:0] v17; ternary_adder #(11,1,0,3,16,1,0,0,12,0,1,0,17,0) op_17 (v6[10:0],v10[15:0],v14[11:0],v17[16:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[12:0] = v12[12:0];
    assign model_out[26:13] = v13[13:0];
    assign model_out[40:27] = v15[13:0];
    assign model_out[56:41] = v16[15:0];
    assign model_out[73:57] = v17[16:0];

endmodule
