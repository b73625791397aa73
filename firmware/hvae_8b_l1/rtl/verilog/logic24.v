`timescale 1 ns / 1 ps

module logic24 (
    input [94:0] model_inp,
    output [15:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [15:0] v0; assign v0[15:0] = 'b1111111111111111;
    wire [11:0] v1; assign v1[11:0] = model_inp[11:0];
    wire [11:0] v2; assign v2[11:0] = model_inp[23:12];
    wire [9:0] v3; assign v3[9:0] = model_inp[33:24];
    wire [11:0] v4; assign v4[11:0] = model_inp[45:34];
    wire [11:0] v5; assign v5[11:0] = model_inp[57:46];
    wire [13:0] v6; assign v6[13:0] = model_inp[71:58];
    wire [9:0] v7; assign v7[9:0] = model_inp[81:72];
    wire [12:0] v8; assign v8[12:0] = model_inp[94:82];
    wire [10:0] v9; shift_adder #(10,10,0,0,11,0,0,0) op_9 (v7[9:0],v3[9:0],v9[10:0]);
    wire [14:0] v10; ternary_adder #(12,0,0,0,12,0,0,0,14,0,0,0,15,0) op_10 (v1[11:0],v2[11:0],v6[13:0],v10[14:0]);
    wire [13:0] v11; ternary_adder #(12,0,0,0,13,0,0,0,12,0,0,0,14,0) op_11 (v4[11:0],v8[12:0],v5[11:0],v11[13:0]);
    wire [14:0] v12; ternary_adder #(15,0,0,0,11,0,0,0,14,0,0,0,15,0) op_12 (v10[14:0],v9[10:0],v11[13:0],v12[14:0]);
    wire [9:0] v13; assign v13[9:0] = v12[9:0];
    wire [4:0] v14; assign v14[4:0] = v12[14:10];
    wire [0:0] v15; assign v15[0:0] = |v14;
    wire [15:0] v16; mux #(16,10,0,0,16,6) op_16 (v15[0],v0[15:0],v13[9:0],v16[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[15:0] = v16[15:0];

endmodule
