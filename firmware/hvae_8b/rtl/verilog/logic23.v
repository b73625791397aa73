`timescale 1 ns / 1 ps

module logic23 (
    input [475:0] model_inp,
    output [188:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [20:0] v1; assign v1[20:0] = model_inp[39:19];
    wire [18:0] v2; assign v2[18:0] = model_inp[58:40];
    wire [19:0] v3; assign v3[19:0] = model_inp[78:59];
    wire [19:0] v4; assign v4[19:0] = model_inp[98:79];
    wire [19:0] v5; assign v5[19:0] = model_inp[118:99];
    wire [18:0] v6; assign v6[18:0] = model_inp[137:119];
    wire [18:0] v7; assign v7[18:0] = model_inp[156:138];
    wire [19:0] v8; assign v8[19:0] = model_inp[176:157];
    wire [18:0] v9; assign v9[18:0] = model_inp[195:177];
    wire [9:0] v10; assign v10[9:0] = model_inp[205:196];
    wire [20:0] v11; assign v11[20:0] = model_inp[226:206];
    wire [19:0] v12; assign v12[19:0] = model_inp[246:227];
    wire [18:0] v13; assign v13[18:0] = model_inp[265:247];
    wire [19:0] v14; assign v14[19:0] = model_inp[285:266];
    wire [20:0] v15; assign v15[20:0] = model_inp[306:286];
    wire [20:0] v16; assign v16[20:0] = model_inp[327:307];
    wire [19:0] v17; assign v17[19:0] = model_inp[347:328];
    wire [18:0] v18; assign v18[18:0] = model_inp[366:348];
    wire [18:0] v19; assign v19[18:0] = model_inp[385:367];
    wire [21:0] v20; assign v20[21:0] = model_inp[407:386];
    wire [9:0] v21; assign v21[9:0] = model_inp[417:408];
    wire [18:0] v22; assign v22[18:0] = model_inp[436:418];
    wire [19:0] v23; assign v23[19:0] = model_inp[456:437];
    wire [18:0] v24; assign v24[18:0] = model_inp[475:457];
    wire [20:0] v25; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_25 (v13[18:0],v2[18:0],v8[19:0],v25[20:0]);
    wire [20:0] v26; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_26 (v7[18:0],v6[18:0],v14[19:0],v26[20:0]);
    wire [18:0] v27; multiplier #(10,10,1,1,19) op_27 (v10[9:0],v10[9:0],v27[18:0]);
    wire [21:0] v28; ternary_adder #(20,0,0,0,20,0,0,0,21,0,0,0,22,0) op_28 (v4[19:0],v12[19:0],v15[20:0],v28[21:0]);
    wire [21:0] v29; ternary_adder #(20,0,0,0,21,0,0,0,21,0,0,0,22,0) op_29 (v3[19:0],v11[20:0],v16[20:0],v29[21:0]);
    wire [20:0] v30; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_30 (v18[18:0],v9[18:0],v17[19:0],v30[20:0]);
    wire [18:0] v31; multiplier #(10,10,1,1,19) op_31 (v21[9:0],v21[9:0],v31[18:0]);
    wire [20:0] v32; ternary_adder #(21,0,0,0,19,0,0,0,19,0,0,0,21,0) op_32 (v1[20:0],v0[18:0],v24[18:0],v32[20:0]);
    wire [21:0] v33; ternary_adder #(20,0,0,0,20,0,0,0,21,0,0,0,22,0) op_33 (v23[19:0],v5[19:0],v25[20:0],v33[21:0]);
    wire [20:0] v34; ternary_adder #(19,0,0,0,19,0,0,0,21,0,0,0,21,0) op_34 (v22[18:0],v19[18:0],v26[20:0],v34[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[21:0] = v20[21:0];
    assign model_out[40:22] = v27[18:0];
    assign model_out[62:41] = v28[21:0];
    assign model_out[84:63] = v29[21:0];
    assign model_out[105:85] = v30[20:0];
    assign model_out[124:106] = v31[18:0];
    assign model_out[145:125] = v32[20:0];
    assign model_out[167:146] = v33[21:0];
    assign model_out[188:168] = v34[20:0];

endmodule
