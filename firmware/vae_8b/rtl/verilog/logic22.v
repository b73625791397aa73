`timescale 1 ns / 1 ps

module logic22 (
    input [813:0] model_inp,
    output [569:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [0:0] v0; assign v0[0:0] = model_inp[0:0];
    wire [18:0] v1; assign v1[18:0] = model_inp[19:1];
    wire [18:0] v2; assign v2[18:0] = model_inp[38:20];
    wire [18:0] v3; assign v3[18:0] = model_inp[57:39];
    wire [9:0] v4; assign v4[9:0] = model_inp[67:58];
    wire [9:0] v5; assign v5[9:0] = model_inp[77:68];
    wire [18:0] v6; assign v6[18:0] = model_inp[96:78];
    wire [18:0] v7; assign v7[18:0] = model_inp[115:97];
    wire [18:0] v8; assign v8[18:0] = model_inp[134:116];
    wire [18:0] v9; assign v9[18:0] = model_inp[153:135];
    wire [9:0] v10; assign v10[9:0] = model_inp[163:154];
    wire [9:0] v11; assign v11[9:0] = model_inp[173:164];
    wire [9:0] v12; assign v12[9:0] = model_inp[183:174];
    wire [9:0] v13; assign v13[9:0] = model_inp[193:184];
    wire [18:0] v14; assign v14[18:0] = model_inp[212:194];
    wire [9:0] v15; assign v15[9:0] = model_inp[222:213];
    wire [9:0] v16; assign v16[9:0] = model_inp[232:223];
    wire [9:0] v17; assign v17[9:0] = model_inp[242:233];
    wire [9:0] v18; assign v18[9:0] = model_inp[252:243];
    wire [9:0] v19; assign v19[9:0] = model_inp[262:253];
    wire [9:0] v20; assign v20[9:0] = model_inp[272:263];
    wire [9:0] v21; assign v21[9:0] = model_inp[282:273];
    wire [9:0] v22; assign v22[9:0] = model_inp[292:283];
    wire [9:0] v23; assign v23[9:0] = model_inp[302:293];
    wire [9:0] v24; assign v24[9:0] = model_inp[312:303];
    wire [9:0] v25; assign v25[9:0] = model_inp[322:313];
    wire [9:0] v26; assign v26[9:0] = model_inp[332:323];
    wire [9:0] v27; assign v27[9:0] = model_inp[342:333];
    wire [9:0] v28; assign v28[9:0] = model_inp[352:343];
    wire [9:0] v29; assign v29[9:0] = model_inp[362:353];
    wire [9:0] v30; assign v30[9:0] = model_inp[372:363];
    wire [9:0] v31; assign v31[9:0] = model_inp[382:373];
    wire [9:0] v32; assign v32[9:0] = model_inp[392:383];
    wire [9:0] v33; assign v33[9:0] = model_inp[402:393];
    wire [19:0] v34; assign v34[19:0] = model_inp[422:403];
    wire [18:0] v35; assign v35[18:0] = model_inp[441:423];
    wire [18:0] v36; assign v36[18:0] = model_inp[460:442];
    wire [18:0] v37; assign v37[18:0] = model_inp[479:461];
    wire [19:0] v38; assign v38[19:0] = model_inp[499:480];
    wire [18:0] v39; assign v39[18:0] = model_inp[518:500];
    wire [18:0] v40; assign v40[18:0] = model_inp[537:519];
    wire [9:0] v41; assign v41[9:0] = model_inp[547:538];
    wire [18:0] v42; assign v42[18:0] = model_inp[566:548];
    wire [18:0] v43; assign v43[18:0] = model_inp[585:567];
    wire [18:0] v44; assign v44[18:0] = model_inp[604:586];
    wire [18:0] v45; assign v45[18:0] = model_inp[623:605];
    wire [18:0] v46; assign v46[18:0] = model_inp[642:624];
    wire [18:0] v47; assign v47[18:0] = model_inp[661:643];
    wire [18:0] v48; assign v48[18:0] = model_inp[680:662];
    wire [18:0] v49; assign v49[18:0] = model_inp[699:681];
    wire [18:0] v50; assign v50[18:0] = model_inp[718:700];
    wire [18:0] v51; assign v51[18:0] = model_inp[737:719];
    wire [18:0] v52; assign v52[18:0] = model_inp[756:738];
    wire [18:0] v53; assign v53[18:0] = model_inp[775:757];
    wire [18:0] v54; assign v54[18:0] = model_inp[794:776];
    wire [18:0] v55; assign v55[18:0] = model_inp[813:795];
    wire [9:0] v56; multiplier #(10,1,1,0,10) op_56 (v41[9:0],v0[0:0],v56[9:0]);
    wire [19:0] v57; shift_adder #(19,19,0,0,20,0,0,0) op_57 (v7[18:0],v37[18:0],v57[19:0]);
    wire [18:0] v58; multiplier #(10,10,1,1,19) op_58 (v4[9:0],v4[9:0],v58[18:0]);
    wire [18:0] v59; multiplier #(10,10,1,1,19) op_59 (v5[9:0],v5[9:0],v59[18:0]);
    wire [19:0] v60; shift_adder #(19,19,0,0,20,0,0,0) op_60 (v48[18:0],v46[18:0],v60[19:0]);
    wire [19:0] v61; shift_adder #(19,19,0,0,20,0,0,0) op_61 (v47[18:0],v49[18:0],v61[19:0]);
    wire [18:0] v62; multiplier #(10,10,1,1,19) op_62 (v10[9:0],v10[9:0],v62[18:0]);
    wire [18:0] v63; multiplier #(10,10,1,1,19) op_63 (v11[9:0],v11[9:0],v63[18:0]);
    wire [20:0] v64; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_64 (v3[18:0],v8[18:0],v38[19:0],v64[20:0]);
    wire [18:0] v65; multiplier #(10,10,1,1,19) op_65 (v12[9:0],v12[9:0],v65[18:0]);
    wire [18:0] v66; multiplier #(10,10,1,1,19) op_66 (v13[9:0],v13[9:0],v66[18:0]);
    wire [18:0] v67; multiplier #(10,10,1,1,19) op_67 (v15[9:0],v15[9:0],v67[18:0]);
    wire [18:0] v68; multiplier #(10,10,1,1,19) op_68 (v16[9:0],v16[9:0],v68[18:0]);
    wire [18:0] v69; multiplier #(10,10,1,1,19) op_69 (v17[9:0],v17[9:0],v69[18:0]);
    wire [18:0] v70; multiplier #(10,10,1,1,19) op_70 (v18[9:0],v18[9:0],v70[18:0]);
    wire [18:0] v71; multiplier #(10,10,1,1,19) op_71 (v19[9:0],v19[9:0],v71[18:0]);
    wire [18:0] v72; multiplier #(10,10,1,1,19) op_72 (v20[9:0],v20[9:0],v72[18:0]);
    wire [18:0] v73; multiplier #(10,10,1,1,19) op_73 (v21[9:0],v21[9:0],v73[18:0]);
    wire [18:0] v74; multiplier #(10,10,1,1,19) op_74 (v22[9:0],v22[9:0],v74[18:0]);
    wire [18:0] v75; multiplier #(10,10,1,1,19) op_75 (v23[9:0],v23[9:0],v75[18:0]);
    wire [18:0] v76; multiplier #(10,10,1,1,19) op_76 (v24[9:0],v24[9:0],v76[18:0]);
    wire [18:0] v77; multiplier #(10,10,1,1,19) op_77 (v25[9:0],v25[9:0],v77[18:0]);
    wire [18:0] v78; multiplier #(10,10,1,1,19) op_78 (v26[9:0],v26[9:0],v78[18:0]);
    wire [18:0] v79; multiplier #(10,10,1,1,19) op_79 (v27[9:0],v27[9:0],v79[18:0]);
    wire [18:0] v80; multiplier #(10,10,1,1,19) op_80 (v28[9:0],v28[9:0],v80[18:0]);
    wire [19:0] v81; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_81 (v1[18:0],v6[18:0],v50[18:0],v81[19:0]);
    wire [18:0] v82; multiplier #(10,10,1,1,19) op_82 (v29[9:0],v29[9:0],v82[18:0]);
    wire [18:0] v83; multiplier #(10,10,1,1,19) op_83 (v30[9:0],v30[9:0],v83[18:0]);
    wire [18:0] v84; multiplier #(10,10,1,1,19) op_84 (v31[9:0],v31[9:0],v84[18:0]);
    wire [18:0] v85; multiplier #(10,10,1,1,19) op_85 (v32[9:0],v32[9:0],v85[18:0]);
    wire [18:0] v86; multiplier #(10,10,1,1,19) op_86 (v33[9:0],v33[9:0],v86[18:0]);
    wire [20:0] v87; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_87 (v43[18:0],v53[18:0],v34[19:0],v87[20:0]);
    wire [19:0] v88; shift_adder #(19,19,0,0,20,0,0,0) op_88 (v70[18:0],v44[18:0],v88[19:0]);
    wire [19:0] v89; shift_adder #(19,19,0,0,20,0,0,0) op_89 (v69[18:0],v65[18:0],v89[19:0]);
    wire [19:0] v90; shift_adder #(19,19,0,0,20,0,0,0) op_90 (v58[18:0],v67[18:0],v90[19:0]);
    wire [19:0] v91; shift_adder #(19,19,0,0,20,0,0,0) op_91 (v40[18:0],v75[18:0],v91[19:0]);
    wire [20:0] v92; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_92 (v52[18:0],v54[18:0],v60[19:0],v92[20:0]);
    wire [19:0] v93; shift_adder #(19,19,0,0,20,0,0,0) op_93 (v82[18:0],v66[18:0],v93[19:0]);
    wire [19:0] v94; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_94 (v35[18:0],v36[18:0],v73[18:0],v94[19:0]);
    wire [19:0] v95; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_95 (v77[18:0],v45[18:0],v71[18:0],v95[19:0]);
    wire [18:0] v96; multiplier #(10,10,1,1,19) op_96 (v56[9:0],v56[9:0],v96[18:0]);
    wire [19:0] v97; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_97 (v9[18:0],v55[18:0],v84[18:0],v97[19:0]);
    wire [19:0] v98; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_98 (v78[18:0],v76[18:0],v83[18:0],v98[19:0]);
    wire [19:0] v99; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_99 (v14[18:0],v2[18:0],v85[18:0],v99[19:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v39[18:0];
    assign model_out[37:19] = v42[18:0];
    assign model_out[56:38] = v51[18:0];
    assign model_out[76:57] = v57[19:0];
    assign model_out[95:77] = v59[18:0];
    assign model_out[115:96] = v61[19:0];
    assign model_out[134:116] = v62[18:0];
    assign model_out[153:135] = v63[18:0];
    assign model_out[174:154] = v64[20:0];
    assign model_out[193:175] = v68[18:0];
    assign model_out[212:194] = v72[18:0];
    assign model_out[231:213] = v74[18:0];
    assign model_out[250:232] = v79[18:0];
    assign model_out[269:251] = v80[18:0];
    assign model_out[289:270] = v81[19:0];
    assign model_out[308:290] = v86[18:0];
    assign model_out[329:309] = v87[20:0];
    assign model_out[349:330] = v88[19:0];
    assign model_out[369:350] = v89[19:0];
    assign model_out[389:370] = v90[19:0];
    assign model_out[409:390] = v91[19:0];
    assign model_out[430:410] = v92[20:0];
    assign model_out[450:431] = v93[19:0];
    assign model_out[470:451] = v94[19:0];
    assign model_out[490:471] = v95[19:0];
    assign model_out[509:491] = v96[18:0];
    assign model_out[529:510] = v97[19:0];
    assign model_out[549:530] = v98[19:0];
    assign model_out[569:550] = v99[19:0];

endmodule
