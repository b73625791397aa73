`timescale 1 ns / 1 ps

module logic40 (
    input [800:0] model_inp,
    output [459:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [18:0] v1; assign v1[18:0] = model_inp[37:19];
    wire [18:0] v2; assign v2[18:0] = model_inp[56:38];
    wire [18:0] v3; assign v3[18:0] = model_inp[75:57];
    wire [18:0] v4; assign v4[18:0] = model_inp[94:76];
    wire [18:0] v5; assign v5[18:0] = model_inp[113:95];
    wire [18:0] v6; assign v6[18:0] = model_inp[132:114];
    wire [18:0] v7; assign v7[18:0] = model_inp[151:133];
    wire [18:0] v8; assign v8[18:0] = model_inp[170:152];
    wire [18:0] v9; assign v9[18:0] = model_inp[189:171];
    wire [9:0] v10; assign v10[9:0] = model_inp[199:190];
    wire [9:0] v11; assign v11[9:0] = model_inp[209:200];
    wire [9:0] v12; assign v12[9:0] = model_inp[219:210];
    wire [18:0] v13; assign v13[18:0] = model_inp[238:220];
    wire [18:0] v14; assign v14[18:0] = model_inp[257:239];
    wire [18:0] v15; assign v15[18:0] = model_inp[276:258];
    wire [18:0] v16; assign v16[18:0] = model_inp[295:277];
    wire [9:0] v17; assign v17[9:0] = model_inp[305:296];
    wire [9:0] v18; assign v18[9:0] = model_inp[315:306];
    wire [9:0] v19; assign v19[9:0] = model_inp[325:316];
    wire [9:0] v20; assign v20[9:0] = model_inp[335:326];
    wire [9:0] v21; assign v21[9:0] = model_inp[345:336];
    wire [9:0] v22; assign v22[9:0] = model_inp[355:346];
    wire [9:0] v23; assign v23[9:0] = model_inp[365:356];
    wire [9:0] v24; assign v24[9:0] = model_inp[375:366];
    wire [9:0] v25; assign v25[9:0] = model_inp[385:376];
    wire [9:0] v26; assign v26[9:0] = model_inp[395:386];
    wire [9:0] v27; assign v27[9:0] = model_inp[405:396];
    wire [9:0] v28; assign v28[9:0] = model_inp[415:406];
    wire [9:0] v29; assign v29[9:0] = model_inp[425:416];
    wire [9:0] v30; assign v30[9:0] = model_inp[435:426];
    wire [18:0] v31; assign v31[18:0] = model_inp[454:436];
    wire [18:0] v32; assign v32[18:0] = model_inp[473:455];
    wire [19:0] v33; assign v33[19:0] = model_inp[493:474];
    wire [19:0] v34; assign v34[19:0] = model_inp[513:494];
    wire [18:0] v35; assign v35[18:0] = model_inp[532:514];
    wire [18:0] v36; assign v36[18:0] = model_inp[551:533];
    wire [18:0] v37; assign v37[18:0] = model_inp[570:552];
    wire [18:0] v38; assign v38[18:0] = model_inp[589:571];
    wire [18:0] v39; assign v39[18:0] = model_inp[608:590];
    wire [18:0] v40; assign v40[18:0] = model_inp[627:609];
    wire [18:0] v41; assign v41[18:0] = model_inp[646:628];
    wire [18:0] v42; assign v42[18:0] = model_inp[665:647];
    wire [18:0] v43; assign v43[18:0] = model_inp[684:666];
    wire [19:0] v44; assign v44[19:0] = model_inp[704:685];
    wire [18:0] v45; assign v45[18:0] = model_inp[723:705];
    wire [18:0] v46; assign v46[18:0] = model_inp[742:724];
    wire [18:0] v47; assign v47[18:0] = model_inp[761:743];
    wire [18:0] v48; assign v48[18:0] = model_inp[780:762];
    wire [19:0] v49; assign v49[19:0] = model_inp[800:781];
    wire [19:0] v50; shift_adder #(19,19,0,0,20,0,0,0) op_50 (v37[18:0],v38[18:0],v50[19:0]);
    wire [18:0] v51; multiplier #(10,10,1,1,19) op_51 (v10[9:0],v10[9:0],v51[18:0]);
    wire [19:0] v52; shift_adder #(19,19,0,0,20,0,0,0) op_52 (v42[18:0],v13[18:0],v52[19:0]);
    wire [18:0] v53; multiplier #(10,10,1,1,19) op_53 (v11[9:0],v11[9:0],v53[18:0]);
    wire [18:0] v54; multiplier #(10,10,1,1,19) op_54 (v12[9:0],v12[9:0],v54[18:0]);
    wire [19:0] v55; shift_adder #(19,19,0,0,20,0,0,0) op_55 (v43[18:0],v32[18:0],v55[19:0]);
    wire [20:0] v56; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_56 (v4[18:0],v7[18:0],v33[19:0],v56[20:0]);
    wire [18:0] v57; multiplier #(10,10,1,1,19) op_57 (v17[9:0],v17[9:0],v57[18:0]);
    wire [18:0] v58; multiplier #(10,10,1,1,19) op_58 (v18[9:0],v18[9:0],v58[18:0]);
    wire [18:0] v59; multiplier #(10,10,1,1,19) op_59 (v19[9:0],v19[9:0],v59[18:0]);
    wire [18:0] v60; multiplier #(10,10,1,1,19) op_60 (v20[9:0],v20[9:0],v60[18:0]);
    wire [18:0] v61; multiplier #(10,10,1,1,19) op_61 (v21[9:0],v21[9:0],v61[18:0]);
    wire [18:0] v62; multiplier #(10,10,1,1,19) op_62 (v22[9:0],v22[9:0],v62[18:0]);
    wire [18:0] v63; multiplier #(10,10,1,1,19) op_63 (v23[9:0],v23[9:0],v63[18:0]);
    wire [18:0] v64; multiplier #(10,10,1,1,19) op_64 (v24[9:0],v24[9:0],v64[18:0]);
    wire [18:0] v65; multiplier #(10,10,1,1,19) op_65 (v25[9:0],v25[9:0],v65[18:0]);
    wire [18:0] v66; multiplier #(10,10,1,1,19) op_66 (v26[9:0],v26[9:0],v66[18:0]);
    wire [18:0] v67; multiplier #(10,10,1,1,19) op_67 (v27[9:0],v27[9:0],v67[18:0]);
    wire [18:0] v68; multiplier #(10,10,1,1,19) op_68 (v28[9:0],v28[9:0],v68[18:0]);
    wire [18:0] v69; multiplier #(10,10,1,1,19) op_69 (v29[9:0],v29[9:0],v69[18:0]);
    wire [18:0] v70; multiplier #(10,10,1,1,19) op_70 (v30[9:0],v30[9:0],v70[18:0]);
    wire [19:0] v71; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_71 (v0[18:0],v1[18:0],v39[18:0],v71[19:0]);
    wire [20:0] v72; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_72 (v8[18:0],v3[18:0],v44[19:0],v72[20:0]);
    wire [19:0] v73; shift_adder #(19,19,0,0,20,0,0,0) op_73 (v51[18:0],v6[18:0],v73[19:0]);
    wire [19:0] v74; shift_adder #(19,19,0,0,20,0,0,0) op_74 (v47[18:0],v53[18:0],v74[19:0]);
    wire [20:0] v75; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_75 (v40[18:0],v41[18:0],v49[19:0],v75[20:0]);
    wire [19:0] v76; shift_adder #(19,19,0,0,20,0,0,0) op_76 (v9[18:0],v58[18:0],v76[19:0]);
    wire [19:0] v77; shift_adder #(19,19,0,0,20,0,0,0) op_77 (v45[18:0],v61[18:0],v77[19:0]);
    wire [19:0] v78; shift_adder #(19,19,0,0,20,0,0,0) op_78 (v63[18:0],v67[18:0],v78[19:0]);
    wire [19:0] v79; shift_adder #(19,19,0,0,20,0,0,0) op_79 (v65[18:0],v68[18:0],v79[19:0]);
    wire [19:0] v80; shift_adder #(19,19,0,0,20,0,0,0) op_80 (v60[18:0],v69[18:0],v80[19:0]);
    wire [19:0] v81; shift_adder #(19,19,0,0,20,0,0,0) op_81 (v62[18:0],v70[18:0],v81[19:0]);
    wire [20:0] v82; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_82 (v15[18:0],v5[18:0],v52[19:0],v82[20:0]);
    wire [20:0] v83; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_83 (v14[18:0],v35[18:0],v55[19:0],v83[20:0]);
    wire [20:0] v84; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_84 (v16[18:0],v36[18:0],v73[19:0],v84[20:0]);
    wire [20:0] v85; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_85 (v64[18:0],v59[18:0],v74[19:0],v85[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v2[18:0];
    assign model_out[37:19] = v31[18:0];
    assign model_out[57:38] = v34[19:0];
    assign model_out[76:58] = v46[18:0];
    assign model_out[95:77] = v48[18:0];
    assign model_out[115:96] = v50[19:0];
    assign model_out[134:116] = v54[18:0];
    assign model_out[155:135] = v56[20:0];
    assign model_out[174:156] = v57[18:0];
    assign model_out[193:175] = v66[18:0];
    assign model_out[213:194] = v71[19:0];
    assign model_out[234:214] = v72[20:0];
    assign model_out[255:235] = v75[20:0];
    assign model_out[275:256] = v76[19:0];
    assign model_out[295:276] = v77[19:0];
    assign model_out[315:296] = v78[19:0];
    assign model_out[335:316] = v79[19:0];
    assign model_out[355:336] = v80[19:0];
    assign model_out[375:356] = v81[19:0];
    assign model_out[396:376] = v82[20:0];
    assign model_out[417:397] = v83[20:0];
    assign model_out[438:418] = v84[20:0];
    assign model_out[459:439] = v85[20:0];

endmodule
