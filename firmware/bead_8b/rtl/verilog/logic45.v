`timescale 1 ns / 1 ps

module logic45 (
    input [111:0] model_inp,
    output [15:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [15:0] v0; assign v0[15:0] = 'b1111111111111111;
    wire [18:0] v1; assign v1[18:0] = model_inp[18:0];
    wire [23:0] v2; assign v2[23:0] = model_inp[42:19];
    wire [20:0] v3; assign v3[20:0] = model_inp[63:43];
    wire [22:0] v4; assign v4[22:0] = model_inp[86:64];
    wire [24:0] v5; assign v5[24:0] = model_inp[111:87];
    wire [24:0] v6; ternary_adder #(24,0,0,0,21,0,0,0,23,0,0,0,25,0) op_6 (v2[23:0],v3[20:0],v4[22:0],v6[24:0]);
    wire [28:0] v7; ternary_adder #(25,0,0,3,25,0,0,3,19,0,0,0,29,0) op_7 (v5[24:0],v6[24:0],v1[18:0],v7[28:0]);
    wire [28:0] v8; shift_adder #(29,1,0,0,29,0,3,0) op_8 (v7[28:0],1'b1,v8[28:0]);
    wire [3:0] v9; assign v9[3:0] = v8[3:0];
    wire [24:0] v10; assign v10[24:0] = v8[28:4];
    wire [0:0] v11; assign v11[0:0] = |v9;
    wire [0:0] v12; assign v12[0:0] = v10[0:0];
    wire [23:0] v13; assign v13[23:0] = v10[24:1];
    wire [0:0] v14; binop #(1,1,0,0,1,0,0) op_14 (v11, v12, v14[0:0]);
    wire [24:0] v15; shift_adder #(1,24,0,0,25,0,1,0) op_15 (v14[0:0],v13[23:0],v15[24:0]);
    wire [25:0] v16; shift_adder #(25,16,0,0,26,0,0,1) op_16 (v15[24:0],16'b1111111111111111,v16[25:0]);
    wire [15:0] v17; mux #(25,16,0,0,16,0) op_17 (v16[25],v15[24:0],v0[15:0],v17[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[15:0] = v17[15:0];

endmodule
