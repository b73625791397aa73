`timescale 1 ns / 1 ps

module logic4 (
    input [210:0] model_inp,
    output [105:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [7:0] v0; assign v0[7:0] = 'b11111111;
    wire [12:0] v1; assign v1[12:0] = model_inp[12:0];
    wire [15:0] v2; assign v2[15:0] = model_inp[28:13];
    wire [14:0] v3; assign v3[14:0] = model_inp[43:29];
    wire [17:0] v4; assign v4[17:0] = model_inp[61:44];
    wire [16:0] v5; assign v5[16:0] = model_inp[78:62];
    wire [7:0] v6; assign v6[7:0] = model_inp[86:79];
    wire [16:0] v7; assign v7[16:0] = model_inp[103:87];
    wire [7:0] v8; assign v8[7:0] = model_inp[111:104];
    wire [0:0] v9; assign v9[0:0] = model_inp[112:112];
    wire [0:0] v10; assign v10[0:0] = model_inp[113:113];
    wire [10:0] v11; assign v11[10:0] = model_inp[124:114];
    wire [0:0] v12; assign v12[0:0] = model_inp[125:125];
    wire [0:0] v13; assign v13[0:0] = model_inp[126:126];
    wire [11:0] v14; assign v14[11:0] = model_inp[138:127];
    wire [7:0] v15; assign v15[7:0] = model_inp[146:139];
    wire [0:0] v16; assign v16[0:0] = model_inp[147:147];
    wire [0:0] v17; assign v17[0:0] = model_inp[148:148];
    wire [0:0] v18; assign v18[0:0] = model_inp[149:149];
    wire [10:0] v19; assign v19[10:0] = model_inp[160:150];
    wire [0:0] v20; assign v20[0:0] = model_inp[161:161];
    wire [0:0] v21; assign v21[0:0] = model_inp[162:162];
    wire [11:0] v22; assign v22[11:0] = model_inp[174:163];
    wire [0:0] v23; assign v23[0:0] = model_inp[175:175];
    wire [0:0] v24; assign v24[0:0] = model_inp[176:176];
    wire [11:0] v25; assign v25[11:0] = model_inp[188:177];
    wire [0:0] v26; assign v26[0:0] = model_inp[189:189];
    wire [0:0] v27; assign v27[0:0] = model_inp[190:190];
    wire [11:0] v28; assign v28[11:0] = model_inp[202:191];
    wire [7:0] v29; assign v29[7:0] = model_inp[210:203];
    wire [0:0] v30; binop #(1,1,0,0,1,0,0) op_30 (v9, v10, v30[0:0]);
    wire [11:0] v31; shift_adder #(1,11,0,1,12,0,1,0) op_31 (v30[0:0],v11[10:0],v31[11:0]);
    wire [10:0] v32; assign v32[10:0] = v31[10:0] & {11{~v31[11]}};
    wire [7:0] v33; assign v33[7:0] = v32[7:0];
    wire [2:0] v34; assign v34[2:0] = v32[10:8];
    wire [0:0] v35; assign v35[0:0] = |v34;
    wire [0:0] v36; binop #(1,1,0,0,1,0,0) op_36 (v12, v13, v36[0:0]);
    wire [12:0] v37; shift_adder #(1,12,0,1,13,0,1,0) op_37 (v36[0:0],v14[11:0],v37[12:0]);
    wire [11:0] v38; assign v38[11:0] = v37[11:0] & {12{~v37[12]}};
    wire [7:0] v39; assign v39[7:0] = v38[7:0];
    wire [3:0] v40; assign v40[3:0] = v38[11:8];
    wire [0:0] v41; assign v41[0:0] = |v40;
    wire [17:0] v42; ternary_adder #(16,1,0,0,17,1,0,0,15,1,1,0,18,0) op_42 (v2[15:0],v5[16:0],v3[14:0],v42[17:0]);
    wire [17:0] v43; shift_adder #(18,8,1,0,18,0,4,0) op_43 (v42[17:0],8'b10000001,v43[17:0]);
    wire [4:0] v44; assign v44[4:0] = v43[4:0];
    wire [12:0] v45; assign v45[12:0] = v43[17:5];
    wire [0:0] v46; assign v46[0:0] = |v44;
    wire [0:0] v47; assign v47[0:0] = v45[0:0];
    wire [11:0] v48; assign v48[11:0] = v45[12:1];
    wire [7:0] v49; mux #(8,8,0,0,8,0) op_49 (v16[0],v0[7:0],v15[7:0],v49[7:0]);
    wire [0:0] v50; binop #(1,1,0,0,1,0,0) op_50 (v17, v18, v50[0:0]);
    wire [11:0] v51; shift_adder #(1,11,0,1,12,0,1,0) op_51 (v50[0:0],v19[10:0],v51[11:0]);
    wire [10:0] v52; assign v52[10:0] = v51[10:0] & {11{~v51[11]}};
    wire [7:0] v53; assign v53[7:0] = v52[7:0];
    wire [2:0] v54; assign v54[2:0] = v52[10:8];
    wire [0:0] v55; assign v55[0:0] = |v54;
    wire [0:0] v56; binop #(1,1,0,0,1,0,0) op_56 (v20, v21, v56[0:0]);
    wire [12:0] v57; shift_adder #(1,12,0,1,13,0,1,0) op_57 (v56[0:0],v22[11:0],v57[12:0]);
    wire [11:0] v58; assign v58[11:0] = v57[11:0] & {12{~v57[12]}};
    wire [7:0] v59; assign v59[7:0] = v58[7:0];
    wire [3:0] v60; assign v60[3:0] = v58[11:8];
    wire [0:0] v61; assign v61[0:0] = |v60;
    wire [0:0] v62; binop #(1,1,0,0,1,0,0) op_62 (v23, v24, v62[0:0]);
    wire [12:0] v63; shift_adder #(1,12,0,1,13,0,1,0) op_63 (v62[0:0],v25[11:0],v63[12:0]);
    wire [11:0] v64; assign v64[11:0] = v63[11:0] & {12{~v63[12]}};
    wire [7:0] v65; assign v65[7:0] = v64[7:0];
    wire [3:0] v66; assign v66[3:0] = v64[11:8];
    wire [0:0] v67; assign v67[0:0] = |v66;
    wire [0:0] v68; binop #(1,1,0,0,1,0,0) op_68 (v26, v27, v68[0:0]);
    wire [12:0] v69; shift_adder #(1,12,0,1,13,0,1,0) op_69 (v68[0:0],v28[11:0],v69[12:0]);
    wire [11:0] v70; assign v70[11:0] = v69[11:0] & {12{~v69[12]}};
    wire [7:0] v71; assign v71[7:0] = v70[7:0];
    wire [3:0] v72; assign v72[3:0] = v70[11:8];
    wire [0:0] v73; assign v73[0:0] = |v72;
    wire [7:0] v74; mux #(8,8,0,0,8,0) op_74 (v35[0],v0[7:0],v33[7:0],v74[7:0]);
    wire [7:0] v75; mux #(8,8,0,0,8,0) op_75 (v41[0],v0[7:0],v39[7:0],v75[7:0]);
    wire [0:0] v76; binop #(1,1,0,0,1,0,0) op_76 (v46, v47, v76[0:0]);
    wire [12:0] v77; shift_adder #(1,12,0,1,13,0,1,0) op_77 (v76[0:0],v48[11:0],v77[12:0]);
    wire [11:0] v78; assign v78[11:0] = v77[11:0] & {12{~v77[12]}};
    wire [7:0] v79; assign v79[7:0] = v78[7:0];
    wire [3:0] v80; assign v80[3:0] = v78[11:8];
    wire [0:0] v81; assign v81[0:0] = |v80;
    wire [7:0] v82; mux #(8,8,0,0,8,0) op_82 (v55[0],v0[7:0],v53[7:0],v82[7:0]);
    wire [7:0] v83; mux #(8,8,0,0,8,0) op_83 (v61[0],v0[7:0],v59[7:0],v83[7:0]);
    wire [7:0] v84; mux #(8,8,0,0,8,0) op_84 (v67[0],v0[7:0],v65[7:0],v84[7:0]);
    wire [7:0] v85; mux #(8,8,0,0,8,0) op_85 (v73[0],v0[7:0],v71[7:0],v85[7:0]);
    wire [17:0] v86; ternary_adder #(13,1,0,2,17,1,0,0,18,1,0,0,18,0) op_86 (v1[12:0],v7[16:0],v4[17:0],v86[17:0]);
    wire [17:0] v87; shift_adder #(18,6,1,0,18,0,4,0) op_87 (v86[17:0],6'b101001,v87[17:0]);
    wire [4:0] v88; assign v88[4:0] = v87[4:0];
    wire [12:0] v89; assign v89[12:0] = v87[17:5];
    wire [0:0] v90; assign v90[0:0] = |v88;
    wire [0:0] v91; assign v91[0:0] = v89[0:0];
    wire [11:0] v92; assign v92[11:0] = v89[12:1];
    wire [7:0] v93; mux #(8,8,0,0,8,0) op_93 (v81[0],v0[7:0],v79[7:0],v93[7:0]);
    wire [0:0] v94; binop #(1,1,0,0,1,0,0) op_94 (v90, v91, v94[0:0]);
    wire [12:0] v95; shift_adder #(1,12,0,1,13,0,1,0) op_95 (v94[0:0],v92[11:0],v95[12:0]);
    wire [11:0] v96; assign v96[11:0] = v95[11:0] & {12{~v95[12]}};
    wire [7:0] v97; assign v97[7:0] = v96[7:0];
    wire [3:0] v98; assign v98[3:0] = v96[11:8];
    wire [0:0] v99; assign v99[0:0] = |v98;
    wire [7:0] v100; mux #(8,8,0,0,8,0) op_100 (v99[0],v0[7:0],v97[7:0],v100[7:0]);
    wire [10:0] v101; shift_adder #(8,8,0,0,11,0,-2,1) op_101 (v29[7:0],v82[7:0],v101[10:0]);
    wire [10:0] v102; shift_adder #(8,8,0,0,11,0,2,1) op_102 (v84[7:0],v6[7:0],v102[10:0]);
    wire [8:0] v103; shift_adder #(8,8,0,0,9,0,0,0) op_103 (v93[7:0],v8[7:0],v103[8:0]);
    wire [10:0] v104; ternary_adder #(8,0,0,1,8,0,0,0,8,0,0,2,11,0) op_104 (v85[7:0],v75[7:0],v83[7:0],v104[10:0]);
    wire [15:0] v105; ternary_adder #(8,0,0,0,8,0,1,7,8,0,0,0,16,0) op_105 (v83[7:0],v83[7:0],v6[7:0],v105[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[7:0] = v29[7:0];
    assign model_out[15:8] = v49[7:0];
    assign model_out[23:16] = v74[7:0];
    assign model_out[31:24] = v84[7:0];
    assign model_out[39:32] = v93[7:0];
    assign model_out[47:40] = v100[7:0];
    assign model_out[58:48] = v101[10:0];
    assign model_out[69:59] = v102[10:0];
    assign model_out[78:70] = v103[8:0];
    assign model_out[89:79] = v104[10:0];
    assign model_out[105:90] = v105[15:0];

endmodule
