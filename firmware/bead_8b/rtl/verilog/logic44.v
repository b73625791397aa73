`timescale 1 ns / 1 ps

module logic44 (
    input [321:0] model_inp,
    output [106:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [19:0] v1; assign v1[19:0] = model_inp[38:19];
    wire [19:0] v2; assign v2[19:0] = model_inp[58:39];
    wire [18:0] v3; assign v3[18:0] = model_inp[77:59];
    wire [18:0] v4; assign v4[18:0] = model_inp[96:78];
    wire [20:0] v5; assign v5[20:0] = model_inp[117:97];
    wire [18:0] v6; assign v6[18:0] = model_inp[136:118];
    wire [21:0] v7; assign v7[21:0] = model_inp[158:137];
    wire [20:0] v8; assign v8[20:0] = model_inp[179:159];
    wire [18:0] v9; assign v9[18:0] = model_inp[198:180];
    wire [18:0] v10; assign v10[18:0] = model_inp[217:199];
    wire [18:0] v11; assign v11[18:0] = model_inp[236:218];
    wire [20:0] v12; assign v12[20:0] = model_inp[257:237];
    wire [20:0] v13; assign v13[20:0] = model_inp[278:258];
    wire [20:0] v14; assign v14[20:0] = model_inp[299:279];
    wire [21:0] v15; assign v15[21:0] = model_inp[321:300];
    wire [20:0] v16; ternary_adder #(20,0,0,0,20,0,0,0,19,0,0,0,21,0) op_16 (v1[19:0],v2[19:0],v6[18:0],v16[20:0]);
    wire [19:0] v17; shift_adder #(19,19,0,0,20,0,0,0) op_17 (v11[18:0],v9[18:0],v17[19:0]);
    wire [19:0] v18; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_18 (v3[18:0],v4[18:0],v10[18:0],v18[19:0]);
    wire [21:0] v19; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_19 (v5[20:0],v8[20:0],v13[20:0],v19[21:0]);
    wire [22:0] v20; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_20 (v12[20:0],v16[20:0],v15[21:0],v20[22:0]);
    wire [22:0] v21; ternary_adder #(21,0,0,0,22,0,0,0,20,0,0,0,23,0) op_21 (v14[20:0],v7[21:0],v17[19:0],v21[22:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v0[18:0];
    assign model_out[38:19] = v18[19:0];
    assign model_out[60:39] = v19[21:0];
    assign model_out[83:61] = v20[22:0];
    assign model_out[106:84] = v21[22:0];

endmodule
