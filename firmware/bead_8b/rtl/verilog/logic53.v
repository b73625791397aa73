`timescale 1 ns / 1 ps

module logic53 (
    input [68:0] model_inp,
    output [15:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [15:0] v0; assign v0[15:0] = 'b1111111111111111;
    wire [18:0] v1; assign v1[18:0] = model_inp[18:0];
    wire [24:0] v2; assign v2[24:0] = model_inp[43:19];
    wire [24:0] v3; assign v3[24:0] = model_inp[68:44];
    wire [28:0] v4; ternary_adder #(25,0,0,3,25,0,0,3,19,0,0,0,29,0) op_4 (v2[24:0],v3[24:0],v1[18:0],v4[28:0]);
    wire [28:0] v5; shift_adder #(29,1,0,0,29,0,3,0) op_5 (v4[28:0],1'b1,v5[28:0]);
    wire [24:0] v6; assign v6[24:0] = v5[28:4];
    wire [0:0] v7; assign v7[0:0] = v6[0:0];
    wire [23:0] v8; assign v8[23:0] = v6[24:1];
    wire [29:0] v9; shift_adder #(29,25,0,0,30,0,4,1) op_9 (v5[28:0],v6[24:0],v9[29:0]);
    wire [0:0] v10; assign v10[0:0] = |v9;
    wire [0:0] v11; binop #(1,1,0,0,1,0,0) op_11 (v10, v7, v11[0:0]);
    wire [24:0] v12; shift_adder #(1,24,0,0,25,0,1,0) op_12 (v11[0:0],v8[23:0],v12[24:0]);
    wire [25:0] v13; shift_adder #(25,16,0,0,26,0,0,1) op_13 (v12[24:0],16'b1111111111111111,v13[25:0]);
    wire [15:0] v14; mux #(25,16,0,0,16,0) op_14 (v13[25],v12[24:0],v0[15:0],v14[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[15:0] = v14[15:0];

endmodule
