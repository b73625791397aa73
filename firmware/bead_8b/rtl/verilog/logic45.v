`timescale 1 ns / 1 ps

module logic45 (
    input [106:0] model_inp,
    output [15:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [15:0] v0; assign v0[15:0] = 'b1111111111111111;
    wire [18:0] v1; assign v1[18:0] = model_inp[18:0];
    wire [19:0] v2; assign v2[19:0] = model_inp[38:19];
    wire [21:0] v3; assign v3[21:0] = model_inp[60:39];
    wire [22:0] v4; assign v4[22:0] = model_inp[83:61];
    wire [22:0] v5; assign v5[22:0] = model_inp[106:84];
    wire [23:0] v6; ternary_adder #(20,0,0,0,22,0,0,0,23,0,0,0,24,0) op_6 (v2[19:0],v3[21:0],v4[22:0],v6[23:0]);
    wire [26:0] v7; ternary_adder #(23,0,0,3,24,0,0,3,19,0,0,0,27,0) op_7 (v5[22:0],v6[23:0],v1[18:0],v7[26:0]);
    wire [26:0] v8; shift_adder #(27,1,0,0,27,0,3,0) op_8 (v7[26:0],1'b1,v8[26:0]);
    wire [3:0] v9; assign v9[3:0] = v8[3:0];
    wire [22:0] v10; assign v10[22:0] = v8[26:4];
    wire [0:0] v11; assign v11[0:0] = |v9;
    wire [0:0] v12; assign v12[0:0] = v10[0:0];
    wire [21:0] v13; assign v13[21:0] = v10[22:1];
    wire [0:0] v14; binop #(1,1,0,0,1,0,0) op_14 (v11, v12, v14[0:0]);
    wire [22:0] v15; shift_adder #(1,22,0,0,23,0,1,0) op_15 (v14[0:0],v13[21:0],v15[22:0]);
    wire [23:0] v16; shift_adder #(23,16,0,0,24,0,0,1) op_16 (v15[22:0],16'b1111111111111111,v16[23:0]);
    wire [15:0] v17; mux #(23,16,0,0,16,0) op_17 (v16[23],v15[22:0],v0[15:0],v17[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[15:0] = v17[15:0];

endmodule
