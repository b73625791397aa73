`timescale 1 ns / 1 ps

module logic31 (
    input [820:0] model_inp,
    output [474:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [1:0] v1; assign v1[1:0] = model_inp[1:0];
    wire [1:0] v2; assign v2[1:0] = model_inp[3:2];
    wire [1:0] v3; assign v3[1:0] = model_inp[5:4];
    wire [20:0] v4; assign v4[20:0] = model_inp[26:6];
    wire [20:0] v5; assign v5[20:0] = model_inp[47:27];
    wire [20:0] v6; assign v6[20:0] = model_inp[68:48];
    wire [21:0] v7; assign v7[21:0] = model_inp[90:69];
    wire [10:0] v8; assign v8[10:0] = model_inp[101:91];
    wire [21:0] v9; assign v9[21:0] = model_inp[123:102];
    wire [11:0] v10; assign v10[11:0] = model_inp[135:124];
    wire [20:0] v11; assign v11[20:0] = model_inp[156:136];
    wire [20:0] v12; assign v12[20:0] = model_inp[177:157];
    wire [20:0] v13; assign v13[20:0] = model_inp[198:178];
    wire [11:0] v14; assign v14[11:0] = model_inp[210:199];
    wire [20:0] v15; assign v15[20:0] = model_inp[231:211];
    wire [20:0] v16; assign v16[20:0] = model_inp[252:232];
    wire [20:0] v17; assign v17[20:0] = model_inp[273:253];
    wire [20:0] v18; assign v18[20:0] = model_inp[294:274];
    wire [20:0] v19; assign v19[20:0] = model_inp[315:295];
    wire [11:0] v20; assign v20[11:0] = model_inp[327:316];
    wire [22:0] v21; assign v21[22:0] = model_inp[350:328];
    wire [20:0] v22; assign v22[20:0] = model_inp[371:351];
    wire [11:0] v23; assign v23[11:0] = model_inp[383:372];
    wire [20:0] v24; assign v24[20:0] = model_inp[404:384];
    wire [11:0] v25; assign v25[11:0] = model_inp[416:405];
    wire [11:0] v26; assign v26[11:0] = model_inp[428:417];
    wire [21:0] v27; assign v27[21:0] = model_inp[450:429];
    wire [21:0] v28; assign v28[21:0] = model_inp[472:451];
    wire [20:0] v29; assign v29[20:0] = model_inp[493:473];
    wire [20:0] v30; assign v30[20:0] = model_inp[514:494];
    wire [20:0] v31; assign v31[20:0] = model_inp[535:515];
    wire [22:0] v32; assign v32[22:0] = model_inp[558:536];
    wire [20:0] v33; assign v33[20:0] = model_inp[579:559];
    wire [11:0] v34; assign v34[11:0] = model_inp[591:580];
    wire [11:0] v35; assign v35[11:0] = model_inp[603:592];
    wire [21:0] v36; assign v36[21:0] = model_inp[625:604];
    wire [20:0] v37; assign v37[20:0] = model_inp[646:626];
    wire [9:0] v38; assign v38[9:0] = model_inp[656:647];
    wire [20:0] v39; assign v39[20:0] = model_inp[677:657];
    wire [11:0] v40; assign v40[11:0] = model_inp[689:678];
    wire [20:0] v41; assign v41[20:0] = model_inp[710:690];
    wire [11:0] v42; assign v42[11:0] = model_inp[722:711];
    wire [20:0] v43; assign v43[20:0] = model_inp[743:723];
    wire [20:0] v44; assign v44[20:0] = model_inp[764:744];
    wire [10:0] v45; assign v45[10:0] = model_inp[775:765];
    wire [10:0] v46; assign v46[10:0] = model_inp[786:776];
    wire [10:0] v47; assign v47[10:0] = model_inp[797:787];
    wire [10:0] v48; assign v48[10:0] = model_inp[808:798];
    wire [11:0] v49; assign v49[11:0] = model_inp[820:809];
    wire [9:0] v50; mux #(11,9,1,0,10,0) op_50 (v46[10],v45[10:0],v0[8:0],v50[9:0]);
    wire [9:0] v51; mux #(11,9,1,0,10,0) op_51 (v48[10],v47[10:0],v0[8:0],v51[9:0]);
    wire [19:0] v52; multiplier #(11,11,1,1,20) op_52 (v8[10:0],v8[10:0],v52[19:0]);
    wire [21:0] v53; shift_adder #(21,21,0,0,22,0,0,0) op_53 (v31[20:0],v17[20:0],v53[21:0]);
    wire [21:0] v54; shift_adder #(21,21,0,0,22,0,0,0) op_54 (v33[20:0],v16[20:0],v54[21:0]);
    wire [22:0] v55; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_55 (v12[20:0],v11[20:0],v27[21:0],v55[22:0]);
    wire [20:0] v56; multiplier #(12,12,1,1,21) op_56 (v10[11:0],v10[11:0],v56[20:0]);
    wire [22:0] v57; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_57 (v6[20:0],v5[20:0],v28[21:0],v57[22:0]);
    wire [20:0] v58; multiplier #(12,12,1,1,21) op_58 (v14[11:0],v14[11:0],v58[20:0]);
    wire [11:0] v59; multiplier #(10,2,1,1,12) op_59 (v38[9:0],v2[1:0],v59[11:0]);
    wire [21:0] v60; shift_adder #(21,21,0,0,22,0,0,0) op_60 (v39[20:0],v41[20:0],v60[21:0]);
    wire [20:0] v61; multiplier #(12,12,1,1,21) op_61 (v20[11:0],v20[11:0],v61[20:0]);
    wire [22:0] v62; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_62 (v13[20:0],v4[20:0],v36[21:0],v62[22:0]);
    wire [20:0] v63; multiplier #(12,12,1,1,21) op_63 (v23[11:0],v23[11:0],v63[20:0]);
    wire [11:0] v64; multiplier #(10,2,1,1,12) op_64 (v50[9:0],v1[1:0],v64[11:0]);
    wire [11:0] v65; multiplier #(10,2,1,1,12) op_65 (v51[9:0],v3[1:0],v65[11:0]);
    wire [20:0] v66; multiplier #(12,12,1,1,21) op_66 (v25[11:0],v25[11:0],v66[20:0]);
    wire [20:0] v67; multiplier #(12,12,1,1,21) op_67 (v26[11:0],v26[11:0],v67[20:0]);
    wire [22:0] v68; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_68 (v18[20:0],v19[20:0],v53[21:0],v68[22:0]);
    wire [22:0] v69; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_69 (v30[20:0],v15[20:0],v54[21:0],v69[22:0]);
    wire [20:0] v70; multiplier #(12,12,1,1,21) op_70 (v34[11:0],v34[11:0],v70[20:0]);
    wire [20:0] v71; multiplier #(12,12,1,1,21) op_71 (v35[11:0],v35[11:0],v71[20:0]);
    wire [22:0] v72; ternary_adder #(22,0,0,0,22,0,0,0,21,0,0,0,23,0) op_72 (v9[21:0],v7[21:0],v56[20:0],v72[22:0]);
    wire [22:0] v73; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_73 (v22[20:0],v24[20:0],v57[22:0],v73[22:0]);
    wire [21:0] v74; ternary_adder #(20,0,0,0,21,0,0,0,21,0,0,0,22,0) op_74 (v52[19:0],v29[20:0],v61[20:0],v74[21:0]);
    wire [22:0] v75; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_75 (v44[20:0],v43[20:0],v60[21:0],v75[22:0]);
    wire [20:0] v76; multiplier #(12,12,1,1,21) op_76 (v40[11:0],v40[11:0],v76[20:0]);
    wire [20:0] v77; multiplier #(12,12,1,1,21) op_77 (v42[11:0],v42[11:0],v77[20:0]);
    wire [20:0] v78; multiplier #(12,12,1,1,21) op_78 (v49[11:0],v49[11:0],v78[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[22:0] = v21[22:0];
    assign model_out[45:23] = v32[22:0];
    assign model_out[66:46] = v37[20:0];
    assign model_out[89:67] = v55[22:0];
    assign model_out[110:90] = v58[20:0];
    assign model_out[122:111] = v59[11:0];
    assign model_out[145:123] = v62[22:0];
    assign model_out[166:146] = v63[20:0];
    assign model_out[178:167] = v64[11:0];
    assign model_out[190:179] = v65[11:0];
    assign model_out[211:191] = v66[20:0];
    assign model_out[232:212] = v67[20:0];
    assign model_out[255:233] = v68[22:0];
    assign model_out[278:256] = v69[22:0];
    assign model_out[299:279] = v70[20:0];
    assign model_out[320:300] = v71[20:0];
    assign model_out[343:321] = v72[22:0];
    assign model_out[366:344] = v73[22:0];
    assign model_out[388:367] = v74[21:0];
    assign model_out[411:389] = v75[22:0];
    assign model_out[432:412] = v76[20:0];
    assign model_out[453:433] = v77[20:0];
    assign model_out[474:454] = v78[20:0];

endmodule
