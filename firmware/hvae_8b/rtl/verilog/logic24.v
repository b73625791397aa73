`timescale 1 ns / 1 ps

module logic24 (
    input [799:0] model_inp,
    output [668:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [1:0] v1; assign v1[1:0] = model_inp[1:0];
    wire [1:0] v2; assign v2[1:0] = model_inp[3:2];
    wire [20:0] v3; assign v3[20:0] = model_inp[24:4];
    wire [11:0] v4; assign v4[11:0] = model_inp[36:25];
    wire [11:0] v5; assign v5[11:0] = model_inp[48:37];
    wire [11:0] v6; assign v6[11:0] = model_inp[60:49];
    wire [11:0] v7; assign v7[11:0] = model_inp[72:61];
    wire [11:0] v8; assign v8[11:0] = model_inp[84:73];
    wire [11:0] v9; assign v9[11:0] = model_inp[96:85];
    wire [11:0] v10; assign v10[11:0] = model_inp[108:97];
    wire [11:0] v11; assign v11[11:0] = model_inp[120:109];
    wire [11:0] v12; assign v12[11:0] = model_inp[132:121];
    wire [11:0] v13; assign v13[11:0] = model_inp[144:133];
    wire [11:0] v14; assign v14[11:0] = model_inp[156:145];
    wire [20:0] v15; assign v15[20:0] = model_inp[177:157];
    wire [20:0] v16; assign v16[20:0] = model_inp[198:178];
    wire [20:0] v17; assign v17[20:0] = model_inp[219:199];
    wire [20:0] v18; assign v18[20:0] = model_inp[240:220];
    wire [20:0] v19; assign v19[20:0] = model_inp[261:241];
    wire [20:0] v20; assign v20[20:0] = model_inp[282:262];
    wire [11:0] v21; assign v21[11:0] = model_inp[294:283];
    wire [21:0] v22; assign v22[21:0] = model_inp[316:295];
    wire [22:0] v23; assign v23[22:0] = model_inp[339:317];
    wire [21:0] v24; assign v24[21:0] = model_inp[361:340];
    wire [20:0] v25; assign v25[20:0] = model_inp[382:362];
    wire [21:0] v26; assign v26[21:0] = model_inp[404:383];
    wire [20:0] v27; assign v27[20:0] = model_inp[425:405];
    wire [20:0] v28; assign v28[20:0] = model_inp[446:426];
    wire [22:0] v29; assign v29[22:0] = model_inp[469:447];
    wire [20:0] v30; assign v30[20:0] = model_inp[490:470];
    wire [11:0] v31; assign v31[11:0] = model_inp[502:491];
    wire [21:0] v32; assign v32[21:0] = model_inp[524:503];
    wire [11:0] v33; assign v33[11:0] = model_inp[536:525];
    wire [11:0] v34; assign v34[11:0] = model_inp[548:537];
    wire [10:0] v35; assign v35[10:0] = model_inp[559:549];
    wire [10:0] v36; assign v36[10:0] = model_inp[570:560];
    wire [11:0] v37; assign v37[11:0] = model_inp[582:571];
    wire [11:0] v38; assign v38[11:0] = model_inp[594:583];
    wire [11:0] v39; assign v39[11:0] = model_inp[606:595];
    wire [20:0] v40; assign v40[20:0] = model_inp[627:607];
    wire [20:0] v41; assign v41[20:0] = model_inp[648:628];
    wire [20:0] v42; assign v42[20:0] = model_inp[669:649];
    wire [20:0] v43; assign v43[20:0] = model_inp[690:670];
    wire [20:0] v44; assign v44[20:0] = model_inp[711:691];
    wire [11:0] v45; assign v45[11:0] = model_inp[723:712];
    wire [20:0] v46; assign v46[20:0] = model_inp[744:724];
    wire [20:0] v47; assign v47[20:0] = model_inp[765:745];
    wire [11:0] v48; assign v48[11:0] = model_inp[777:766];
    wire [10:0] v49; assign v49[10:0] = model_inp[788:778];
    wire [10:0] v50; assign v50[10:0] = model_inp[799:789];
    wire [20:0] v51; multiplier #(12,12,1,1,21) op_51 (v4[11:0],v4[11:0],v51[20:0]);
    wire [20:0] v52; multiplier #(12,12,1,1,21) op_52 (v5[11:0],v5[11:0],v52[20:0]);
    wire [9:0] v53; mux #(11,9,1,0,10,0) op_53 (v36[10],v35[10:0],v0[8:0],v53[9:0]);
    wire [9:0] v54; mux #(11,9,1,0,10,0) op_54 (v50[10],v49[10:0],v0[8:0],v54[9:0]);
    wire [20:0] v55; multiplier #(12,12,1,1,21) op_55 (v6[11:0],v6[11:0],v55[20:0]);
    wire [22:0] v56; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_56 (v18[20:0],v3[20:0],v26[21:0],v56[22:0]);
    wire [20:0] v57; multiplier #(12,12,1,1,21) op_57 (v7[11:0],v7[11:0],v57[20:0]);
    wire [20:0] v58; multiplier #(12,12,1,1,21) op_58 (v8[11:0],v8[11:0],v58[20:0]);
    wire [21:0] v59; shift_adder #(21,21,0,0,22,0,0,0) op_59 (v16[20:0],v43[20:0],v59[21:0]);
    wire [21:0] v60; shift_adder #(21,21,0,0,22,0,0,0) op_60 (v44[20:0],v27[20:0],v60[21:0]);
    wire [22:0] v61; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_61 (v17[20:0],v20[20:0],v29[22:0],v61[22:0]);
    wire [11:0] v62; multiplier #(10,2,1,1,12) op_62 (v53[9:0],v2[1:0],v62[11:0]);
    wire [20:0] v63; multiplier #(12,12,1,1,21) op_63 (v9[11:0],v9[11:0],v63[20:0]);
    wire [20:0] v64; multiplier #(12,12,1,1,21) op_64 (v10[11:0],v10[11:0],v64[20:0]);
    wire [22:0] v65; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_65 (v19[20:0],v25[20:0],v32[21:0],v65[22:0]);
    wire [11:0] v66; multiplier #(10,2,1,1,12) op_66 (v54[9:0],v1[1:0],v66[11:0]);
    wire [20:0] v67; multiplier #(12,12,1,1,21) op_67 (v11[11:0],v11[11:0],v67[20:0]);
    wire [20:0] v68; multiplier #(12,12,1,1,21) op_68 (v12[11:0],v12[11:0],v68[20:0]);
    wire [20:0] v69; multiplier #(12,12,1,1,21) op_69 (v13[11:0],v13[11:0],v69[20:0]);
    wire [20:0] v70; multiplier #(12,12,1,1,21) op_70 (v14[11:0],v14[11:0],v70[20:0]);
    wire [20:0] v71; multiplier #(12,12,1,1,21) op_71 (v21[11:0],v21[11:0],v71[20:0]);
    wire [21:0] v72; shift_adder #(21,21,0,0,22,0,0,0) op_72 (v47[20:0],v55[20:0],v72[21:0]);
    wire [21:0] v73; shift_adder #(21,21,0,0,22,0,0,0) op_73 (v68[20:0],v64[20:0],v73[21:0]);
    wire [20:0] v74; multiplier #(12,12,1,1,21) op_74 (v31[11:0],v31[11:0],v74[20:0]);
    wire [20:0] v75; multiplier #(12,12,1,1,21) op_75 (v33[11:0],v33[11:0],v75[20:0]);
    wire [20:0] v76; multiplier #(12,12,1,1,21) op_76 (v34[11:0],v34[11:0],v76[20:0]);
    wire [22:0] v77; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_77 (v28[20:0],v42[20:0],v59[21:0],v77[22:0]);
    wire [22:0] v78; ternary_adder #(22,0,0,0,21,0,0,0,22,0,0,0,23,0) op_78 (v22[21:0],v40[20:0],v60[21:0],v78[22:0]);
    wire [20:0] v79; multiplier #(12,12,1,1,21) op_79 (v37[11:0],v37[11:0],v79[20:0]);
    wire [20:0] v80; multiplier #(12,12,1,1,21) op_80 (v38[11:0],v38[11:0],v80[20:0]);
    wire [20:0] v81; multiplier #(12,12,1,1,21) op_81 (v39[11:0],v39[11:0],v81[20:0]);
    wire [20:0] v82; multiplier #(12,12,1,1,21) op_82 (v45[11:0],v45[11:0],v82[20:0]);
    wire [20:0] v83; multiplier #(12,12,1,1,21) op_83 (v48[11:0],v48[11:0],v83[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[20:0] = v15[20:0];
    assign model_out[43:21] = v23[22:0];
    assign model_out[65:44] = v24[21:0];
    assign model_out[86:66] = v30[20:0];
    assign model_out[107:87] = v41[20:0];
    assign model_out[128:108] = v46[20:0];
    assign model_out[149:129] = v51[20:0];
    assign model_out[170:150] = v52[20:0];
    assign model_out[193:171] = v56[22:0];
    assign model_out[214:194] = v57[20:0];
    assign model_out[235:215] = v58[20:0];
    assign model_out[258:236] = v61[22:0];
    assign model_out[270:259] = v62[11:0];
    assign model_out[291:271] = v63[20:0];
    assign model_out[314:292] = v65[22:0];
    assign model_out[326:315] = v66[11:0];
    assign model_out[347:327] = v67[20:0];
    assign model_out[368:348] = v69[20:0];
    assign model_out[389:369] = v70[20:0];
    assign model_out[410:390] = v71[20:0];
    assign model_out[432:411] = v72[21:0];
    assign model_out[454:433] = v73[21:0];
    assign model_out[475:455] = v74[20:0];
    assign model_out[496:476] = v75[20:0];
    assign model_out[517:497] = v76[20:0];
    assign model_out[540:518] = v77[22:0];
    assign model_out[563:541] = v78[22:0];
    assign model_out[584:564] = v79[20:0];
    assign model_out[605:585] = v80[20:0];
    assign model_out[626:606] = v81[20:0];
    assign model_out[647:627] = v82[20:0];
    assign model_out[668:648] = v83[20:0];

endmodule
