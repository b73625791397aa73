`timescale 1 ns / 1 ps

module logic25 (
    input [108:0] model_inp,
    output [15:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [15:0] v0; assign v0[15:0] = 'b1111111111111111;
    wire [21:0] v1; assign v1[21:0] = model_inp[21:0];
    wire [20:0] v2; assign v2[20:0] = model_inp[42:22];
    wire [22:0] v3; assign v3[22:0] = model_inp[65:43];
    wire [21:0] v4; assign v4[21:0] = model_inp[87:66];
    wire [20:0] v5; assign v5[20:0] = model_inp[108:88];
    wire [22:0] v6; ternary_adder #(22,0,0,0,21,0,0,0,21,0,0,0,23,0) op_6 (v1[21:0],v2[20:0],v5[20:0],v6[22:0]);
    wire [23:0] v7; ternary_adder #(22,0,0,0,23,0,0,0,23,0,0,0,24,0) op_7 (v4[21:0],v3[22:0],v6[22:0],v7[23:0]);
    wire [23:0] v8; shift_adder #(24,1,0,0,24,0,1,0) op_8 (v7[23:0],1'b1,v8[23:0]);
    wire [1:0] v9; assign v9[1:0] = v8[1:0];
    wire [21:0] v10; assign v10[21:0] = v8[23:2];
    wire [0:0] v11; assign v11[0:0] = |v9;
    wire [0:0] v12; assign v12[0:0] = v10[0:0];
    wire [20:0] v13; assign v13[20:0] = v10[21:1];
    wire [0:0] v14; binop #(1,1,0,0,1,0,0) op_14 (v11, v12, v14[0:0]);
    wire [21:0] v15; shift_adder #(1,21,0,0,22,0,1,0) op_15 (v14[0:0],v13[20:0],v15[21:0]);
    wire [15:0] v16; assign v16[15:0] = v15[15:0];
    wire [5:0] v17; assign v17[5:0] = v15[21:16];
    wire [0:0] v18; assign v18[0:0] = |v17;
    wire [15:0] v19; mux #(16,16,0,0,16,0) op_19 (v18[0],v0[15:0],v16[15:0],v19[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[15:0] = v19[15:0];

endmodule
