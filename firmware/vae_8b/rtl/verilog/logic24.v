`timescale 1 ns / 1 ps

module logic24 (
    input [149:0] model_inp,
    output [15:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [15:0] v0; assign v0[15:0] = 'b1111111111111111;
    wire [20:0] v1; assign v1[20:0] = model_inp[20:0];
    wire [20:0] v2; assign v2[20:0] = model_inp[41:21];
    wire [20:0] v3; assign v3[20:0] = model_inp[62:42];
    wire [20:0] v4; assign v4[20:0] = model_inp[83:63];
    wire [21:0] v5; assign v5[21:0] = model_inp[105:84];
    wire [21:0] v6; assign v6[21:0] = model_inp[127:106];
    wire [21:0] v7; assign v7[21:0] = model_inp[149:128];
    wire [22:0] v8; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_8 (v1[20:0],v3[20:0],v5[21:0],v8[22:0]);
    wire [22:0] v9; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_9 (v2[20:0],v4[20:0],v6[21:0],v9[22:0]);
    wire [23:0] v10; ternary_adder #(23,0,0,0,22,0,0,0,23,0,0,0,24,0) op_10 (v8[22:0],v7[21:0],v9[22:0],v10[23:0]);
    wire [23:0] v11; shift_adder #(24,1,0,0,24,0,4,0) op_11 (v10[23:0],1'b1,v11[23:0]);
    wire [4:0] v12; assign v12[4:0] = v11[4:0];
    wire [18:0] v13; assign v13[18:0] = v11[23:5];
    wire [0:0] v14; assign v14[0:0] = |v12;
    wire [0:0] v15; assign v15[0:0] = v13[0:0];
    wire [17:0] v16; assign v16[17:0] = v13[18:1];
    wire [0:0] v17; binop #(1,1,0,0,1,0,0) op_17 (v14, v15, v17[0:0]);
    wire [18:0] v18; shift_adder #(1,18,0,0,19,0,1,0) op_18 (v17[0:0],v16[17:0],v18[18:0]);
    wire [15:0] v19; assign v19[15:0] = v18[15:0];
    wire [2:0] v20; assign v20[2:0] = v18[18:16];
    wire [0:0] v21; assign v21[0:0] = |v20;
    wire [15:0] v22; mux #(16,16,0,0,16,0) op_22 (v21[0],v0[15:0],v19[15:0],v22[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[15:0] = v22[15:0];

endmodule
