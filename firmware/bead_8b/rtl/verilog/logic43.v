`timescale 1 ns / 1 ps

module logic43 (
    input [591:0] model_inp,
    output [321:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [0:0] v0; assign v0[0:0] = model_inp[0:0];
    wire [0:0] v1; assign v1[0:0] = model_inp[1:1];
    wire [0:0] v2; assign v2[0:0] = model_inp[2:2];
    wire [18:0] v3; assign v3[18:0] = model_inp[21:3];
    wire [18:0] v4; assign v4[18:0] = model_inp[40:22];
    wire [18:0] v5; assign v5[18:0] = model_inp[59:41];
    wire [19:0] v6; assign v6[19:0] = model_inp[79:60];
    wire [18:0] v7; assign v7[18:0] = model_inp[98:80];
    wire [18:0] v8; assign v8[18:0] = model_inp[117:99];
    wire [18:0] v9; assign v9[18:0] = model_inp[136:118];
    wire [19:0] v10; assign v10[19:0] = model_inp[156:137];
    wire [9:0] v11; assign v11[9:0] = model_inp[166:157];
    wire [9:0] v12; assign v12[9:0] = model_inp[176:167];
    wire [9:0] v13; assign v13[9:0] = model_inp[186:177];
    wire [9:0] v14; assign v14[9:0] = model_inp[196:187];
    wire [9:0] v15; assign v15[9:0] = model_inp[206:197];
    wire [9:0] v16; assign v16[9:0] = model_inp[216:207];
    wire [9:0] v17; assign v17[9:0] = model_inp[226:217];
    wire [19:0] v18; assign v18[19:0] = model_inp[246:227];
    wire [19:0] v19; assign v19[19:0] = model_inp[266:247];
    wire [20:0] v20; assign v20[20:0] = model_inp[287:267];
    wire [18:0] v21; assign v21[18:0] = model_inp[306:288];
    wire [18:0] v22; assign v22[18:0] = model_inp[325:307];
    wire [18:0] v23; assign v23[18:0] = model_inp[344:326];
    wire [18:0] v24; assign v24[18:0] = model_inp[363:345];
    wire [18:0] v25; assign v25[18:0] = model_inp[382:364];
    wire [18:0] v26; assign v26[18:0] = model_inp[401:383];
    wire [19:0] v27; assign v27[19:0] = model_inp[421:402];
    wire [9:0] v28; assign v28[9:0] = model_inp[431:422];
    wire [19:0] v29; assign v29[19:0] = model_inp[451:432];
    wire [9:0] v30; assign v30[9:0] = model_inp[461:452];
    wire [9:0] v31; assign v31[9:0] = model_inp[471:462];
    wire [9:0] v32; assign v32[9:0] = model_inp[481:472];
    wire [18:0] v33; assign v33[18:0] = model_inp[500:482];
    wire [19:0] v34; assign v34[19:0] = model_inp[520:501];
    wire [19:0] v35; assign v35[19:0] = model_inp[540:521];
    wire [9:0] v36; assign v36[9:0] = model_inp[550:541];
    wire [9:0] v37; assign v37[9:0] = model_inp[560:551];
    wire [9:0] v38; assign v38[9:0] = model_inp[570:561];
    wire [20:0] v39; assign v39[20:0] = model_inp[591:571];
    wire [18:0] v40; multiplier #(10,10,1,1,19) op_40 (v11[9:0],v11[9:0],v40[18:0]);
    wire [18:0] v41; multiplier #(10,10,1,1,19) op_41 (v12[9:0],v12[9:0],v41[18:0]);
    wire [18:0] v42; multiplier #(10,10,1,1,19) op_42 (v13[9:0],v13[9:0],v42[18:0]);
    wire [21:0] v43; ternary_adder #(20,0,0,0,19,0,0,0,21,0,0,0,22,0) op_43 (v6[19:0],v7[18:0],v20[20:0],v43[21:0]);
    wire [18:0] v44; multiplier #(10,10,1,1,19) op_44 (v14[9:0],v14[9:0],v44[18:0]);
    wire [18:0] v45; multiplier #(10,10,1,1,19) op_45 (v15[9:0],v15[9:0],v45[18:0]);
    wire [18:0] v46; multiplier #(10,10,1,1,19) op_46 (v16[9:0],v16[9:0],v46[18:0]);
    wire [18:0] v47; multiplier #(10,10,1,1,19) op_47 (v17[9:0],v17[9:0],v47[18:0]);
    wire [19:0] v48; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_48 (v5[18:0],v4[18:0],v24[18:0],v48[19:0]);
    wire [9:0] v49; binop #(1,10,1,1,10,0,0) op_49 (v1, v36, v49[9:0]);
    wire [9:0] v50; binop #(1,10,1,1,10,0,0) op_50 (v0, v37, v50[9:0]);
    wire [9:0] v51; binop #(1,10,1,1,10,0,0) op_51 (v2, v38, v51[9:0]);
    wire [19:0] v52; shift_adder #(19,19,0,0,20,0,0,0) op_52 (v23[18:0],v40[18:0],v52[19:0]);
    wire [18:0] v53; multiplier #(10,10,1,1,19) op_53 (v28[9:0],v28[9:0],v53[18:0]);
    wire [18:0] v54; multiplier #(10,10,1,1,19) op_54 (v30[9:0],v30[9:0],v54[18:0]);
    wire [18:0] v55; multiplier #(10,10,1,1,19) op_55 (v31[9:0],v31[9:0],v55[18:0]);
    wire [19:0] v56; shift_adder #(19,19,0,0,20,0,0,0) op_56 (v45[18:0],v44[18:0],v56[19:0]);
    wire [19:0] v57; shift_adder #(19,19,0,0,20,0,0,0) op_57 (v47[18:0],v46[18:0],v57[19:0]);
    wire [20:0] v58; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_58 (v25[18:0],v9[18:0],v34[19:0],v58[20:0]);
    wire [18:0] v59; multiplier #(10,10,1,1,19) op_59 (v32[9:0],v32[9:0],v59[18:0]);
    wire [21:0] v60; ternary_adder #(19,0,0,0,20,0,0,0,22,0,0,0,22,0) op_60 (v41[18:0],v10[19:0],v43[21:0],v60[21:0]);
    wire [20:0] v61; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_61 (v8[18:0],v22[18:0],v48[19:0],v61[20:0]);
    wire [18:0] v62; multiplier #(10,10,1,1,19) op_62 (v49[9:0],v49[9:0],v62[18:0]);
    wire [18:0] v63; multiplier #(10,10,1,1,19) op_63 (v50[9:0],v50[9:0],v63[18:0]);
    wire [18:0] v64; multiplier #(10,10,1,1,19) op_64 (v51[9:0],v51[9:0],v64[18:0]);
    wire [20:0] v65; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_65 (v26[18:0],v21[18:0],v52[19:0],v65[20:0]);
    wire [20:0] v66; ternary_adder #(19,0,0,0,20,0,0,0,19,0,0,0,21,0) op_66 (v33[18:0],v35[19:0],v55[18:0],v66[20:0]);
    wire [20:0] v67; ternary_adder #(20,0,0,0,19,0,0,0,20,0,0,0,21,0) op_67 (v29[19:0],v42[18:0],v56[19:0],v67[20:0]);
    wire [21:0] v68; ternary_adder #(20,0,0,0,21,0,0,0,20,0,0,0,22,0) op_68 (v27[19:0],v39[20:0],v57[19:0],v68[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v3[18:0];
    assign model_out[38:19] = v18[19:0];
    assign model_out[58:39] = v19[19:0];
    assign model_out[77:59] = v53[18:0];
    assign model_out[96:78] = v54[18:0];
    assign model_out[117:97] = v58[20:0];
    assign model_out[136:118] = v59[18:0];
    assign model_out[158:137] = v60[21:0];
    assign model_out[179:159] = v61[20:0];
    assign model_out[198:180] = v62[18:0];
    assign model_out[217:199] = v63[18:0];
    assign model_out[236:218] = v64[18:0];
    assign model_out[257:237] = v65[20:0];
    assign model_out[278:258] = v66[20:0];
    assign model_out[299:279] = v67[20:0];
    assign model_out[321:300] = v68[21:0];

endmodule
