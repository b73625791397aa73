`timescale 1 ns / 1 ps

module logic5 (
    input [84:0] model_inp,
    output [58:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [7:0] v0; assign v0[7:0] = model_inp[7:0];
    wire [7:0] v1; assign v1[7:0] = model_inp[15:8];
    wire [7:0] v2; assign v2[7:0] = model_inp[23:16];
    wire [9:0] v3; assign v3[9:0] = model_inp[33:24];
    wire [8:0] v4; assign v4[8:0] = model_inp[42:34];
    wire [12:0] v5; assign v5[12:0] = model_inp[55:43];
    wire [7:0] v6; assign v6[7:0] = model_inp[63:56];
    wire [12:0] v7; assign v7[12:0] = model_inp[76:64];
    wire [7:0] v8; assign v8[7:0] = model_inp[84:77];
    wire [13:0] v9; ternary_adder #(8,0,0,4,8,0,1,3,10,1,1,0,14,0) op_9 (v0[7:0],v1[7:0],v3[9:0],v9[13:0]);
    wire [9:0] v10; shift_adder #(8,8,0,0,10,0,1,1) op_10 (v8[7:0],v2[7:0],v10[9:0]);
    wire [14:0] v11; ternary_adder #(9,0,0,0,8,0,0,4,14,1,0,0,15,0) op_11 (v4[8:0],v6[7:0],v9[13:0],v11[14:0]);
    wire [14:0] v12; ternary_adder #(10,1,0,3,10,1,0,3,13,1,0,0,15,0) op_12 (v3[9:0],v10[9:0],v5[12:0],v12[14:0]);
    wire [15:0] v13; ternary_adder #(10,1,0,0,8,0,0,0,13,1,0,2,16,0) op_13 (v10[9:0],v6[7:0],v5[12:0],v13[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[12:0] = v7[12:0];
    assign model_out[27:13] = v11[14:0];
    assign model_out[42:28] = v12[14:0];
    assign model_out[58:43] = v13[15:0];

endmodule
