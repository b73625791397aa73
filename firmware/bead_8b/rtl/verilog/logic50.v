`timescale 1 ns / 1 ps

module logic50 (
    input [606:0] model_inp,
    output [506:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [1:0] v0; assign v0[1:0] = model_inp[1:0];
    wire [1:0] v1; assign v1[1:0] = model_inp[3:2];
    wire [1:0] v2; assign v2[1:0] = model_inp[5:4];
    wire [18:0] v3; assign v3[18:0] = model_inp[24:6];
    wire [21:0] v4; assign v4[21:0] = model_inp[46:25];
    wire [10:0] v5; assign v5[10:0] = model_inp[57:47];
    wire [20:0] v6; assign v6[20:0] = model_inp[78:58];
    wire [20:0] v7; assign v7[20:0] = model_inp[99:79];
    wire [20:0] v8; assign v8[20:0] = model_inp[120:100];
    wire [11:0] v9; assign v9[11:0] = model_inp[132:121];
    wire [11:0] v10; assign v10[11:0] = model_inp[144:133];
    wire [11:0] v11; assign v11[11:0] = model_inp[156:145];
    wire [11:0] v12; assign v12[11:0] = model_inp[168:157];
    wire [11:0] v13; assign v13[11:0] = model_inp[180:169];
    wire [11:0] v14; assign v14[11:0] = model_inp[192:181];
    wire [11:0] v15; assign v15[11:0] = model_inp[204:193];
    wire [21:0] v16; assign v16[21:0] = model_inp[226:205];
    wire [21:0] v17; assign v17[21:0] = model_inp[248:227];
    wire [11:0] v18; assign v18[11:0] = model_inp[260:249];
    wire [10:0] v19; assign v19[10:0] = model_inp[271:261];
    wire [11:0] v20; assign v20[11:0] = model_inp[283:272];
    wire [22:0] v21; assign v21[22:0] = model_inp[306:284];
    wire [20:0] v22; assign v22[20:0] = model_inp[327:307];
    wire [22:0] v23; assign v23[22:0] = model_inp[350:328];
    wire [20:0] v24; assign v24[20:0] = model_inp[371:351];
    wire [20:0] v25; assign v25[20:0] = model_inp[392:372];
    wire [20:0] v26; assign v26[20:0] = model_inp[413:393];
    wire [11:0] v27; assign v27[11:0] = model_inp[425:414];
    wire [20:0] v28; assign v28[20:0] = model_inp[446:426];
    wire [20:0] v29; assign v29[20:0] = model_inp[467:447];
    wire [20:0] v30; assign v30[20:0] = model_inp[488:468];
    wire [20:0] v31; assign v31[20:0] = model_inp[509:489];
    wire [21:0] v32; assign v32[21:0] = model_inp[531:510];
    wire [21:0] v33; assign v33[21:0] = model_inp[553:532];
    wire [22:0] v34; assign v34[22:0] = model_inp[576:554];
    wire [9:0] v35; assign v35[9:0] = model_inp[586:577];
    wire [9:0] v36; assign v36[9:0] = model_inp[596:587];
    wire [9:0] v37; assign v37[9:0] = model_inp[606:597];
    wire [19:0] v38; multiplier #(11,11,1,1,20) op_38 (v5[10:0],v5[10:0],v38[19:0]);
    wire [21:0] v39; shift_adder #(21,21,0,0,22,0,0,0) op_39 (v25[20:0],v26[20:0],v39[21:0]);
    wire [10:0] v40; multiplier #(10,2,1,1,11) op_40 (v36[9:0],v1[1:0],v40[10:0]);
    wire [11:0] v41; multiplier #(10,2,1,1,12) op_41 (v35[9:0],v0[1:0],v41[11:0]);
    wire [10:0] v42; multiplier #(10,2,1,1,11) op_42 (v37[9:0],v2[1:0],v42[10:0]);
    wire [20:0] v43; multiplier #(12,12,1,1,21) op_43 (v9[11:0],v9[11:0],v43[20:0]);
    wire [20:0] v44; multiplier #(12,12,1,1,21) op_44 (v10[11:0],v10[11:0],v44[20:0]);
    wire [20:0] v45; multiplier #(12,12,1,1,21) op_45 (v11[11:0],v11[11:0],v45[20:0]);
    wire [20:0] v46; multiplier #(12,12,1,1,21) op_46 (v12[11:0],v12[11:0],v46[20:0]);
    wire [20:0] v47; multiplier #(12,12,1,1,21) op_47 (v13[11:0],v13[11:0],v47[20:0]);
    wire [20:0] v48; multiplier #(12,12,1,1,21) op_48 (v14[11:0],v14[11:0],v48[20:0]);
    wire [20:0] v49; multiplier #(12,12,1,1,21) op_49 (v15[11:0],v15[11:0],v49[20:0]);
    wire [20:0] v50; multiplier #(12,12,1,1,21) op_50 (v18[11:0],v18[11:0],v50[20:0]);
    wire [19:0] v51; multiplier #(11,11,1,1,20) op_51 (v19[10:0],v19[10:0],v51[19:0]);
    wire [21:0] v52; shift_adder #(21,21,0,0,22,0,0,0) op_52 (v24[20:0],v45[20:0],v52[21:0]);
    wire [20:0] v53; multiplier #(12,12,1,1,21) op_53 (v20[11:0],v20[11:0],v53[20:0]);
    wire [22:0] v54; ternary_adder #(22,0,0,0,23,0,0,0,20,0,0,0,23,0) op_54 (v33[21:0],v23[22:0],v38[19:0],v54[22:0]);
    wire [22:0] v55; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_55 (v29[20:0],v30[20:0],v39[21:0],v55[22:0]);
    wire [20:0] v56; multiplier #(12,12,1,1,21) op_56 (v27[11:0],v27[11:0],v56[20:0]);
    wire [21:0] v57; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_57 (v31[20:0],v8[20:0],v44[20:0],v57[21:0]);
    wire [22:0] v58; ternary_adder #(22,0,0,0,22,0,0,0,21,0,0,0,23,0) op_58 (v17[21:0],v4[21:0],v43[20:0],v58[22:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v3[18:0];
    assign model_out[39:19] = v6[20:0];
    assign model_out[60:40] = v7[20:0];
    assign model_out[82:61] = v16[21:0];
    assign model_out[105:83] = v21[22:0];
    assign model_out[126:106] = v22[20:0];
    assign model_out[147:127] = v28[20:0];
    assign model_out[169:148] = v32[21:0];
    assign model_out[192:170] = v34[22:0];
    assign model_out[203:193] = v40[10:0];
    assign model_out[215:204] = v41[11:0];
    assign model_out[226:216] = v42[10:0];
    assign model_out[247:227] = v46[20:0];
    assign model_out[268:248] = v47[20:0];
    assign model_out[289:269] = v48[20:0];
    assign model_out[310:290] = v49[20:0];
    assign model_out[331:311] = v50[20:0];
    assign model_out[351:332] = v51[19:0];
    assign model_out[373:352] = v52[21:0];
    assign model_out[394:374] = v53[20:0];
    assign model_out[417:395] = v54[22:0];
    assign model_out[440:418] = v55[22:0];
    assign model_out[461:441] = v56[20:0];
    assign model_out[483:462] = v57[21:0];
    assign model_out[506:484] = v58[22:0];

endmodule
