`timescale 1 ns / 1 ps

module logic26 (
    input [332:0] model_inp,
    output [118:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [22:0] v0; assign v0[22:0] = model_inp[22:0];
    wire [23:0] v1; assign v1[23:0] = model_inp[46:23];
    wire [22:0] v2; assign v2[22:0] = model_inp[69:47];
    wire [20:0] v3; assign v3[20:0] = model_inp[90:70];
    wire [20:0] v4; assign v4[20:0] = model_inp[111:91];
    wire [20:0] v5; assign v5[20:0] = model_inp[132:112];
    wire [20:0] v6; assign v6[20:0] = model_inp[153:133];
    wire [22:0] v7; assign v7[22:0] = model_inp[176:154];
    wire [22:0] v8; assign v8[22:0] = model_inp[199:177];
    wire [20:0] v9; assign v9[20:0] = model_inp[220:200];
    wire [22:0] v10; assign v10[22:0] = model_inp[243:221];
    wire [20:0] v11; assign v11[20:0] = model_inp[264:244];
    wire [23:0] v12; assign v12[23:0] = model_inp[288:265];
    wire [22:0] v13; assign v13[22:0] = model_inp[311:289];
    wire [20:0] v14; assign v14[20:0] = model_inp[332:312];
    wire [22:0] v15; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_15 (v5[20:0],v4[20:0],v8[22:0],v15[22:0]);
    wire [21:0] v16; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_16 (v3[20:0],v6[20:0],v11[20:0],v16[21:0]);
    wire [24:0] v17; ternary_adder #(23,0,0,0,21,0,0,0,24,0,0,0,25,0) op_17 (v2[22:0],v9[20:0],v12[23:0],v17[24:0]);
    wire [23:0] v18; ternary_adder #(23,0,0,0,24,0,0,0,21,0,0,0,24,0) op_18 (v0[22:0],v1[23:0],v14[20:0],v18[23:0]);
    wire [24:0] v19; ternary_adder #(23,0,0,0,23,0,0,0,23,0,0,0,25,0) op_19 (v7[22:0],v10[22:0],v15[22:0],v19[24:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[22:0] = v13[22:0];
    assign model_out[44:23] = v16[21:0];
    assign model_out[69:45] = v17[24:0];
    assign model_out[93:70] = v18[23:0];
    assign model_out[118:94] = v19[24:0];

endmodule
