`timescale 1 ns / 1 ps

module logic23 (
    input [83:0] model_inp,
    output [15:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [15:0] v0; assign v0[15:0] = 'b1111111111111111;
    wire [12:0] v1; assign v1[12:0] = model_inp[12:0];
    wire [11:0] v2; assign v2[11:0] = model_inp[24:13];
    wire [11:0] v3; assign v3[11:0] = model_inp[36:25];
    wire [11:0] v4; assign v4[11:0] = model_inp[48:37];
    wire [9:0] v5; assign v5[9:0] = model_inp[58:49];
    wire [10:0] v6; assign v6[10:0] = model_inp[69:59];
    wire [13:0] v7; assign v7[13:0] = model_inp[83:70];
    wire [12:0] v8; ternary_adder #(12,0,0,0,13,0,0,0,10,0,0,0,13,0) op_8 (v2[11:0],v1[12:0],v5[9:0],v8[12:0]);
    wire [12:0] v9; ternary_adder #(12,0,0,0,12,0,0,0,11,0,0,0,13,0) op_9 (v4[11:0],v3[11:0],v6[10:0],v9[12:0]);
    wire [14:0] v10; ternary_adder #(13,0,0,0,14,0,0,0,13,0,0,0,15,0) op_10 (v8[12:0],v7[13:0],v9[12:0],v10[14:0]);
    wire [21:0] v11; shift_adder #(15,16,0,0,22,0,-6,1) op_11 (v10[14:0],16'b1111111111111111,v11[21:0]);
    wire [15:0] v12; mux #(15,16,0,0,16,-6) op_12 (v11[21],v10[14:0],v0[15:0],v12[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[15:0] = v12[15:0];

endmodule
