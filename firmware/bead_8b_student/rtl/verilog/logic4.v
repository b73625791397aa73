`timescale 1 ns / 1 ps

module logic4 (
    input [288:0] model_inp,
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
    wire [9:0] v17; assign v17[9:0] = model_inp[198:189];
    wire [0:0] v18; assign v18[0:0] = model_inp[199:199];
    wire [0:0] v19; assign v19[0:0] = model_inp[200:200];
    wire [10:0] v20; assign v20[10:0] = model_inp[211:201];
    wire [10:0] v21; assign v21[10:0] = model_inp[222:212];
    wire [11:0] v22; assign v22[11:0] = model_inp[234:223];
    wire [11:0] v23; assign v23[11:0] = model_inp[246:235];
    wire [12:0] v24; assign v24[12:0] = model_inp[259:247];
    wire [16:0] v25; assign v25[16:0] = model_inp[276:260];
    wire [0:0] v26; assign v26[0:0] = model_inp[277:277];
    wire [0:0] v27; assign v27[0:0] = model_inp[278:278];
    wire [9:0] v28; assign v28[9:0] = model_inp[288:279];
    wire [17:0] v29; ternary_adder #(16,1,0,0,15,1,0,0,18,1,0,0,18,0) op_29 (v4[15:0],v6[14:0],v9[17:0],v29[17:0]);
    wire [17:0] v30; shift_adder #(18,6,1,0,18,0,5,0) op_30 (v29[17:0],6'b110011,v30[17:0]);
    wire [16:0] v31; assign v31[16:0] = v30[16:0] & {17{~v30[17]}};
    wire [16:0] v32; shift_adder #(17,1,0,0,17,0,4,0) op_32 (v31[16:0],1'b1,v32[16:0]);
    wire [4:0] v33; assign v33[4:0] = v32[4:0];
    wire [11:0] v34; assign v34[11:0] = v32[16:5];
    wire [0:0] v35; assign v35[0:0] = |v33;
    wire [0:0] v36; assign v36[0:0] = v34[0:0];
    wire [10:0] v37; assign v37[10:0] = v34[11:1];
    wire [0:0] v38; binop #(1,1,0,0,1,0,0) op_38 (v15, v16, v38[0:0]);
    wire [10:0] v39; shift_adder #(1,10,0,0,11,0,1,0) op_39 (v38[0:0],v17[9:0],v39[10:0]);
    wire [11:0] v40; shift_adder #(11,8,0,0,12,0,0,1) op_40 (v39[10:0],8'b11111111,v40[11:0]);
    wire [0:0] v41; binop #(1,1,0,0,1,0,0) op_41 (v18, v19, v41[0:0]);
    wire [11:0] v42; shift_adder #(1,11,0,0,12,0,1,0) op_42 (v41[0:0],v20[10:0],v42[11:0]);
    wire [11:0] v43; shift_adder #(12,8,0,0,12,0,0,1) op_43 (v42[11:0],8'b11111111,v43[11:0]);
    wire [7:0] v44; mux #(11,8,0,0,8,0) op_44 (v22[11],v21[10:0],v0[7:0],v44[7:0]);
    wire [16:0] v45; ternary_adder #(15,1,1,0,13,1,1,0,17,1,0,0,17,0) op_45 (v5[14:0],v1[12:0],v10[16:0],v45[16:0]);
    wire [7:0] v46; mux #(12,8,0,0,8,0) op_46 (v24[12],v23[11:0],v0[7:0],v46[7:0]);
    wire [0:0] v47; binop #(1,1,0,0,1,0,0) op_47 (v26, v27, v47[0:0]);
    wire [10:0] v48; shift_adder #(1,10,0,0,11,0,1,0) op_48 (v47[0:0],v28[9:0],v48[10:0]);
    wire [11:0] v49; shift_adder #(11,8,0,0,12,0,0,1) op_49 (v48[10:0],8'b11111111,v49[11:0]);
    wire [0:0] v50; binop #(1,1,0,0,1,0,0) op_50 (v35, v36, v50[0:0]);
    wire [11:0] v51; shift_adder #(1,11,0,0,12,0,1,0) op_51 (v50[0:0],v37[10:0],v51[11:0]);
    wire [12:0] v52; shift_adder #(12,8,0,0,13,0,0,1) op_52 (v51[11:0],8'b11111111,v52[12:0]);
    wire [7:0] v53; mux #(11,8,0,0,8,0) op_53 (v40[11],v39[10:0],v0[7:0],v53[7:0]);
    wire [7:0] v54; mux #(12,8,0,0,8,0) op_54 (v43[11],v42[11:0],v0[7:0],v54[7:0]);
    wire [7:0] v55; mux #(11,8,0,0,8,0) op_55 (v49[11],v48[10:0],v0[7:0],v55[7:0]);
    wire [7:0] v56; mux #(12,8,0,0,8,0) op_56 (v52[12],v51[11:0],v0[7:0],v56[7:0]);
    wire [9:0] v57; shift_adder #(8,8,0,0,10,0,1,1) op_57 (v53[7:0],v12[7:0],v57[9:0]);
    wire [17:0] v58; ternary_adder #(16,1,0,0,17,1,0,0,17,1,0,0,18,0) op_58 (v7[15:0],v8[16:0],v25[16:0],v58[17:0]);
    wire [17:0] v59; shift_adder #(18,6,1,0,18,0,5,0) op_59 (v58[17:0],6'b110001,v59[17:0]);
    wire [16:0] v60; assign v60[16:0] = v59[16:0] & {17{~v59[17]}};
    wire [16:0] v61; shift_adder #(17,1,0,0,17,0,4,0) op_61 (v60[16:0],1'b1,v61[16:0]);
    wire [4:0] v62; assign v62[4:0] = v61[4:0];
    wire [11:0] v63; assign v63[11:0] = v61[16:5];
    wire [0:0] v64; assign v64[0:0] = |v62;
    wire [0:0] v65; assign v65[0:0] = v63[0:0];
    wire [10:0] v66; assign v66[10:0] = v63[11:1];
    wire [8:0] v67; shift_adder #(8,8,0,0,9,0,0,0) op_67 (v54[7:0],v14[7:0],v67[8:0]);
    wire [12:0] v68; ternary_adder #(8,0,1,0,8,0,0,3,8,0,0,3,13,0) op_68 (v13[7:0],v46[7:0],v11[7:0],v68[12:0]);
    wire [16:0] v69; ternary_adder #(13,1,0,0,15,1,0,0,17,1,0,0,17,0) op_69 (v2[12:0],v3[14:0],v45[16:0],v69[16:0]);
    wire [16:0] v70; shift_adder #(17,1,1,0,17,0,6,1) op_70 (v69[16:0],1'b1,v70[16:0]);
    wire [15:0] v71; assign v71[15:0] = v70[15:0] & {16{~v70[16]}};
    wire [15:0] v72; shift_adder #(16,1,0,0,16,0,4,0) op_72 (v71[15:0],1'b1,v72[15:0]);
    wire [4:0] v73; assign v73[4:0] = v72[4:0];
    wire [10:0] v74; assign v74[10:0] = v72[15:5];
    wire [0:0] v75; assign v75[0:0] = |v73;
    wire [0:0] v76; assign v76[0:0] = v74[0:0];
    wire [9:0] v77; assign v77[9:0] = v74[10:1];
    wire [0:0] v78; binop #(1,1,0,0,1,0,0) op_78 (v64, v65, v78[0:0]);
    wire [11:0] v79; shift_adder #(1,11,0,0,12,0,1,0) op_79 (v78[0:0],v66[10:0],v79[11:0]);
    wire [12:0] v80; shift_adder #(12,8,0,0,13,0,0,1) op_80 (v79[11:0],8'b11111111,v80[12:0]);
    wire [0:0] v81; binop #(1,1,0,0,1,0,0) op_81 (v75, v76, v81[0:0]);
    wire [10:0] v82; shift_adder #(1,10,0,0,11,0,1,0) op_82 (v81[0:0],v77[9:0],v82[10:0]);
    wire [11:0] v83; shift_adder #(11,8,0,0,12,0,0,1) op_83 (v82[10:0],8'b11111111,v83[11:0]);
    wire [7:0] v84; mux #(12,8,0,0,8,0) op_84 (v80[12],v79[11:0],v0[7:0],v84[7:0]);
    wire [12:0] v85; shift_adder #(8,9,0,0,13,0,3,0) op_85 (v55[7:0],v67[8:0],v85[12:0]);
    wire [7:0] v86; mux #(11,8,0,0,8,0) op_86 (v83[11],v82[10:0],v0[7:0],v86[7:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[7:0] = v13[7:0];
    assign model_out[15:8] = v44[7:0];
    assign model_out[23:16] = v56[7:0];
    assign model_out[33:24] = v57[9:0];
    assign model_out[42:34] = v67[8:0];
    assign model_out[55:43] = v68[12:0];
    assign model_out[63:56] = v84[7:0];
    assign model_out[76:64] = v85[12:0];
    assign model_out[84:77] = v86[7:0];

endmodule
