`timescale 1 ns / 1 ps

module logic32 (
    input [757:0] model_inp,
    output [526:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [0:0] v1; assign v1[0:0] = 'b1;
    wire [1:0] v2; assign v2[1:0] = model_inp[1:0];
    wire [1:0] v3; assign v3[1:0] = model_inp[3:2];
    wire [1:0] v4; assign v4[1:0] = model_inp[5:4];
    wire [1:0] v5; assign v5[1:0] = model_inp[7:6];
    wire [1:0] v6; assign v6[1:0] = model_inp[9:8];
    wire [1:0] v7; assign v7[1:0] = model_inp[11:10];
    wire [20:0] v8; assign v8[20:0] = model_inp[32:12];
    wire [20:0] v9; assign v9[20:0] = model_inp[53:33];
    wire [20:0] v10; assign v10[20:0] = model_inp[74:54];
    wire [20:0] v11; assign v11[20:0] = model_inp[95:75];
    wire [20:0] v12; assign v12[20:0] = model_inp[116:96];
    wire [11:0] v13; assign v13[11:0] = model_inp[128:117];
    wire [11:0] v14; assign v14[11:0] = model_inp[140:129];
    wire [11:0] v15; assign v15[11:0] = model_inp[152:141];
    wire [11:0] v16; assign v16[11:0] = model_inp[164:153];
    wire [11:0] v17; assign v17[11:0] = model_inp[176:165];
    wire [11:0] v18; assign v18[11:0] = model_inp[188:177];
    wire [10:0] v19; assign v19[10:0] = model_inp[199:189];
    wire [11:0] v20; assign v20[11:0] = model_inp[211:200];
    wire [20:0] v21; assign v21[20:0] = model_inp[232:212];
    wire [20:0] v22; assign v22[20:0] = model_inp[253:233];
    wire [20:0] v23; assign v23[20:0] = model_inp[274:254];
    wire [11:0] v24; assign v24[11:0] = model_inp[286:275];
    wire [21:0] v25; assign v25[21:0] = model_inp[308:287];
    wire [21:0] v26; assign v26[21:0] = model_inp[330:309];
    wire [20:0] v27; assign v27[20:0] = model_inp[351:331];
    wire [20:0] v28; assign v28[20:0] = model_inp[372:352];
    wire [11:0] v29; assign v29[11:0] = model_inp[384:373];
    wire [11:0] v30; assign v30[11:0] = model_inp[396:385];
    wire [20:0] v31; assign v31[20:0] = model_inp[417:397];
    wire [20:0] v32; assign v32[20:0] = model_inp[438:418];
    wire [20:0] v33; assign v33[20:0] = model_inp[459:439];
    wire [11:0] v34; assign v34[11:0] = model_inp[471:460];
    wire [11:0] v35; assign v35[11:0] = model_inp[483:472];
    wire [21:0] v36; assign v36[21:0] = model_inp[505:484];
    wire [9:0] v37; assign v37[9:0] = model_inp[515:506];
    wire [9:0] v38; assign v38[9:0] = model_inp[525:516];
    wire [9:0] v39; assign v39[9:0] = model_inp[535:526];
    wire [20:0] v40; assign v40[20:0] = model_inp[556:536];
    wire [20:0] v41; assign v41[20:0] = model_inp[577:557];
    wire [20:0] v42; assign v42[20:0] = model_inp[598:578];
    wire [11:0] v43; assign v43[11:0] = model_inp[610:599];
    wire [11:0] v44; assign v44[11:0] = model_inp[622:611];
    wire [21:0] v45; assign v45[21:0] = model_inp[644:623];
    wire [21:0] v46; assign v46[21:0] = model_inp[666:645];
    wire [0:0] v47; assign v47[0:0] = model_inp[667:667];
    wire [0:0] v48; assign v48[0:0] = model_inp[668:668];
    wire [9:0] v49; assign v49[9:0] = model_inp[678:669];
    wire [10:0] v50; assign v50[10:0] = model_inp[689:679];
    wire [10:0] v51; assign v51[10:0] = model_inp[700:690];
    wire [0:0] v52; assign v52[0:0] = model_inp[701:701];
    wire [0:0] v53; assign v53[0:0] = model_inp[702:702];
    wire [9:0] v54; assign v54[9:0] = model_inp[712:703];
    wire [21:0] v55; assign v55[21:0] = model_inp[734:713];
    wire [22:0] v56; assign v56[22:0] = model_inp[757:735];
    wire [20:0] v57; multiplier #(12,12,1,1,21) op_57 (v13[11:0],v13[11:0],v57[20:0]);
    wire [22:0] v58; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_58 (v9[20:0],v8[20:0],v25[21:0],v58[22:0]);
    wire [0:0] v59; binop #(1,1,0,0,1,0,0) op_59 (v47, v48, v59[0:0]);
    wire [10:0] v60; shift_adder #(1,10,0,1,11,0,1,0) op_60 (v59[0:0],v49[9:0],v60[10:0]);
    wire [11:0] v61; shift_adder #(11,1,1,0,12,0,9,0) op_61 (v60[10:0],1'b1,v61[11:0]);
    wire [9:0] v62; mux #(11,9,1,0,10,0) op_62 (v51[10],v50[10:0],v0[8:0],v62[9:0]);
    wire [0:0] v63; binop #(1,1,0,0,1,0,0) op_63 (v52, v53, v63[0:0]);
    wire [10:0] v64; shift_adder #(1,10,0,1,11,0,1,0) op_64 (v63[0:0],v54[9:0],v64[10:0]);
    wire [11:0] v65; shift_adder #(11,1,1,0,12,0,9,0) op_65 (v64[10:0],1'b1,v65[11:0]);
    wire [20:0] v66; multiplier #(12,12,1,1,21) op_66 (v14[11:0],v14[11:0],v66[20:0]);
    wire [20:0] v67; multiplier #(12,12,1,1,21) op_67 (v15[11:0],v15[11:0],v67[20:0]);
    wire [20:0] v68; multiplier #(12,12,1,1,21) op_68 (v16[11:0],v16[11:0],v68[20:0]);
    wire [11:0] v69; multiplier #(10,2,1,1,12) op_69 (v37[9:0],v6[1:0],v69[11:0]);
    wire [20:0] v70; multiplier #(12,12,1,1,21) op_70 (v17[11:0],v17[11:0],v70[20:0]);
    wire [11:0] v71; multiplier #(10,2,1,1,12) op_71 (v38[9:0],v5[1:0],v71[11:0]);
    wire [20:0] v72; multiplier #(12,12,1,1,21) op_72 (v18[11:0],v18[11:0],v72[20:0]);
    wire [11:0] v73; multiplier #(10,2,1,1,12) op_73 (v39[9:0],v2[1:0],v73[11:0]);
    wire [10:0] v74; mux #(1,11,1,1,11,-9) op_74 (v61[11],v1[0:0],v60[10:0],v74[10:0]);
    wire [10:0] v75; shift_adder #(11,9,1,0,11,0,0,1) op_75 (v74[10:0],9'b111111111,v75[10:0]);
    wire [21:0] v76; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_76 (v12[20:0],v10[20:0],v32[20:0],v76[21:0]);
    wire [10:0] v77; mux #(1,11,1,1,11,-9) op_77 (v65[11],v1[0:0],v64[10:0],v77[10:0]);
    wire [10:0] v78; shift_adder #(11,9,1,0,11,0,0,1) op_78 (v77[10:0],9'b111111111,v78[10:0]);
    wire [19:0] v79; multiplier #(11,11,1,1,20) op_79 (v19[10:0],v19[10:0],v79[19:0]);
    wire [21:0] v80; shift_adder #(21,21,0,0,22,0,0,0) op_80 (v42[20:0],v28[20:0],v80[21:0]);
    wire [9:0] v81; mux #(11,9,1,0,10,0) op_81 (v75[10],v74[10:0],v0[8:0],v81[9:0]);
    wire [9:0] v82; mux #(11,9,1,0,10,0) op_82 (v78[10],v77[10:0],v0[8:0],v82[9:0]);
    wire [20:0] v83; multiplier #(12,12,1,1,21) op_83 (v20[11:0],v20[11:0],v83[20:0]);
    wire [20:0] v84; multiplier #(12,12,1,1,21) op_84 (v24[11:0],v24[11:0],v84[20:0]);
    wire [11:0] v85; multiplier #(10,2,1,1,12) op_85 (v62[9:0],v4[1:0],v85[11:0]);
    wire [22:0] v86; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_86 (v27[20:0],v11[20:0],v45[21:0],v86[22:0]);
    wire [22:0] v87; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_87 (v23[20:0],v31[20:0],v46[21:0],v87[22:0]);
    wire [22:0] v88; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_88 (v41[20:0],v40[20:0],v56[22:0],v88[22:0]);
    wire [20:0] v89; multiplier #(12,12,1,1,21) op_89 (v29[11:0],v29[11:0],v89[20:0]);
    wire [20:0] v90; multiplier #(12,12,1,1,21) op_90 (v30[11:0],v30[11:0],v90[20:0]);
    wire [20:0] v91; multiplier #(12,12,1,1,21) op_91 (v34[11:0],v34[11:0],v91[20:0]);
    wire [11:0] v92; multiplier #(10,2,1,1,12) op_92 (v81[9:0],v3[1:0],v92[11:0]);
    wire [20:0] v93; multiplier #(12,12,1,1,21) op_93 (v35[11:0],v35[11:0],v93[20:0]);
    wire [22:0] v94; ternary_adder #(22,0,0,0,22,0,0,0,21,0,0,0,23,0) op_94 (v26[21:0],v36[21:0],v67[20:0],v94[22:0]);
    wire [11:0] v95; multiplier #(10,2,1,1,12) op_95 (v82[9:0],v7[1:0],v95[11:0]);
    wire [21:0] v96; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_96 (v22[20:0],v21[20:0],v68[20:0],v96[21:0]);
    wire [22:0] v97; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_97 (v70[20:0],v72[20:0],v80[21:0],v97[22:0]);
    wire [20:0] v98; multiplier #(12,12,1,1,21) op_98 (v43[11:0],v43[11:0],v98[20:0]);
    wire [20:0] v99; multiplier #(12,12,1,1,21) op_99 (v44[11:0],v44[11:0],v99[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[20:0] = v33[20:0];
    assign model_out[42:21] = v55[21:0];
    assign model_out[63:43] = v57[20:0];
    assign model_out[86:64] = v58[22:0];
    assign model_out[107:87] = v66[20:0];
    assign model_out[119:108] = v69[11:0];
    assign model_out[131:120] = v71[11:0];
    assign model_out[143:132] = v73[11:0];
    assign model_out[165:144] = v76[21:0];
    assign model_out[185:166] = v79[19:0];
    assign model_out[206:186] = v83[20:0];
    assign model_out[227:207] = v84[20:0];
    assign model_out[239:228] = v85[11:0];
    assign model_out[262:240] = v86[22:0];
    assign model_out[285:263] = v87[22:0];
    assign model_out[308:286] = v88[22:0];
    assign model_out[329:309] = v89[20:0];
    assign model_out[350:330] = v90[20:0];
    assign model_out[371:351] = v91[20:0];
    assign model_out[383:372] = v92[11:0];
    assign model_out[404:384] = v93[20:0];
    assign model_out[427:405] = v94[22:0];
    assign model_out[439:428] = v95[11:0];
    assign model_out[461:440] = v96[21:0];
    assign model_out[484:462] = v97[22:0];
    assign model_out[505:485] = v98[20:0];
    assign model_out[526:506] = v99[20:0];

endmodule
