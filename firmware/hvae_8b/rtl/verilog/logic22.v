`timescale 1 ns / 1 ps

module logic22 (
    input [801:0] model_inp,
    output [475:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [0:0] v1; assign v1[0:0] = 'b1;
    wire [11:0] v2; assign v2[11:0] = model_inp[11:0];
    wire [0:0] v3; assign v3[0:0] = model_inp[12:12];
    wire [0:0] v4; assign v4[0:0] = model_inp[13:13];
    wire [0:0] v5; assign v5[0:0] = model_inp[14:14];
    wire [18:0] v6; assign v6[18:0] = model_inp[33:15];
    wire [18:0] v7; assign v7[18:0] = model_inp[52:34];
    wire [18:0] v8; assign v8[18:0] = model_inp[71:53];
    wire [18:0] v9; assign v9[18:0] = model_inp[90:72];
    wire [18:0] v10; assign v10[18:0] = model_inp[109:91];
    wire [18:0] v11; assign v11[18:0] = model_inp[128:110];
    wire [18:0] v12; assign v12[18:0] = model_inp[147:129];
    wire [18:0] v13; assign v13[18:0] = model_inp[166:148];
    wire [18:0] v14; assign v14[18:0] = model_inp[185:167];
    wire [9:0] v15; assign v15[9:0] = model_inp[195:186];
    wire [9:0] v16; assign v16[9:0] = model_inp[205:196];
    wire [9:0] v17; assign v17[9:0] = model_inp[215:206];
    wire [9:0] v18; assign v18[9:0] = model_inp[225:216];
    wire [9:0] v19; assign v19[9:0] = model_inp[235:226];
    wire [9:0] v20; assign v20[9:0] = model_inp[245:236];
    wire [9:0] v21; assign v21[9:0] = model_inp[255:246];
    wire [18:0] v22; assign v22[18:0] = model_inp[274:256];
    wire [18:0] v23; assign v23[18:0] = model_inp[293:275];
    wire [18:0] v24; assign v24[18:0] = model_inp[312:294];
    wire [20:0] v25; assign v25[20:0] = model_inp[333:313];
    wire [19:0] v26; assign v26[19:0] = model_inp[353:334];
    wire [9:0] v27; assign v27[9:0] = model_inp[363:354];
    wire [9:0] v28; assign v28[9:0] = model_inp[373:364];
    wire [18:0] v29; assign v29[18:0] = model_inp[392:374];
    wire [18:0] v30; assign v30[18:0] = model_inp[411:393];
    wire [18:0] v31; assign v31[18:0] = model_inp[430:412];
    wire [18:0] v32; assign v32[18:0] = model_inp[449:431];
    wire [18:0] v33; assign v33[18:0] = model_inp[468:450];
    wire [18:0] v34; assign v34[18:0] = model_inp[487:469];
    wire [18:0] v35; assign v35[18:0] = model_inp[506:488];
    wire [18:0] v36; assign v36[18:0] = model_inp[525:507];
    wire [18:0] v37; assign v37[18:0] = model_inp[544:526];
    wire [18:0] v38; assign v38[18:0] = model_inp[563:545];
    wire [18:0] v39; assign v39[18:0] = model_inp[582:564];
    wire [19:0] v40; assign v40[19:0] = model_inp[602:583];
    wire [19:0] v41; assign v41[19:0] = model_inp[622:603];
    wire [18:0] v42; assign v42[18:0] = model_inp[641:623];
    wire [18:0] v43; assign v43[18:0] = model_inp[660:642];
    wire [9:0] v44; assign v44[9:0] = model_inp[670:661];
    wire [9:0] v45; assign v45[9:0] = model_inp[680:671];
    wire [9:0] v46; assign v46[9:0] = model_inp[690:681];
    wire [7:0] v47; assign v47[7:0] = model_inp[698:691];
    wire [19:0] v48; assign v48[19:0] = model_inp[718:699];
    wire [10:0] v49; assign v49[10:0] = model_inp[729:719];
    wire [10:0] v50; assign v50[10:0] = model_inp[740:730];
    wire [10:0] v51; assign v51[10:0] = model_inp[751:741];
    wire [11:0] v52; assign v52[11:0] = model_inp[763:752];
    wire [18:0] v53; assign v53[18:0] = model_inp[782:764];
    wire [18:0] v54; assign v54[18:0] = model_inp[801:783];
    wire [19:0] v55; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_55 (v24[18:0],v6[18:0],v14[18:0],v55[19:0]);
    wire [9:0] v56; mux #(11,9,1,0,10,0) op_56 (v50[10],v49[10:0],v0[8:0],v56[9:0]);
    wire [10:0] v57; mux #(1,11,1,1,11,-9) op_57 (v52[11],v1[0:0],v51[10:0],v57[10:0]);
    wire [10:0] v58; shift_adder #(11,9,1,0,11,0,0,1) op_58 (v57[10:0],9'b111111111,v58[10:0]);
    wire [19:0] v59; shift_adder #(19,19,0,0,20,0,0,0) op_59 (v30[18:0],v34[18:0],v59[19:0]);
    wire [19:0] v60; shift_adder #(19,19,0,0,20,0,0,0) op_60 (v32[18:0],v10[18:0],v60[19:0]);
    wire [19:0] v61; shift_adder #(19,19,0,0,20,0,0,0) op_61 (v11[18:0],v31[18:0],v61[19:0]);
    wire [20:0] v62; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_62 (v12[18:0],v9[18:0],v26[19:0],v62[20:0]);
    wire [19:0] v63; shift_adder #(19,19,0,0,20,0,0,0) op_63 (v43[18:0],v42[18:0],v63[19:0]);
    wire [9:0] v64; binop #(1,10,1,1,10,0,0) op_64 (v5, v56, v64[9:0]);
    wire [18:0] v65; multiplier #(10,10,1,1,19) op_65 (v15[9:0],v15[9:0],v65[18:0]);
    wire [9:0] v66; mux #(11,9,1,0,10,0) op_66 (v58[10],v57[10:0],v0[8:0],v66[9:0]);
    wire [18:0] v67; multiplier #(10,10,1,1,19) op_67 (v16[9:0],v16[9:0],v67[18:0]);
    wire [18:0] v68; multiplier #(10,10,1,1,19) op_68 (v17[9:0],v17[9:0],v68[18:0]);
    wire [12:0] v69; shift_adder #(8,12,1,1,13,0,-3,1) op_69 (v47[7:0],v2[11:0],v69[12:0]);
    wire [12:0] v70; shift_adder #(13,1,1,0,13,0,1,0) op_70 (v69[12:0],1'b1,v70[12:0]);
    wire [1:0] v71; assign v71[1:0] = v70[1:0];
    wire [10:0] v72; assign v72[10:0] = v70[12:2];
    wire [0:0] v73; assign v73[0:0] = |v71;
    wire [0:0] v74; assign v74[0:0] = v72[0:0];
    wire [9:0] v75; assign v75[9:0] = v72[10:1];
    wire [18:0] v76; multiplier #(10,10,1,1,19) op_76 (v18[9:0],v18[9:0],v76[18:0]);
    wire [18:0] v77; multiplier #(10,10,1,1,19) op_77 (v19[9:0],v19[9:0],v77[18:0]);
    wire [19:0] v78; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_78 (v8[18:0],v22[18:0],v35[18:0],v78[19:0]);
    wire [18:0] v79; multiplier #(10,10,1,1,19) op_79 (v20[9:0],v20[9:0],v79[18:0]);
    wire [18:0] v80; multiplier #(10,10,1,1,19) op_80 (v21[9:0],v21[9:0],v80[18:0]);
    wire [9:0] v81; binop #(1,10,1,1,10,0,0) op_81 (v4, v66, v81[9:0]);
    wire [0:0] v82; binop #(1,1,0,0,1,0,0) op_82 (v73, v74, v82[0:0]);
    wire [10:0] v83; shift_adder #(1,10,0,1,11,0,1,0) op_83 (v82[0:0],v75[9:0],v83[10:0]);
    wire [11:0] v84; shift_adder #(11,1,1,0,12,0,9,0) op_84 (v83[10:0],1'b1,v84[11:0]);
    wire [20:0] v85; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_85 (v7[18:0],v23[18:0],v48[19:0],v85[20:0]);
    wire [19:0] v86; shift_adder #(19,19,0,0,20,0,0,0) op_86 (v54[18:0],v36[18:0],v86[19:0]);
    wire [10:0] v87; mux #(1,11,1,1,11,-9) op_87 (v84[11],v1[0:0],v83[10:0],v87[10:0]);
    wire [10:0] v88; shift_adder #(11,9,1,0,11,0,0,1) op_88 (v87[10:0],9'b111111111,v88[10:0]);
    wire [18:0] v89; multiplier #(10,10,1,1,19) op_89 (v27[9:0],v27[9:0],v89[18:0]);
    wire [18:0] v90; multiplier #(10,10,1,1,19) op_90 (v28[9:0],v28[9:0],v90[18:0]);
    wire [9:0] v91; mux #(11,9,1,0,10,0) op_91 (v88[10],v87[10:0],v0[8:0],v91[9:0]);
    wire [19:0] v92; shift_adder #(19,19,0,0,20,0,0,0) op_92 (v76[18:0],v65[18:0],v92[19:0]);
    wire [20:0] v93; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_93 (v33[18:0],v29[18:0],v61[19:0],v93[20:0]);
    wire [20:0] v94; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_94 (v53[18:0],v37[18:0],v60[19:0],v94[20:0]);
    wire [19:0] v95; shift_adder #(19,19,0,0,20,0,0,0) op_95 (v80[18:0],v67[18:0],v95[19:0]);
    wire [18:0] v96; multiplier #(10,10,1,1,19) op_96 (v44[9:0],v44[9:0],v96[18:0]);
    wire [18:0] v97; multiplier #(10,10,1,1,19) op_97 (v45[9:0],v45[9:0],v97[18:0]);
    wire [21:0] v98; ternary_adder #(20,0,0,0,20,0,0,0,21,0,0,0,22,0) op_98 (v40[19:0],v41[19:0],v62[20:0],v98[21:0]);
    wire [9:0] v99; binop #(1,10,1,1,10,0,0) op_99 (v3, v91, v99[9:0]);
    wire [18:0] v100; multiplier #(10,10,1,1,19) op_100 (v46[9:0],v46[9:0],v100[18:0]);
    wire [19:0] v101; shift_adder #(19,19,0,0,20,0,0,0) op_101 (v39[18:0],v90[18:0],v101[19:0]);
    wire [18:0] v102; multiplier #(10,10,1,1,19) op_102 (v64[9:0],v64[9:0],v102[18:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v13[18:0];
    assign model_out[39:19] = v25[20:0];
    assign model_out[58:40] = v38[18:0];
    assign model_out[78:59] = v55[19:0];
    assign model_out[98:79] = v59[19:0];
    assign model_out[118:99] = v63[19:0];
    assign model_out[137:119] = v68[18:0];
    assign model_out[156:138] = v77[18:0];
    assign model_out[176:157] = v78[19:0];
    assign model_out[195:177] = v79[18:0];
    assign model_out[205:196] = v81[9:0];
    assign model_out[226:206] = v85[20:0];
    assign model_out[246:227] = v86[19:0];
    assign model_out[265:247] = v89[18:0];
    assign model_out[285:266] = v92[19:0];
    assign model_out[306:286] = v93[20:0];
    assign model_out[327:307] = v94[20:0];
    assign model_out[347:328] = v95[19:0];
    assign model_out[366:348] = v96[18:0];
    assign model_out[385:367] = v97[18:0];
    assign model_out[407:386] = v98[21:0];
    assign model_out[417:408] = v99[9:0];
    assign model_out[436:418] = v100[18:0];
    assign model_out[456:437] = v101[19:0];
    assign model_out[475:457] = v102[18:0];

endmodule
