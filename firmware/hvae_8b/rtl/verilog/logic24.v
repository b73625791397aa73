`timescale 1 ns / 1 ps

module logic24 (
    input [369:0] model_inp,
    output [118:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [21:0] v0; assign v0[21:0] = model_inp[21:0];
    wire [22:0] v1; assign v1[22:0] = model_inp[44:22];
    wire [20:0] v2; assign v2[20:0] = model_inp[65:45];
    wire [22:0] v3; assign v3[22:0] = model_inp[88:66];
    wire [11:0] v4; assign v4[11:0] = model_inp[100:89];
    wire [22:0] v5; assign v5[22:0] = model_inp[123:101];
    wire [22:0] v6; assign v6[22:0] = model_inp[146:124];
    wire [22:0] v7; assign v7[22:0] = model_inp[169:147];
    wire [22:0] v8; assign v8[22:0] = model_inp[192:170];
    wire [22:0] v9; assign v9[22:0] = model_inp[215:193];
    wire [21:0] v10; assign v10[21:0] = model_inp[237:216];
    wire [22:0] v11; assign v11[22:0] = model_inp[260:238];
    wire [20:0] v12; assign v12[20:0] = model_inp[281:261];
    wire [21:0] v13; assign v13[21:0] = model_inp[303:282];
    wire [20:0] v14; assign v14[20:0] = model_inp[324:304];
    wire [21:0] v15; assign v15[21:0] = model_inp[346:325];
    wire [22:0] v16; assign v16[22:0] = model_inp[369:347];
    wire [20:0] v17; multiplier #(12,12,1,1,21) op_17 (v4[11:0],v4[11:0],v17[20:0]);
    wire [23:0] v18; ternary_adder #(23,0,0,0,23,0,0,0,22,0,0,0,24,0) op_18 (v3[22:0],v7[22:0],v13[21:0],v18[23:0]);
    wire [21:0] v19; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_19 (v12[20:0],v2[20:0],v14[20:0],v19[21:0]);
    wire [23:0] v20; ternary_adder #(22,0,0,0,23,0,0,0,22,0,0,0,24,0) op_20 (v10[21:0],v11[22:0],v15[21:0],v20[23:0]);
    wire [22:0] v21; ternary_adder #(22,0,0,0,23,0,0,0,21,0,0,0,23,0) op_21 (v0[21:0],v1[22:0],v17[20:0],v21[22:0]);
    wire [24:0] v22; ternary_adder #(22,0,0,0,23,0,0,0,24,0,0,0,25,0) op_22 (v19[21:0],v16[22:0],v18[23:0],v22[24:0]);
    wire [24:0] v23; ternary_adder #(23,0,0,0,23,0,0,0,24,0,0,0,25,0) op_23 (v9[22:0],v8[22:0],v20[23:0],v23[24:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[22:0] = v5[22:0];
    assign model_out[45:23] = v6[22:0];
    assign model_out[68:46] = v21[22:0];
    assign model_out[93:69] = v22[24:0];
    assign model_out[118:94] = v23[24:0];

endmodule
