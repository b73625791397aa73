`timescale 1 ns / 1 ps

module logic22 (
    input [883:0] model_inp,
    output [422:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [18:0] v1; assign v1[18:0] = model_inp[37:19];
    wire [18:0] v2; assign v2[18:0] = model_inp[56:38];
    wire [18:0] v3; assign v3[18:0] = model_inp[75:57];
    wire [18:0] v4; assign v4[18:0] = model_inp[94:76];
    wire [9:0] v5; assign v5[9:0] = model_inp[104:95];
    wire [9:0] v6; assign v6[9:0] = model_inp[114:105];
    wire [9:0] v7; assign v7[9:0] = model_inp[124:115];
    wire [9:0] v8; assign v8[9:0] = model_inp[134:125];
    wire [9:0] v9; assign v9[9:0] = model_inp[144:135];
    wire [9:0] v10; assign v10[9:0] = model_inp[154:145];
    wire [9:0] v11; assign v11[9:0] = model_inp[164:155];
    wire [18:0] v12; assign v12[18:0] = model_inp[183:165];
    wire [18:0] v13; assign v13[18:0] = model_inp[202:184];
    wire [18:0] v14; assign v14[18:0] = model_inp[221:203];
    wire [18:0] v15; assign v15[18:0] = model_inp[240:222];
    wire [18:0] v16; assign v16[18:0] = model_inp[259:241];
    wire [18:0] v17; assign v17[18:0] = model_inp[278:260];
    wire [18:0] v18; assign v18[18:0] = model_inp[297:279];
    wire [18:0] v19; assign v19[18:0] = model_inp[316:298];
    wire [19:0] v20; assign v20[19:0] = model_inp[336:317];
    wire [18:0] v21; assign v21[18:0] = model_inp[355:337];
    wire [18:0] v22; assign v22[18:0] = model_inp[374:356];
    wire [18:0] v23; assign v23[18:0] = model_inp[393:375];
    wire [18:0] v24; assign v24[18:0] = model_inp[412:394];
    wire [19:0] v25; assign v25[19:0] = model_inp[432:413];
    wire [18:0] v26; assign v26[18:0] = model_inp[451:433];
    wire [9:0] v27; assign v27[9:0] = model_inp[461:452];
    wire [19:0] v28; assign v28[19:0] = model_inp[481:462];
    wire [19:0] v29; assign v29[19:0] = model_inp[501:482];
    wire [18:0] v30; assign v30[18:0] = model_inp[520:502];
    wire [18:0] v31; assign v31[18:0] = model_inp[539:521];
    wire [18:0] v32; assign v32[18:0] = model_inp[558:540];
    wire [18:0] v33; assign v33[18:0] = model_inp[577:559];
    wire [18:0] v34; assign v34[18:0] = model_inp[596:578];
    wire [18:0] v35; assign v35[18:0] = model_inp[615:597];
    wire [18:0] v36; assign v36[18:0] = model_inp[634:616];
    wire [18:0] v37; assign v37[18:0] = model_inp[653:635];
    wire [18:0] v38; assign v38[18:0] = model_inp[672:654];
    wire [18:0] v39; assign v39[18:0] = model_inp[691:673];
    wire [18:0] v40; assign v40[18:0] = model_inp[710:692];
    wire [18:0] v41; assign v41[18:0] = model_inp[729:711];
    wire [18:0] v42; assign v42[18:0] = model_inp[748:730];
    wire [19:0] v43; assign v43[19:0] = model_inp[768:749];
    wire [19:0] v44; assign v44[19:0] = model_inp[788:769];
    wire [18:0] v45; assign v45[18:0] = model_inp[807:789];
    wire [18:0] v46; assign v46[18:0] = model_inp[826:808];
    wire [18:0] v47; assign v47[18:0] = model_inp[845:827];
    wire [18:0] v48; assign v48[18:0] = model_inp[864:846];
    wire [18:0] v49; assign v49[18:0] = model_inp[883:865];
    wire [18:0] v50; multiplier #(10,10,1,1,19) op_50 (v5[9:0],v5[9:0],v50[18:0]);
    wire [18:0] v51; multiplier #(10,10,1,1,19) op_51 (v6[9:0],v6[9:0],v51[18:0]);
    wire [18:0] v52; multiplier #(10,10,1,1,19) op_52 (v7[9:0],v7[9:0],v52[18:0]);
    wire [18:0] v53; multiplier #(10,10,1,1,19) op_53 (v8[9:0],v8[9:0],v53[18:0]);
    wire [18:0] v54; multiplier #(10,10,1,1,19) op_54 (v9[9:0],v9[9:0],v54[18:0]);
    wire [18:0] v55; multiplier #(10,10,1,1,19) op_55 (v10[9:0],v10[9:0],v55[18:0]);
    wire [18:0] v56; multiplier #(10,10,1,1,19) op_56 (v11[9:0],v11[9:0],v56[18:0]);
    wire [19:0] v57; shift_adder #(19,19,0,0,20,0,0,0) op_57 (v30[18:0],v32[18:0],v57[19:0]);
    wire [19:0] v58; shift_adder #(19,19,0,0,20,0,0,0) op_58 (v17[18:0],v35[18:0],v58[19:0]);
    wire [19:0] v59; shift_adder #(19,19,0,0,20,0,0,0) op_59 (v38[18:0],v23[18:0],v59[19:0]);
    wire [19:0] v60; shift_adder #(19,19,0,0,20,0,0,0) op_60 (v37[18:0],v39[18:0],v60[19:0]);
    wire [19:0] v61; shift_adder #(19,19,0,0,20,0,0,0) op_61 (v40[18:0],v46[18:0],v61[19:0]);
    wire [19:0] v62; shift_adder #(19,19,0,0,20,0,0,0) op_62 (v47[18:0],v12[18:0],v62[19:0]);
    wire [20:0] v63; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_63 (v16[18:0],v24[18:0],v28[19:0],v63[20:0]);
    wire [20:0] v64; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_64 (v3[18:0],v19[18:0],v29[19:0],v64[20:0]);
    wire [19:0] v65; shift_adder #(19,19,0,0,20,0,0,0) op_65 (v22[18:0],v55[18:0],v65[19:0]);
    wire [20:0] v66; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_66 (v14[18:0],v18[18:0],v43[19:0],v66[20:0]);
    wire [20:0] v67; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_67 (v26[18:0],v15[18:0],v44[19:0],v67[20:0]);
    wire [19:0] v68; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_68 (v0[18:0],v2[18:0],v49[18:0],v68[19:0]);
    wire [20:0] v69; ternary_adder #(19,0,0,0,20,0,0,0,19,0,0,0,21,0) op_69 (v4[18:0],v20[19:0],v45[18:0],v69[20:0]);
    wire [18:0] v70; multiplier #(10,10,1,1,19) op_70 (v27[9:0],v27[9:0],v70[18:0]);
    wire [20:0] v71; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_71 (v48[18:0],v13[18:0],v57[19:0],v71[20:0]);
    wire [20:0] v72; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_72 (v31[18:0],v53[18:0],v58[19:0],v72[20:0]);
    wire [20:0] v73; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_73 (v56[18:0],v42[18:0],v59[19:0],v73[20:0]);
    wire [20:0] v74; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_74 (v34[18:0],v33[18:0],v60[19:0],v74[20:0]);
    wire [20:0] v75; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_75 (v50[18:0],v52[18:0],v61[19:0],v75[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v1[18:0];
    assign model_out[37:19] = v21[18:0];
    assign model_out[57:38] = v25[19:0];
    assign model_out[76:58] = v36[18:0];
    assign model_out[95:77] = v41[18:0];
    assign model_out[114:96] = v51[18:0];
    assign model_out[133:115] = v54[18:0];
    assign model_out[153:134] = v62[19:0];
    assign model_out[174:154] = v63[20:0];
    assign model_out[195:175] = v64[20:0];
    assign model_out[215:196] = v65[19:0];
    assign model_out[236:216] = v66[20:0];
    assign model_out[257:237] = v67[20:0];
    assign model_out[277:258] = v68[19:0];
    assign model_out[298:278] = v69[20:0];
    assign model_out[317:299] = v70[18:0];
    assign model_out[338:318] = v71[20:0];
    assign model_out[359:339] = v72[20:0];
    assign model_out[380:360] = v73[20:0];
    assign model_out[401:381] = v74[20:0];
    assign model_out[422:402] = v75[20:0];

endmodule
