`timescale 1 ns / 1 ps

module logic32 (
    input [559:0] model_inp,
    output [340:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [0:0] v1; assign v1[0:0] = model_inp[0:0];
    wire [0:0] v2; assign v2[0:0] = model_inp[1:1];
    wire [0:0] v3; assign v3[0:0] = model_inp[2:2];
    wire [18:0] v4; assign v4[18:0] = model_inp[21:3];
    wire [18:0] v5; assign v5[18:0] = model_inp[40:22];
    wire [19:0] v6; assign v6[19:0] = model_inp[60:41];
    wire [9:0] v7; assign v7[9:0] = model_inp[70:61];
    wire [9:0] v8; assign v8[9:0] = model_inp[80:71];
    wire [9:0] v9; assign v9[9:0] = model_inp[90:81];
    wire [9:0] v10; assign v10[9:0] = model_inp[100:91];
    wire [20:0] v11; assign v11[20:0] = model_inp[121:101];
    wire [20:0] v12; assign v12[20:0] = model_inp[142:122];
    wire [18:0] v13; assign v13[18:0] = model_inp[161:143];
    wire [18:0] v14; assign v14[18:0] = model_inp[180:162];
    wire [19:0] v15; assign v15[19:0] = model_inp[200:181];
    wire [19:0] v16; assign v16[19:0] = model_inp[220:201];
    wire [20:0] v17; assign v17[20:0] = model_inp[241:221];
    wire [18:0] v18; assign v18[18:0] = model_inp[260:242];
    wire [18:0] v19; assign v19[18:0] = model_inp[279:261];
    wire [18:0] v20; assign v20[18:0] = model_inp[298:280];
    wire [9:0] v21; assign v21[9:0] = model_inp[308:299];
    wire [9:0] v22; assign v22[9:0] = model_inp[318:309];
    wire [18:0] v23; assign v23[18:0] = model_inp[337:319];
    wire [18:0] v24; assign v24[18:0] = model_inp[356:338];
    wire [9:0] v25; assign v25[9:0] = model_inp[366:357];
    wire [9:0] v26; assign v26[9:0] = model_inp[376:367];
    wire [9:0] v27; assign v27[9:0] = model_inp[386:377];
    wire [18:0] v28; assign v28[18:0] = model_inp[405:387];
    wire [20:0] v29; assign v29[20:0] = model_inp[426:406];
    wire [20:0] v30; assign v30[20:0] = model_inp[447:427];
    wire [18:0] v31; assign v31[18:0] = model_inp[466:448];
    wire [18:0] v32; assign v32[18:0] = model_inp[485:467];
    wire [10:0] v33; assign v33[10:0] = model_inp[496:486];
    wire [10:0] v34; assign v34[10:0] = model_inp[507:497];
    wire [9:0] v35; assign v35[9:0] = model_inp[517:508];
    wire [19:0] v36; assign v36[19:0] = model_inp[537:518];
    wire [10:0] v37; assign v37[10:0] = model_inp[548:538];
    wire [10:0] v38; assign v38[10:0] = model_inp[559:549];
    wire [18:0] v39; multiplier #(10,10,1,1,19) op_39 (v7[9:0],v7[9:0],v39[18:0]);
    wire [9:0] v40; mux #(11,9,1,0,10,0) op_40 (v34[10],v33[10:0],v0[8:0],v40[9:0]);
    wire [9:0] v41; binop #(1,10,1,1,10,0,0) op_41 (v3, v35, v41[9:0]);
    wire [9:0] v42; mux #(11,9,1,0,10,0) op_42 (v38[10],v37[10:0],v0[8:0],v42[9:0]);
    wire [18:0] v43; multiplier #(10,10,1,1,19) op_43 (v8[9:0],v8[9:0],v43[18:0]);
    wire [18:0] v44; multiplier #(10,10,1,1,19) op_44 (v9[9:0],v9[9:0],v44[18:0]);
    wire [18:0] v45; multiplier #(10,10,1,1,19) op_45 (v10[9:0],v10[9:0],v45[18:0]);
    wire [19:0] v46; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_46 (v4[18:0],v5[18:0],v23[18:0],v46[19:0]);
    wire [9:0] v47; binop #(1,10,1,1,10,0,0) op_47 (v1, v40, v47[9:0]);
    wire [9:0] v48; binop #(1,10,1,1,10,0,0) op_48 (v2, v42, v48[9:0]);
    wire [19:0] v49; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_49 (v19[18:0],v20[18:0],v28[18:0],v49[19:0]);
    wire [18:0] v50; multiplier #(10,10,1,1,19) op_50 (v21[9:0],v21[9:0],v50[18:0]);
    wire [18:0] v51; multiplier #(10,10,1,1,19) op_51 (v22[9:0],v22[9:0],v51[18:0]);
    wire [21:0] v52; ternary_adder #(20,0,0,0,20,0,0,0,21,0,0,0,22,0) op_52 (v15[19:0],v16[19:0],v29[20:0],v52[21:0]);
    wire [21:0] v53; ternary_adder #(20,0,0,0,21,0,0,0,21,0,0,0,22,0) op_53 (v6[19:0],v11[20:0],v30[20:0],v53[21:0]);
    wire [20:0] v54; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_54 (v13[18:0],v18[18:0],v36[19:0],v54[20:0]);
    wire [19:0] v55; shift_adder #(19,19,0,0,20,0,0,0) op_55 (v31[18:0],v44[18:0],v55[19:0]);
    wire [18:0] v56; multiplier #(10,10,1,1,19) op_56 (v25[9:0],v25[9:0],v56[18:0]);
    wire [18:0] v57; multiplier #(10,10,1,1,19) op_57 (v26[9:0],v26[9:0],v57[18:0]);
    wire [18:0] v58; multiplier #(10,10,1,1,19) op_58 (v27[9:0],v27[9:0],v58[18:0]);
    wire [20:0] v59; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_59 (v24[18:0],v14[18:0],v46[19:0],v59[20:0]);
    wire [20:0] v60; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_60 (v32[18:0],v45[18:0],v49[19:0],v60[20:0]);
    wire [18:0] v61; multiplier #(10,10,1,1,19) op_61 (v41[9:0],v41[9:0],v61[18:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[20:0] = v12[20:0];
    assign model_out[41:21] = v17[20:0];
    assign model_out[60:42] = v39[18:0];
    assign model_out[79:61] = v43[18:0];
    assign model_out[89:80] = v47[9:0];
    assign model_out[99:90] = v48[9:0];
    assign model_out[118:100] = v50[18:0];
    assign model_out[137:119] = v51[18:0];
    assign model_out[159:138] = v52[21:0];
    assign model_out[181:160] = v53[21:0];
    assign model_out[202:182] = v54[20:0];
    assign model_out[222:203] = v55[19:0];
    assign model_out[241:223] = v56[18:0];
    assign model_out[260:242] = v57[18:0];
    assign model_out[279:261] = v58[18:0];
    assign model_out[300:280] = v59[20:0];
    assign model_out[321:301] = v60[20:0];
    assign model_out[340:322] = v61[18:0];

endmodule
