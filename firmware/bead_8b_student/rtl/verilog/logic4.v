`timescale 1 ns / 1 ps

module logic4 (
    input [261:0] model_inp,
    output [84:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [7:0] v0; assign v0[7:0] = 'b11111111;
    wire [12:0] v1; assign v1[12:0] = model_inp[12:0];
    wire [12:0] v2; assign v2[12:0] = model_inp[25:13];
    wire [14:0] v3; assign v3[14:0] = model_inp[40:26];
    wire [15:0] v4; assign v4[15:0] = model_inp[56:41];
    wire [14:0] v5; assign v5[14:0] = model_inp[71:57];
    wire [14:0] v6; assign v6[14:0] = model_inp[86:72];
    wire [15:0] v7; assign v7[15:0] = model_inp[102:87];
    wire [16:0] v8; assign v8[16:0] = model_inp[119:103];
    wire [17:0] v9; assign v9[17:0] = model_inp[137:120];
    wire [16:0] v10; assign v10[16:0] = model_inp[154:138];
    wire [7:0] v11; assign v11[7:0] = model_inp[162:155];
    wire [7:0] v12; assign v12[7:0] = model_inp[170:163];
    wire [7:0] v13; assign v13[7:0] = model_inp[178:171];
    wire [7:0] v14; assign v14[7:0] = model_inp[186:179];
    wire [0:0] v15; assign v15[0:0] = model_inp[187:187];
    wire [0:0] v16; assign v16[0:0] = model_inp[188:188];
    wire [10:0] v17; assign v17[10:0] = model_inp[199:189];
    wire [0:0] v18; assign v18[0:0] = model_inp[200:200];
    wire [0:0] v19; assign v19[0:0] = model_inp[201:201];
    wire [11:0] v20; assign v20[11:0] = model_inp[213:202];
    wire [7:0] v21; assign v21[7:0] = model_inp[221:214];
    wire [0:0] v22; assign v22[0:0] = model_inp[222:222];
    wire [7:0] v23; assign v23[7:0] = model_inp[230:223];
    wire [0:0] v24; assign v24[0:0] = model_inp[231:231];
    wire [16:0] v25; assign v25[16:0] = model_inp[248:232];
    wire [0:0] v26; assign v26[0:0] = model_inp[249:249];
    wire [0:0] v27; assign v27[0:0] = model_inp[250:250];
    wire [10:0] v28; assign v28[10:0] = model_inp[261:251];
    wire [17:0] v29; ternary_adder #(16,1,0,0,15,1,0,0,18,1,0,0,18,0) op_29 (v4[15:0],v6[14:0],v9[17:0],v29[17:0]);
    wire [17:0] v30; shift_adder #(18,7,1,0,18,0,4,0) op_30 (v29[17:0],7'b1100111,v30[17:0]);
    wire [4:0] v31; assign v31[4:0] = v30[4:0];
    wire [12:0] v32; assign v32[12:0] = v30[17:5];
    wire [0:0] v33; assign v33[0:0] = |v31;
    wire [0:0] v34; assign v34[0:0] = v32[0:0];
    wire [11:0] v35; assign v35[11:0] = v32[12:1];
    wire [0:0] v36; binop #(1,1,0,0,1,0,0) op_36 (v15, v16, v36[0:0]);
    wire [11:0] v37; shift_adder #(1,11,0,1,12,0,1,0) op_37 (v36[0:0],v17[10:0],v37[11:0]);
    wire [10:0] v38; assign v38[10:0] = v37[10:0] & {11{~v37[11]}};
    wire [7:0] v39; assign v39[7:0] = v38[7:0];
    wire [2:0] v40; assign v40[2:0] = v38[10:8];
    wire [0:0] v41; assign v41[0:0] = |v40;
    wire [0:0] v42; binop #(1,1,0,0,1,0,0) op_42 (v18, v19, v42[0:0]);
    wire [12:0] v43; shift_adder #(1,12,0,1,13,0,1,0) op_43 (v42[0:0],v20[11:0],v43[12:0]);
    wire [11:0] v44; assign v44[11:0] = v43[11:0] & {12{~v43[12]}};
    wire [7:0] v45; assign v45[7:0] = v44[7:0];
    wire [3:0] v46; assign v46[3:0] = v44[11:8];
    wire [0:0] v47; assign v47[0:0] = |v46;
    wire [7:0] v48; mux #(8,8,0,0,8,0) op_48 (v22[0],v0[7:0],v21[7:0],v48[7:0]);
    wire [16:0] v49; ternary_adder #(15,1,1,0,13,1,1,0,17,1,0,0,17,0) op_49 (v5[14:0],v1[12:0],v10[16:0],v49[16:0]);
    wire [7:0] v50; mux #(8,8,0,0,8,0) op_50 (v24[0],v0[7:0],v23[7:0],v50[7:0]);
    wire [0:0] v51; binop #(1,1,0,0,1,0,0) op_51 (v26, v27, v51[0:0]);
    wire [11:0] v52; shift_adder #(1,11,0,1,12,0,1,0) op_52 (v51[0:0],v28[10:0],v52[11:0]);
    wire [10:0] v53; assign v53[10:0] = v52[10:0] & {11{~v52[11]}};
    wire [7:0] v54; assign v54[7:0] = v53[7:0];
    wire [2:0] v55; assign v55[2:0] = v53[10:8];
    wire [0:0] v56; assign v56[0:0] = |v55;
    wire [0:0] v57; binop #(1,1,0,0,1,0,0) op_57 (v33, v34, v57[0:0]);
    wire [12:0] v58; shift_adder #(1,12,0,1,13,0,1,0) op_58 (v57[0:0],v35[11:0],v58[12:0]);
    wire [11:0] v59; assign v59[11:0] = v58[11:0] & {12{~v58[12]}};
    wire [7:0] v60; assign v60[7:0] = v59[7:0];
    wire [3:0] v61; assign v61[3:0] = v59[11:8];
    wire [0:0] v62; assign v62[0:0] = |v61;
    wire [7:0] v63; mux #(8,8,0,0,8,0) op_63 (v41[0],v0[7:0],v39[7:0],v63[7:0]);
    wire [7:0] v64; mux #(8,8,0,0,8,0) op_64 (v47[0],v0[7:0],v45[7:0],v64[7:0]);
    wire [7:0] v65; mux #(8,8,0,0,8,0) op_65 (v56[0],v0[7:0],v54[7:0],v65[7:0]);
    wire [7:0] v66; mux #(8,8,0,0,8,0) op_66 (v62[0],v0[7:0],v60[7:0],v66[7:0]);
    wire [9:0] v67; shift_adder #(8,8,0,0,10,0,1,1) op_67 (v63[7:0],v12[7:0],v67[9:0]);
    wire [17:0] v68; ternary_adder #(16,1,0,0,17,1,0,0,17,1,0,0,18,0) op_68 (v7[15:0],v8[16:0],v25[16:0],v68[17:0]);
    wire [17:0] v69; shift_adder #(18,7,1,0,18,0,4,0) op_69 (v68[17:0],7'b1100011,v69[17:0]);
    wire [4:0] v70; assign v70[4:0] = v69[4:0];
    wire [12:0] v71; assign v71[12:0] = v69[17:5];
    wire [0:0] v72; assign v72[0:0] = |v70;
    wire [0:0] v73; assign v73[0:0] = v71[0:0];
    wire [11:0] v74; assign v74[11:0] = v71[12:1];
    wire [8:0] v75; shift_adder #(8,8,0,0,9,0,0,0) op_75 (v64[7:0],v14[7:0],v75[8:0]);
    wire [12:0] v76; ternary_adder #(8,0,1,0,8,0,0,3,8,0,0,3,13,0) op_76 (v13[7:0],v50[7:0],v11[7:0],v76[12:0]);
    wire [16:0] v77; ternary_adder #(13,1,0,0,15,1,0,0,17,1,0,0,17,0) op_77 (v2[12:0],v3[14:0],v49[16:0],v77[16:0]);
    wire [16:0] v78; shift_adder #(17,2,1,0,17,0,4,1) op_78 (v77[16:0],2'b11,v78[16:0]);
    wire [4:0] v79; assign v79[4:0] = v78[4:0];
    wire [11:0] v80; assign v80[11:0] = v78[16:5];
    wire [0:0] v81; assign v81[0:0] = |v79;
    wire [0:0] v82; assign v82[0:0] = v80[0:0];
    wire [10:0] v83; assign v83[10:0] = v80[11:1];
    wire [0:0] v84; binop #(1,1,0,0,1,0,0) op_84 (v72, v73, v84[0:0]);
    wire [12:0] v85; shift_adder #(1,12,0,1,13,0,1,0) op_85 (v84[0:0],v74[11:0],v85[12:0]);
    wire [11:0] v86; assign v86[11:0] = v85[11:0] & {12{~v85[12]}};
    wire [7:0] v87; assign v87[7:0] = v86[7:0];
    wire [3:0] v88; assign v88[3:0] = v86[11:8];
    wire [0:0] v89; assign v89[0:0] = |v88;
    wire [0:0] v90; binop #(1,1,0,0,1,0,0) op_90 (v81, v82, v90[0:0]);
    wire [11:0] v91; shift_adder #(1,11,0,1,12,0,1,0) op_91 (v90[0:0],v83[10:0],v91[11:0]);
    wire [10:0] v92; assign v92[10:0] = v91[10:0] & {11{~v91[11]}};
    wire [7:0] v93; assign v93[7:0] = v92[7:0];
    wire [2:0] v94; assign v94[2:0] = v92[10:8];
    wire [0:0] v95; assign v95[0:0] = |v94;
    wire [7:0] v96; mux #(8,8,0,0,8,0) op_96 (v89[0],v0[7:0],v87[7:0],v96[7:0]);
    wire [12:0] v97; shift_adder #(8,9,0,0,13,0,3,0) op_97 (v65[7:0],v75[8:0],v97[12:0]);
    wire [7:0] v98; mux #(8,8,0,0,8,0) op_98 (v95[0],v0[7:0],v93[7:0],v98[7:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[7:0] = v13[7:0];
    assign model_out[15:8] = v48[7:0];
    assign model_out[23:16] = v66[7:0];
    assign model_out[33:24] = v67[9:0];
    assign model_out[42:34] = v75[8:0];
    assign model_out[55:43] = v76[12:0];
    assign model_out[63:56] = v96[7:0];
    assign model_out[76:64] = v97[12:0];
    assign model_out[84:77] = v98[7:0];

endmodule
