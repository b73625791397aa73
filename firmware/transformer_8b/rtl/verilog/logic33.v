`timescale 1 ns / 1 ps

module logic33 (
    input [394:0] model_inp,
    output [108:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [18:0] v1; assign v1[18:0] = model_inp[37:19];
    wire [20:0] v2; assign v2[20:0] = model_inp[58:38];
    wire [18:0] v3; assign v3[18:0] = model_inp[77:59];
    wire [18:0] v4; assign v4[18:0] = model_inp[96:78];
    wire [18:0] v5; assign v5[18:0] = model_inp[115:97];
    wire [18:0] v6; assign v6[18:0] = model_inp[134:116];
    wire [19:0] v7; assign v7[19:0] = model_inp[154:135];
    wire [20:0] v8; assign v8[20:0] = model_inp[175:155];
    wire [9:0] v9; assign v9[9:0] = model_inp[185:176];
    wire [9:0] v10; assign v10[9:0] = model_inp[195:186];
    wire [18:0] v11; assign v11[18:0] = model_inp[214:196];
    wire [18:0] v12; assign v12[18:0] = model_inp[233:215];
    wire [21:0] v13; assign v13[21:0] = model_inp[255:234];
    wire [18:0] v14; assign v14[18:0] = model_inp[274:256];
    wire [18:0] v15; assign v15[18:0] = model_inp[293:275];
    wire [18:0] v16; assign v16[18:0] = model_inp[312:294];
    wire [19:0] v17; assign v17[19:0] = model_inp[332:313];
    wire [20:0] v18; assign v18[20:0] = model_inp[353:333];
    wire [18:0] v19; assign v19[18:0] = model_inp[372:354];
    wire [21:0] v20; assign v20[21:0] = model_inp[394:373];
    wire [18:0] v21; multiplier #(10,10,1,1,19) op_21 (v9[9:0],v9[9:0],v21[18:0]);
    wire [18:0] v22; multiplier #(10,10,1,1,19) op_22 (v10[9:0],v10[9:0],v22[18:0]);
    wire [19:0] v23; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_23 (v1[18:0],v0[18:0],v15[18:0],v23[19:0]);
    wire [20:0] v24; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_24 (v6[18:0],v3[18:0],v17[19:0],v24[20:0]);
    wire [21:0] v25; ternary_adder #(20,0,0,0,21,0,0,0,21,0,0,0,22,0) op_25 (v7[19:0],v2[20:0],v18[20:0],v25[21:0]);
    wire [19:0] v26; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_26 (v11[18:0],v12[18:0],v19[18:0],v26[19:0]);
    wire [21:0] v27; ternary_adder #(19,0,0,0,19,0,0,0,22,0,0,0,22,0) op_27 (v14[18:0],v21[18:0],v20[21:0],v27[21:0]);
    wire [20:0] v28; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_28 (v16[18:0],v4[18:0],v23[19:0],v28[20:0]);
    wire [21:0] v29; ternary_adder #(21,0,0,0,19,0,0,0,21,0,0,0,22,0) op_29 (v8[20:0],v5[18:0],v24[20:0],v29[21:0]);
    wire [21:0] v30; ternary_adder #(22,0,0,0,19,0,0,0,20,0,0,0,22,0) op_30 (v13[21:0],v22[18:0],v26[19:0],v30[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[21:0] = v25[21:0];
    assign model_out[43:22] = v27[21:0];
    assign model_out[64:44] = v28[20:0];
    assign model_out[86:65] = v29[21:0];
    assign model_out[108:87] = v30[21:0];

endmodule
