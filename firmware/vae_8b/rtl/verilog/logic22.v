`timescale 1 ns / 1 ps

module logic22 (
    input [854:0] model_inp,
    output [270:0] model_out
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
    wire [19:0] v10; assign v10[19:0] = model_inp[209:190];
    wire [18:0] v11; assign v11[18:0] = model_inp[228:210];
    wire [9:0] v12; assign v12[9:0] = model_inp[238:229];
    wire [18:0] v13; assign v13[18:0] = model_inp[257:239];
    wire [18:0] v14; assign v14[18:0] = model_inp[276:258];
    wire [19:0] v15; assign v15[19:0] = model_inp[296:277];
    wire [19:0] v16; assign v16[19:0] = model_inp[316:297];
    wire [19:0] v17; assign v17[19:0] = model_inp[336:317];
    wire [18:0] v18; assign v18[18:0] = model_inp[355:337];
    wire [18:0] v19; assign v19[18:0] = model_inp[374:356];
    wire [19:0] v20; assign v20[19:0] = model_inp[394:375];
    wire [20:0] v21; assign v21[20:0] = model_inp[415:395];
    wire [18:0] v22; assign v22[18:0] = model_inp[434:416];
    wire [18:0] v23; assign v23[18:0] = model_inp[453:435];
    wire [18:0] v24; assign v24[18:0] = model_inp[472:454];
    wire [18:0] v25; assign v25[18:0] = model_inp[491:473];
    wire [18:0] v26; assign v26[18:0] = model_inp[510:492];
    wire [18:0] v27; assign v27[18:0] = model_inp[529:511];
    wire [18:0] v28; assign v28[18:0] = model_inp[548:530];
    wire [18:0] v29; assign v29[18:0] = model_inp[567:549];
    wire [18:0] v30; assign v30[18:0] = model_inp[586:568];
    wire [19:0] v31; assign v31[19:0] = model_inp[606:587];
    wire [18:0] v32; assign v32[18:0] = model_inp[625:607];
    wire [18:0] v33; assign v33[18:0] = model_inp[644:626];
    wire [18:0] v34; assign v34[18:0] = model_inp[663:645];
    wire [18:0] v35; assign v35[18:0] = model_inp[682:664];
    wire [18:0] v36; assign v36[18:0] = model_inp[701:683];
    wire [18:0] v37; assign v37[18:0] = model_inp[720:702];
    wire [18:0] v38; assign v38[18:0] = model_inp[739:721];
    wire [18:0] v39; assign v39[18:0] = model_inp[758:740];
    wire [18:0] v40; assign v40[18:0] = model_inp[777:759];
    wire [18:0] v41; assign v41[18:0] = model_inp[796:778];
    wire [18:0] v42; assign v42[18:0] = model_inp[815:797];
    wire [18:0] v43; assign v43[18:0] = model_inp[834:816];
    wire [19:0] v44; assign v44[19:0] = model_inp[854:835];
    wire [19:0] v45; shift_adder #(19,19,0,0,20,0,0,0) op_45 (v13[18:0],v5[18:0],v45[19:0]);
    wire [19:0] v46; shift_adder #(19,19,0,0,20,0,0,0) op_46 (v14[18:0],v3[18:0],v46[19:0]);
    wire [19:0] v47; shift_adder #(19,19,0,0,20,0,0,0) op_47 (v7[18:0],v18[18:0],v47[19:0]);
    wire [19:0] v48; shift_adder #(19,19,0,0,20,0,0,0) op_48 (v22[18:0],v23[18:0],v48[19:0]);
    wire [19:0] v49; shift_adder #(19,19,0,0,20,0,0,0) op_49 (v25[18:0],v19[18:0],v49[19:0]);
    wire [19:0] v50; shift_adder #(19,19,0,0,20,0,0,0) op_50 (v27[18:0],v33[18:0],v50[19:0]);
    wire [20:0] v51; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_51 (v11[18:0],v6[18:0],v15[19:0],v51[20:0]);
    wire [20:0] v52; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_52 (v9[18:0],v1[18:0],v16[19:0],v52[20:0]);
    wire [20:0] v53; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_53 (v4[18:0],v2[18:0],v17[19:0],v53[20:0]);
    wire [20:0] v54; ternary_adder #(20,0,0,0,20,0,0,0,19,0,0,0,21,0) op_54 (v20[19:0],v10[19:0],v30[18:0],v54[20:0]);
    wire [20:0] v55; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_55 (v8[18:0],v0[18:0],v31[19:0],v55[20:0]);
    wire [18:0] v56; multiplier #(10,10,1,1,19) op_56 (v12[9:0],v12[9:0],v56[18:0]);
    wire [19:0] v57; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_57 (v42[18:0],v35[18:0],v28[18:0],v57[19:0]);
    wire [20:0] v58; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_58 (v36[18:0],v34[18:0],v45[19:0],v58[20:0]);
    wire [20:0] v59; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_59 (v24[18:0],v26[18:0],v47[19:0],v59[20:0]);
    wire [20:0] v60; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_60 (v43[18:0],v29[18:0],v48[19:0],v60[20:0]);
    wire [20:0] v61; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_61 (v40[18:0],v41[18:0],v49[19:0],v61[20:0]);
    wire [20:0] v62; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_62 (v37[18:0],v39[18:0],v50[19:0],v62[20:0]);
    wire [21:0] v63; ternary_adder #(20,0,0,0,21,0,0,0,19,0,0,0,22,0) op_63 (v44[19:0],v21[20:0],v56[18:0],v63[21:0]);
    wire [21:0] v64; ternary_adder #(20,0,0,0,21,0,0,0,20,0,0,0,22,0) op_64 (v46[19:0],v52[20:0],v57[19:0],v64[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v32[18:0];
    assign model_out[37:19] = v38[18:0];
    assign model_out[58:38] = v51[20:0];
    assign model_out[79:59] = v53[20:0];
    assign model_out[100:80] = v54[20:0];
    assign model_out[121:101] = v55[20:0];
    assign model_out[142:122] = v58[20:0];
    assign model_out[163:143] = v59[20:0];
    assign model_out[184:164] = v60[20:0];
    assign model_out[205:185] = v61[20:0];
    assign model_out[226:206] = v62[20:0];
    assign model_out[248:227] = v63[21:0];
    assign model_out[270:249] = v64[21:0];

endmodule
