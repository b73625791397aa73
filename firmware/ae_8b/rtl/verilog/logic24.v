`timescale 1 ns / 1 ps

module logic24 (
    input [595:0] model_inp,
    output [355:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [0:0] v1; assign v1[0:0] = 'b1;
    wire [15:0] v2; assign v2[15:0] = model_inp[15:0];
    wire [0:0] v3; assign v3[0:0] = model_inp[16:16];
    wire [0:0] v4; assign v4[0:0] = model_inp[17:17];
    wire [0:0] v5; assign v5[0:0] = model_inp[18:18];
    wire [18:0] v6; assign v6[18:0] = model_inp[37:19];
    wire [18:0] v7; assign v7[18:0] = model_inp[56:38];
    wire [9:0] v8; assign v8[9:0] = model_inp[66:57];
    wire [9:0] v9; assign v9[9:0] = model_inp[76:67];
    wire [9:0] v10; assign v10[9:0] = model_inp[86:77];
    wire [9:0] v11; assign v11[9:0] = model_inp[96:87];
    wire [9:0] v12; assign v12[9:0] = model_inp[106:97];
    wire [9:0] v13; assign v13[9:0] = model_inp[116:107];
    wire [9:0] v14; assign v14[9:0] = model_inp[126:117];
    wire [9:0] v15; assign v15[9:0] = model_inp[136:127];
    wire [19:0] v16; assign v16[19:0] = model_inp[156:137];
    wire [20:0] v17; assign v17[20:0] = model_inp[177:157];
    wire [9:0] v18; assign v18[9:0] = model_inp[187:178];
    wire [18:0] v19; assign v19[18:0] = model_inp[206:188];
    wire [18:0] v20; assign v20[18:0] = model_inp[225:207];
    wire [18:0] v21; assign v21[18:0] = model_inp[244:226];
    wire [18:0] v22; assign v22[18:0] = model_inp[263:245];
    wire [18:0] v23; assign v23[18:0] = model_inp[282:264];
    wire [9:0] v24; assign v24[9:0] = model_inp[292:283];
    wire [9:0] v25; assign v25[9:0] = model_inp[302:293];
    wire [9:0] v26; assign v26[9:0] = model_inp[312:303];
    wire [9:0] v27; assign v27[9:0] = model_inp[322:313];
    wire [9:0] v28; assign v28[9:0] = model_inp[332:323];
    wire [9:0] v29; assign v29[9:0] = model_inp[342:333];
    wire [7:0] v30; assign v30[7:0] = model_inp[350:343];
    wire [19:0] v31; assign v31[19:0] = model_inp[370:351];
    wire [20:0] v32; assign v32[20:0] = model_inp[391:371];
    wire [10:0] v33; assign v33[10:0] = model_inp[402:392];
    wire [10:0] v34; assign v34[10:0] = model_inp[413:403];
    wire [18:0] v35; assign v35[18:0] = model_inp[432:414];
    wire [19:0] v36; assign v36[19:0] = model_inp[452:433];
    wire [10:0] v37; assign v37[10:0] = model_inp[463:453];
    wire [10:0] v38; assign v38[10:0] = model_inp[474:464];
    wire [19:0] v39; assign v39[19:0] = model_inp[494:475];
    wire [19:0] v40; assign v40[19:0] = model_inp[514:495];
    wire [19:0] v41; assign v41[19:0] = model_inp[534:515];
    wire [19:0] v42; assign v42[19:0] = model_inp[554:535];
    wire [19:0] v43; assign v43[19:0] = model_inp[574:555];
    wire [20:0] v44; assign v44[20:0] = model_inp[595:575];
    wire [18:0] v45; multiplier #(10,10,1,1,19) op_45 (v8[9:0],v8[9:0],v45[18:0]);
    wire [18:0] v46; multiplier #(10,10,1,1,19) op_46 (v9[9:0],v9[9:0],v46[18:0]);
    wire [18:0] v47; multiplier #(10,10,1,1,19) op_47 (v10[9:0],v10[9:0],v47[18:0]);
    wire [18:0] v48; multiplier #(10,10,1,1,19) op_48 (v11[9:0],v11[9:0],v48[18:0]);
    wire [9:0] v49; mux #(11,9,1,0,10,0) op_49 (v34[10],v33[10:0],v0[8:0],v49[9:0]);
    wire [18:0] v50; multiplier #(10,10,1,1,19) op_50 (v12[9:0],v12[9:0],v50[18:0]);
    wire [18:0] v51; multiplier #(10,10,1,1,19) op_51 (v13[9:0],v13[9:0],v51[18:0]);
    wire [18:0] v52; multiplier #(10,10,1,1,19) op_52 (v14[9:0],v14[9:0],v52[18:0]);
    wire [9:0] v53; mux #(11,9,1,0,10,0) op_53 (v38[10],v37[10:0],v0[8:0],v53[9:0]);
    wire [18:0] v54; multiplier #(10,10,1,1,19) op_54 (v15[9:0],v15[9:0],v54[18:0]);
    wire [9:0] v55; binop #(1,10,1,1,10,0,0) op_55 (v3, v49, v55[9:0]);
    wire [16:0] v56; shift_adder #(8,16,1,1,17,0,-7,1) op_56 (v30[7:0],v2[15:0],v56[16:0]);
    wire [16:0] v57; shift_adder #(17,1,1,0,17,0,5,0) op_57 (v56[16:0],1'b1,v57[16:0]);
    wire [5:0] v58; assign v58[5:0] = v57[5:0];
    wire [10:0] v59; assign v59[10:0] = v57[16:6];
    wire [0:0] v60; assign v60[0:0] = |v58;
    wire [0:0] v61; assign v61[0:0] = v59[0:0];
    wire [9:0] v62; assign v62[9:0] = v59[10:1];
    wire [9:0] v63; binop #(1,10,1,1,10,0,0) op_63 (v5, v53, v63[9:0]);
    wire [0:0] v64; binop #(1,1,0,0,1,0,0) op_64 (v60, v61, v64[0:0]);
    wire [10:0] v65; shift_adder #(1,10,0,1,11,0,1,0) op_65 (v64[0:0],v62[9:0],v65[10:0]);
    wire [11:0] v66; shift_adder #(11,1,1,0,12,0,9,0) op_66 (v65[10:0],1'b1,v66[11:0]);
    wire [20:0] v67; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_67 (v6[18:0],v7[18:0],v31[19:0],v67[20:0]);
    wire [18:0] v68; multiplier #(10,10,1,1,19) op_68 (v18[9:0],v18[9:0],v68[18:0]);
    wire [19:0] v69; shift_adder #(19,19,0,0,20,0,0,0) op_69 (v45[18:0],v48[18:0],v69[19:0]);
    wire [10:0] v70; mux #(1,11,1,1,11,-9) op_70 (v66[11],v1[0:0],v65[10:0],v70[10:0]);
    wire [10:0] v71; shift_adder #(11,9,1,0,11,0,0,1) op_71 (v70[10:0],9'b111111111,v71[10:0]);
    wire [19:0] v72; shift_adder #(19,19,0,0,20,0,0,0) op_72 (v52[18:0],v35[18:0],v72[19:0]);
    wire [20:0] v73; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_73 (v21[18:0],v22[18:0],v39[19:0],v73[20:0]);
    wire [20:0] v74; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_74 (v20[18:0],v19[18:0],v41[19:0],v74[20:0]);
    wire [20:0] v75; ternary_adder #(20,0,0,0,19,0,0,0,20,0,0,0,21,0) op_75 (v16[19:0],v23[18:0],v42[19:0],v75[20:0]);
    wire [18:0] v76; multiplier #(10,10,1,1,19) op_76 (v24[9:0],v24[9:0],v76[18:0]);
    wire [18:0] v77; multiplier #(10,10,1,1,19) op_77 (v25[9:0],v25[9:0],v77[18:0]);
    wire [18:0] v78; multiplier #(10,10,1,1,19) op_78 (v26[9:0],v26[9:0],v78[18:0]);
    wire [18:0] v79; multiplier #(10,10,1,1,19) op_79 (v27[9:0],v27[9:0],v79[18:0]);
    wire [18:0] v80; multiplier #(10,10,1,1,19) op_80 (v28[9:0],v28[9:0],v80[18:0]);
    wire [9:0] v81; mux #(11,9,1,0,10,0) op_81 (v71[10],v70[10:0],v0[8:0],v81[9:0]);
    wire [18:0] v82; multiplier #(10,10,1,1,19) op_82 (v29[9:0],v29[9:0],v82[18:0]);
    wire [9:0] v83; binop #(1,10,1,1,10,0,0) op_83 (v4, v81, v83[9:0]);
    wire [21:0] v84; ternary_adder #(21,0,0,0,19,0,0,0,21,0,0,0,22,0) op_84 (v17[20:0],v51[18:0],v67[20:0],v84[21:0]);
    wire [19:0] v85; shift_adder #(19,19,0,0,20,0,0,0) op_85 (v79[18:0],v76[18:0],v85[19:0]);
    wire [19:0] v86; shift_adder #(19,19,0,0,20,0,0,0) op_86 (v78[18:0],v68[18:0],v86[19:0]);
    wire [20:0] v87; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_87 (v47[18:0],v46[18:0],v69[19:0],v87[20:0]);
    wire [20:0] v88; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_88 (v54[18:0],v50[18:0],v72[19:0],v88[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[20:0] = v32[20:0];
    assign model_out[40:21] = v36[19:0];
    assign model_out[60:41] = v40[19:0];
    assign model_out[80:61] = v43[19:0];
    assign model_out[101:81] = v44[20:0];
    assign model_out[111:102] = v55[9:0];
    assign model_out[121:112] = v63[9:0];
    assign model_out[142:122] = v73[20:0];
    assign model_out[163:143] = v74[20:0];
    assign model_out[184:164] = v75[20:0];
    assign model_out[203:185] = v77[18:0];
    assign model_out[222:204] = v80[18:0];
    assign model_out[241:223] = v82[18:0];
    assign model_out[251:242] = v83[9:0];
    assign model_out[273:252] = v84[21:0];
    assign model_out[293:274] = v85[19:0];
    assign model_out[313:294] = v86[19:0];
    assign model_out[334:314] = v87[20:0];
    assign model_out[355:335] = v88[20:0];

endmodule
