`timescale 1 ns / 1 ps

module logic22 (
    input [336:0] model_inp,
    output [83:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [0:0] v1; assign v1[0:0] = 'b1;
    wire [11:0] v2; assign v2[11:0] = model_inp[11:0];
    wire [0:0] v3; assign v3[0:0] = model_inp[12:12];
    wire [0:0] v4; assign v4[0:0] = model_inp[13:13];
    wire [0:0] v5; assign v5[0:0] = model_inp[14:14];
    wire [9:0] v6; assign v6[9:0] = model_inp[24:15];
    wire [9:0] v7; assign v7[9:0] = model_inp[34:25];
    wire [9:0] v8; assign v8[9:0] = model_inp[44:35];
    wire [9:0] v9; assign v9[9:0] = model_inp[54:45];
    wire [9:0] v10; assign v10[9:0] = model_inp[64:55];
    wire [11:0] v11; assign v11[11:0] = model_inp[76:65];
    wire [9:0] v12; assign v12[9:0] = model_inp[86:77];
    wire [9:0] v13; assign v13[9:0] = model_inp[96:87];
    wire [12:0] v14; assign v14[12:0] = model_inp[109:97];
    wire [11:0] v15; assign v15[11:0] = model_inp[121:110];
    wire [9:0] v16; assign v16[9:0] = model_inp[131:122];
    wire [11:0] v17; assign v17[11:0] = model_inp[143:132];
    wire [10:0] v18; assign v18[10:0] = model_inp[154:144];
    wire [11:0] v19; assign v19[11:0] = model_inp[166:155];
    wire [11:0] v20; assign v20[11:0] = model_inp[178:167];
    wire [7:0] v21; assign v21[7:0] = model_inp[186:179];
    wire [9:0] v22; assign v22[9:0] = model_inp[196:187];
    wire [9:0] v23; assign v23[9:0] = model_inp[206:197];
    wire [9:0] v24; assign v24[9:0] = model_inp[216:207];
    wire [10:0] v25; assign v25[10:0] = model_inp[227:217];
    wire [9:0] v26; assign v26[9:0] = model_inp[237:228];
    wire [10:0] v27; assign v27[10:0] = model_inp[248:238];
    wire [10:0] v28; assign v28[10:0] = model_inp[259:249];
    wire [10:0] v29; assign v29[10:0] = model_inp[270:260];
    wire [9:0] v30; assign v30[9:0] = model_inp[280:271];
    wire [10:0] v31; assign v31[10:0] = model_inp[291:281];
    wire [10:0] v32; assign v32[10:0] = model_inp[302:292];
    wire [11:0] v33; assign v33[11:0] = model_inp[314:303];
    wire [10:0] v34; assign v34[10:0] = model_inp[325:315];
    wire [10:0] v35; assign v35[10:0] = model_inp[336:326];
    wire [9:0] v36; mux #(11,10,1,1,10,0) op_36 (v24[9],v25[10:0],v24[9:0],v36[9:0]);
    wire [9:0] v37; mux #(11,10,1,1,10,0) op_37 (v26[9],v27[10:0],v26[9:0],v37[9:0]);
    wire [9:0] v38; mux #(11,9,1,0,10,0) op_38 (v29[10],v28[10:0],v0[8:0],v38[9:0]);
    wire [9:0] v39; mux #(11,10,1,1,10,0) op_39 (v30[9],v31[10:0],v30[9:0],v39[9:0]);
    wire [10:0] v40; mux #(1,11,1,1,11,-9) op_40 (v33[11],v1[0:0],v32[10:0],v40[10:0]);
    wire [10:0] v41; shift_adder #(11,9,1,0,11,0,0,1) op_41 (v40[10:0],9'b111111111,v41[10:0]);
    wire [12:0] v42; ternary_adder #(12,0,0,0,12,0,0,0,10,0,0,0,13,0) op_42 (v11[11:0],v17[11:0],v13[9:0],v42[12:0]);
    wire [9:0] v43; mux #(11,9,1,0,10,0) op_43 (v41[10],v40[10:0],v0[8:0],v43[9:0]);
    wire [12:0] v44; shift_adder #(8,12,1,1,13,0,-3,1) op_44 (v21[7:0],v2[11:0],v44[12:0]);
    wire [12:0] v45; shift_adder #(13,1,1,0,13,0,1,0) op_45 (v44[12:0],1'b1,v45[12:0]);
    wire [1:0] v46; assign v46[1:0] = v45[1:0];
    wire [10:0] v47; assign v47[10:0] = v45[12:2];
    wire [0:0] v48; assign v48[0:0] = |v46;
    wire [0:0] v49; assign v49[0:0] = v47[0:0];
    wire [9:0] v50; assign v50[9:0] = v47[10:1];
    wire [10:0] v51; shift_adder #(10,10,0,0,11,0,0,0) op_51 (v9[9:0],v22[9:0],v51[10:0]);
    wire [10:0] v52; shift_adder #(10,10,0,0,11,0,0,0) op_52 (v23[9:0],v10[9:0],v52[10:0]);
    wire [11:0] v53; ternary_adder #(10,0,0,0,10,0,0,0,11,0,0,0,12,0) op_53 (v6[9:0],v7[9:0],v18[10:0],v53[11:0]);
    wire [9:0] v54; multiplier #(10,1,1,0,10) op_54 (v38[9:0],v4[0:0],v54[9:0]);
    wire [10:0] v55; negative #(10, 11, 1) op_55 (v54, v55[10:0]);
    wire [11:0] v56; ternary_adder #(10,0,0,0,10,0,0,0,12,0,0,0,12,0) op_56 (v8[9:0],v12[9:0],v20[11:0],v56[11:0]);
    wire [0:0] v57; binop #(1,1,0,0,1,0,0) op_57 (v48, v49, v57[0:0]);
    wire [10:0] v58; shift_adder #(1,10,0,1,11,0,1,0) op_58 (v57[0:0],v50[9:0],v58[10:0]);
    wire [11:0] v59; shift_adder #(11,1,1,0,12,0,9,0) op_59 (v58[10:0],1'b1,v59[11:0]);
    wire [9:0] v60; mux #(11,10,1,1,10,0) op_60 (v54[9],v55[10:0],v54[9:0],v60[9:0]);
    wire [9:0] v61; multiplier #(10,1,1,0,10) op_61 (v43[9:0],v5[0:0],v61[9:0]);
    wire [10:0] v62; negative #(10, 11, 1) op_62 (v61, v62[10:0]);
    wire [10:0] v63; mux #(1,11,1,1,11,-9) op_63 (v59[11],v1[0:0],v58[10:0],v63[10:0]);
    wire [10:0] v64; shift_adder #(11,9,1,0,11,0,0,1) op_64 (v63[10:0],9'b111111111,v64[10:0]);
    wire [12:0] v65; ternary_adder #(12,0,0,0,12,0,0,0,10,0,0,0,13,0) op_65 (v19[11:0],v15[11:0],v39[9:0],v65[12:0]);
    wire [9:0] v66; mux #(11,10,1,1,10,0) op_66 (v61[9],v62[10:0],v61[9:0],v66[9:0]);
    wire [9:0] v67; mux #(11,9,1,0,10,0) op_67 (v64[10],v63[10:0],v0[8:0],v67[9:0]);
    wire [11:0] v68; ternary_adder #(11,0,0,0,11,0,0,0,11,0,0,0,12,0) op_68 (v52[10:0],v51[10:0],v35[10:0],v68[11:0]);
    wire [9:0] v69; multiplier #(10,1,1,0,10) op_69 (v67[9:0],v3[0:0],v69[9:0]);
    wire [10:0] v70; negative #(10, 11, 1) op_70 (v69, v70[10:0]);
    wire [11:0] v71; ternary_adder #(10,0,0,0,10,0,0,0,11,0,0,0,12,0) op_71 (v60[9:0],v16[9:0],v34[10:0],v71[11:0]);
    wire [9:0] v72; mux #(11,10,1,1,10,0) op_72 (v69[9],v70[10:0],v69[9:0],v72[9:0]);
    wire [10:0] v73; ternary_adder #(10,0,0,0,10,0,0,0,10,0,0,0,11,0) op_73 (v37[9:0],v36[9:0],v66[9:0],v73[10:0]);
    wire [13:0] v74; ternary_adder #(12,0,0,0,13,0,0,0,13,0,0,0,14,0) op_74 (v56[11:0],v42[12:0],v65[12:0],v74[13:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[12:0] = v14[12:0];
    assign model_out[24:13] = v53[11:0];
    assign model_out[36:25] = v68[11:0];
    assign model_out[48:37] = v71[11:0];
    assign model_out[58:49] = v72[9:0];
    assign model_out[69:59] = v73[10:0];
    assign model_out[83:70] = v74[13:0];

endmodule
