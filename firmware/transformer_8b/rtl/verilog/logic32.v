`timescale 1 ns / 1 ps

module logic32 (
    input [615:0] model_inp,
    output [394:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [0:0] v1; assign v1[0:0] = model_inp[0:0];
    wire [0:0] v2; assign v2[0:0] = model_inp[1:1];
    wire [18:0] v3; assign v3[18:0] = model_inp[20:2];
    wire [18:0] v4; assign v4[18:0] = model_inp[39:21];
    wire [19:0] v5; assign v5[19:0] = model_inp[59:40];
    wire [19:0] v6; assign v6[19:0] = model_inp[79:60];
    wire [19:0] v7; assign v7[19:0] = model_inp[99:80];
    wire [18:0] v8; assign v8[18:0] = model_inp[118:100];
    wire [9:0] v9; assign v9[9:0] = model_inp[128:119];
    wire [9:0] v10; assign v10[9:0] = model_inp[138:129];
    wire [9:0] v11; assign v11[9:0] = model_inp[148:139];
    wire [9:0] v12; assign v12[9:0] = model_inp[158:149];
    wire [19:0] v13; assign v13[19:0] = model_inp[178:159];
    wire [20:0] v14; assign v14[20:0] = model_inp[199:179];
    wire [18:0] v15; assign v15[18:0] = model_inp[218:200];
    wire [18:0] v16; assign v16[18:0] = model_inp[237:219];
    wire [18:0] v17; assign v17[18:0] = model_inp[256:238];
    wire [9:0] v18; assign v18[9:0] = model_inp[266:257];
    wire [9:0] v19; assign v19[9:0] = model_inp[276:267];
    wire [18:0] v20; assign v20[18:0] = model_inp[295:277];
    wire [18:0] v21; assign v21[18:0] = model_inp[314:296];
    wire [18:0] v22; assign v22[18:0] = model_inp[333:315];
    wire [18:0] v23; assign v23[18:0] = model_inp[352:334];
    wire [18:0] v24; assign v24[18:0] = model_inp[371:353];
    wire [19:0] v25; assign v25[19:0] = model_inp[391:372];
    wire [9:0] v26; assign v26[9:0] = model_inp[401:392];
    wire [18:0] v27; assign v27[18:0] = model_inp[420:402];
    wire [9:0] v28; assign v28[9:0] = model_inp[430:421];
    wire [9:0] v29; assign v29[9:0] = model_inp[440:431];
    wire [20:0] v30; assign v30[20:0] = model_inp[461:441];
    wire [18:0] v31; assign v31[18:0] = model_inp[480:462];
    wire [18:0] v32; assign v32[18:0] = model_inp[499:481];
    wire [19:0] v33; assign v33[19:0] = model_inp[519:500];
    wire [20:0] v34; assign v34[20:0] = model_inp[540:520];
    wire [20:0] v35; assign v35[20:0] = model_inp[561:541];
    wire [10:0] v36; assign v36[10:0] = model_inp[572:562];
    wire [10:0] v37; assign v37[10:0] = model_inp[583:573];
    wire [9:0] v38; assign v38[9:0] = model_inp[593:584];
    wire [10:0] v39; assign v39[10:0] = model_inp[604:594];
    wire [10:0] v40; assign v40[10:0] = model_inp[615:605];
    wire [18:0] v41; multiplier #(10,10,1,1,19) op_41 (v9[9:0],v9[9:0],v41[18:0]);
    wire [18:0] v42; multiplier #(10,10,1,1,19) op_42 (v10[9:0],v10[9:0],v42[18:0]);
    wire [18:0] v43; multiplier #(10,10,1,1,19) op_43 (v11[9:0],v11[9:0],v43[18:0]);
    wire [9:0] v44; mux #(11,9,1,0,10,0) op_44 (v37[10],v36[10:0],v0[8:0],v44[9:0]);
    wire [18:0] v45; multiplier #(10,10,1,1,19) op_45 (v12[9:0],v12[9:0],v45[18:0]);
    wire [19:0] v46; shift_adder #(19,19,0,0,20,0,0,0) op_46 (v22[18:0],v27[18:0],v46[19:0]);
    wire [9:0] v47; mux #(11,9,1,0,10,0) op_47 (v40[10],v39[10:0],v0[8:0],v47[9:0]);
    wire [19:0] v48; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_48 (v4[18:0],v3[18:0],v23[18:0],v48[19:0]);
    wire [20:0] v49; ternary_adder #(20,0,0,0,20,0,0,0,20,0,0,0,21,0) op_49 (v6[19:0],v5[19:0],v25[19:0],v49[20:0]);
    wire [9:0] v50; binop #(1,10,1,1,10,0,0) op_50 (v2, v44, v50[9:0]);
    wire [9:0] v51; binop #(1,10,1,1,10,0,0) op_51 (v1, v47, v51[9:0]);
    wire [18:0] v52; multiplier #(10,10,1,1,19) op_52 (v18[9:0],v18[9:0],v52[18:0]);
    wire [18:0] v53; multiplier #(10,10,1,1,19) op_53 (v19[9:0],v19[9:0],v53[18:0]);
    wire [20:0] v54; ternary_adder #(20,0,0,0,20,0,0,0,19,0,0,0,21,0) op_54 (v13[19:0],v7[19:0],v31[18:0],v54[20:0]);
    wire [21:0] v55; ternary_adder #(21,0,0,0,19,0,0,0,21,0,0,0,22,0) op_55 (v14[20:0],v17[18:0],v34[20:0],v55[21:0]);
    wire [18:0] v56; multiplier #(10,10,1,1,19) op_56 (v26[9:0],v26[9:0],v56[18:0]);
    wire [18:0] v57; multiplier #(10,10,1,1,19) op_57 (v28[9:0],v28[9:0],v57[18:0]);
    wire [18:0] v58; multiplier #(10,10,1,1,19) op_58 (v29[9:0],v29[9:0],v58[18:0]);
    wire [19:0] v59; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_59 (v16[18:0],v15[18:0],v45[18:0],v59[19:0]);
    wire [20:0] v60; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_60 (v24[18:0],v8[18:0],v46[19:0],v60[20:0]);
    wire [18:0] v61; multiplier #(10,10,1,1,19) op_61 (v38[9:0],v38[9:0],v61[18:0]);
    wire [21:0] v62; ternary_adder #(20,0,0,0,21,0,0,0,21,0,0,0,22,0) op_62 (v33[19:0],v35[20:0],v54[20:0],v62[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v20[18:0];
    assign model_out[37:19] = v21[18:0];
    assign model_out[58:38] = v30[20:0];
    assign model_out[77:59] = v32[18:0];
    assign model_out[96:78] = v41[18:0];
    assign model_out[115:97] = v42[18:0];
    assign model_out[134:116] = v43[18:0];
    assign model_out[154:135] = v48[19:0];
    assign model_out[175:155] = v49[20:0];
    assign model_out[185:176] = v50[9:0];
    assign model_out[195:186] = v51[9:0];
    assign model_out[214:196] = v52[18:0];
    assign model_out[233:215] = v53[18:0];
    assign model_out[255:234] = v55[21:0];
    assign model_out[274:256] = v56[18:0];
    assign model_out[293:275] = v57[18:0];
    assign model_out[312:294] = v58[18:0];
    assign model_out[332:313] = v59[19:0];
    assign model_out[353:333] = v60[20:0];
    assign model_out[372:354] = v61[18:0];
    assign model_out[394:373] = v62[21:0];

endmodule
