`timescale 1 ns / 1 ps

module logic4 (
    input [222:0] model_inp,
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
    wire [9:0] v11; assign v11[9:0] = model_inp[123:114];
    wire [0:0] v12; assign v12[0:0] = model_inp[124:124];
    wire [0:0] v13; assign v13[0:0] = model_inp[125:125];
    wire [10:0] v14; assign v14[10:0] = model_inp[136:126];
    wire [12:0] v15; assign v15[12:0] = model_inp[149:137];
    wire [13:0] v16; assign v16[13:0] = model_inp[163:150];
    wire [0:0] v17; assign v17[0:0] = model_inp[164:164];
    wire [0:0] v18; assign v18[0:0] = model_inp[165:165];
    wire [9:0] v19; assign v19[9:0] = model_inp[175:166];
    wire [0:0] v20; assign v20[0:0] = model_inp[176:176];
    wire [0:0] v21; assign v21[0:0] = model_inp[177:177];
    wire [10:0] v22; assign v22[10:0] = model_inp[188:178];
    wire [0:0] v23; assign v23[0:0] = model_inp[189:189];
    wire [0:0] v24; assign v24[0:0] = model_inp[190:190];
    wire [10:0] v25; assign v25[10:0] = model_inp[201:191];
    wire [0:0] v26; assign v26[0:0] = model_inp[202:202];
    wire [0:0] v27; assign v27[0:0] = model_inp[203:203];
    wire [10:0] v28; assign v28[10:0] = model_inp[214:204];
    wire [7:0] v29; assign v29[7:0] = model_inp[222:215];
    wire [0:0] v30; binop #(1,1,0,0,1,0,0) op_30 (v9, v10, v30[0:0]);
    wire [10:0] v31; shift_adder #(1,10,0,0,11,0,1,0) op_31 (v30[0:0],v11[9:0],v31[10:0]);
    wire [11:0] v32; shift_adder #(11,8,0,0,12,0,0,1) op_32 (v31[10:0],8'b11111111,v32[11:0]);
    wire [0:0] v33; binop #(1,1,0,0,1,0,0) op_33 (v12, v13, v33[0:0]);
    wire [11:0] v34; shift_adder #(1,11,0,0,12,0,1,0) op_34 (v33[0:0],v14[10:0],v34[11:0]);
    wire [12:0] v35; shift_adder #(12,8,0,0,13,0,0,1) op_35 (v34[11:0],8'b11111111,v35[12:0]);
    wire [17:0] v36; ternary_adder #(16,1,0,0,17,1,0,0,15,1,1,0,18,0) op_36 (v2[15:0],v5[16:0],v3[14:0],v36[17:0]);
    wire [17:0] v37; shift_adder #(18,1,1,0,18,0,11,0) op_37 (v36[17:0],1'b1,v37[17:0]);
    wire [16:0] v38; assign v38[16:0] = v37[16:0] & {17{~v37[17]}};
    wire [16:0] v39; shift_adder #(17,1,0,0,17,0,4,0) op_39 (v38[16:0],1'b1,v39[16:0]);
    wire [4:0] v40; assign v40[4:0] = v39[4:0];
    wire [11:0] v41; assign v41[11:0] = v39[16:5];
    wire [0:0] v42; assign v42[0:0] = |v40;
    wire [0:0] v43; assign v43[0:0] = v41[0:0];
    wire [10:0] v44; assign v44[10:0] = v41[11:1];
    wire [7:0] v45; mux #(13,8,0,0,8,0) op_45 (v16[13],v15[12:0],v0[7:0],v45[7:0]);
    wire [0:0] v46; binop #(1,1,0,0,1,0,0) op_46 (v17, v18, v46[0:0]);
    wire [10:0] v47; shift_adder #(1,10,0,0,11,0,1,0) op_47 (v46[0:0],v19[9:0],v47[10:0]);
    wire [11:0] v48; shift_adder #(11,8,0,0,12,0,0,1) op_48 (v47[10:0],8'b11111111,v48[11:0]);
    wire [0:0] v49; binop #(1,1,0,0,1,0,0) op_49 (v20, v21, v49[0:0]);
    wire [11:0] v50; shift_adder #(1,11,0,0,12,0,1,0) op_50 (v49[0:0],v22[10:0],v50[11:0]);
    wire [12:0] v51; shift_adder #(12,8,0,0,13,0,0,1) op_51 (v50[11:0],8'b11111111,v51[12:0]);
    wire [0:0] v52; binop #(1,1,0,0,1,0,0) op_52 (v23, v24, v52[0:0]);
    wire [11:0] v53; shift_adder #(1,11,0,0,12,0,1,0) op_53 (v52[0:0],v25[10:0],v53[11:0]);
    wire [12:0] v54; shift_adder #(12,8,0,0,13,0,0,1) op_54 (v53[11:0],8'b11111111,v54[12:0]);
    wire [0:0] v55; binop #(1,1,0,0,1,0,0) op_55 (v26, v27, v55[0:0]);
    wire [11:0] v56; shift_adder #(1,11,0,0,12,0,1,0) op_56 (v55[0:0],v28[10:0],v56[11:0]);
    wire [12:0] v57; shift_adder #(12,8,0,0,13,0,0,1) op_57 (v56[11:0],8'b11111111,v57[12:0]);
    wire [7:0] v58; mux #(11,8,0,0,8,0) op_58 (v32[11],v31[10:0],v0[7:0],v58[7:0]);
    wire [7:0] v59; mux #(12,8,0,0,8,0) op_59 (v35[12],v34[11:0],v0[7:0],v59[7:0]);
    wire [0:0] v60; binop #(1,1,0,0,1,0,0) op_60 (v42, v43, v60[0:0]);
    wire [11:0] v61; shift_adder #(1,11,0,0,12,0,1,0) op_61 (v60[0:0],v44[10:0],v61[11:0]);
    wire [11:0] v62; shift_adder #(12,8,0,0,12,0,0,1) op_62 (v61[11:0],8'b11111111,v62[11:0]);
    wire [7:0] v63; mux #(11,8,0,0,8,0) op_63 (v48[11],v47[10:0],v0[7:0],v63[7:0]);
    wire [7:0] v64; mux #(12,8,0,0,8,0) op_64 (v51[12],v50[11:0],v0[7:0],v64[7:0]);
    wire [7:0] v65; mux #(12,8,0,0,8,0) op_65 (v54[12],v53[11:0],v0[7:0],v65[7:0]);
    wire [7:0] v66; mux #(12,8,0,0,8,0) op_66 (v57[12],v56[11:0],v0[7:0],v66[7:0]);
    wire [17:0] v67; ternary_adder #(13,1,0,2,17,1,0,0,18,1,0,0,18,0) op_67 (v1[12:0],v7[16:0],v4[17:0],v67[17:0]);
    wire [17:0] v68; shift_adder #(18,3,1,0,18,0,7,0) op_68 (v67[17:0],3'b101,v68[17:0]);
    wire [16:0] v69; assign v69[16:0] = v68[16:0] & {17{~v68[17]}};
    wire [16:0] v70; shift_adder #(17,1,0,0,17,0,4,0) op_70 (v69[16:0],1'b1,v70[16:0]);
    wire [4:0] v71; assign v71[4:0] = v70[4:0];
    wire [11:0] v72; assign v72[11:0] = v70[16:5];
    wire [0:0] v73; assign v73[0:0] = |v71;
    wire [0:0] v74; assign v74[0:0] = v72[0:0];
    wire [10:0] v75; assign v75[10:0] = v72[11:1];
    wire [7:0] v76; mux #(12,8,0,0,8,0) op_76 (v62[11],v61[11:0],v0[7:0],v76[7:0]);
    wire [0:0] v77; binop #(1,1,0,0,1,0,0) op_77 (v73, v74, v77[0:0]);
    wire [11:0] v78; shift_adder #(1,11,0,0,12,0,1,0) op_78 (v77[0:0],v75[10:0],v78[11:0]);
    wire [12:0] v79; shift_adder #(12,8,0,0,13,0,0,1) op_79 (v78[11:0],8'b11111111,v79[12:0]);
    wire [7:0] v80; mux #(12,8,0,0,8,0) op_80 (v79[12],v78[11:0],v0[7:0],v80[7:0]);
    wire [10:0] v81; shift_adder #(8,8,0,0,11,0,-2,1) op_81 (v29[7:0],v63[7:0],v81[10:0]);
    wire [10:0] v82; shift_adder #(8,8,0,0,11,0,2,1) op_82 (v65[7:0],v6[7:0],v82[10:0]);
    wire [8:0] v83; shift_adder #(8,8,0,0,9,0,0,0) op_83 (v76[7:0],v8[7:0],v83[8:0]);
    wire [10:0] v84; ternary_adder #(8,0,0,1,8,0,0,0,8,0,0,2,11,0) op_84 (v66[7:0],v59[7:0],v64[7:0],v84[10:0]);
    wire [15:0] v85; ternary_adder #(8,0,0,0,8,0,1,7,8,0,0,0,16,0) op_85 (v64[7:0],v64[7:0],v6[7:0],v85[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[7:0] = v29[7:0];
    assign model_out[15:8] = v45[7:0];
    assign model_out[23:16] = v58[7:0];
    assign model_out[31:24] = v65[7:0];
    assign model_out[39:32] = v76[7:0];
    assign model_out[47:40] = v80[7:0];
    assign model_out[58:48] = v81[10:0];
    assign model_out[69:59] = v82[10:0];
    assign model_out[78:70] = v83[8:0];
    assign model_out[89:79] = v84[10:0];
    assign model_out[105:90] = v85[15:0];

endmodule
