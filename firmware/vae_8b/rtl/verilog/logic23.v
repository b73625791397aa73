`timescale 1 ns / 1 ps

module logic23 (
    input [985:0] model_inp,
    output [463:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [20:0] v0; assign v0[20:0] = model_inp[20:0];
    wire [20:0] v1; assign v1[20:0] = model_inp[41:21];
    wire [20:0] v2; assign v2[20:0] = model_inp[62:42];
    wire [20:0] v3; assign v3[20:0] = model_inp[83:63];
    wire [20:0] v4; assign v4[20:0] = model_inp[104:84];
    wire [20:0] v5; assign v5[20:0] = model_inp[125:105];
    wire [20:0] v6; assign v6[20:0] = model_inp[146:126];
    wire [20:0] v7; assign v7[20:0] = model_inp[167:147];
    wire [20:0] v8; assign v8[20:0] = model_inp[188:168];
    wire [20:0] v9; assign v9[20:0] = model_inp[209:189];
    wire [11:0] v10; assign v10[11:0] = model_inp[221:210];
    wire [21:0] v11; assign v11[21:0] = model_inp[243:222];
    wire [20:0] v12; assign v12[20:0] = model_inp[264:244];
    wire [20:0] v13; assign v13[20:0] = model_inp[285:265];
    wire [20:0] v14; assign v14[20:0] = model_inp[306:286];
    wire [21:0] v15; assign v15[21:0] = model_inp[328:307];
    wire [21:0] v16; assign v16[21:0] = model_inp[350:329];
    wire [20:0] v17; assign v17[20:0] = model_inp[371:351];
    wire [20:0] v18; assign v18[20:0] = model_inp[392:372];
    wire [21:0] v19; assign v19[21:0] = model_inp[414:393];
    wire [21:0] v20; assign v20[21:0] = model_inp[436:415];
    wire [21:0] v21; assign v21[21:0] = model_inp[458:437];
    wire [21:0] v22; assign v22[21:0] = model_inp[480:459];
    wire [20:0] v23; assign v23[20:0] = model_inp[501:481];
    wire [20:0] v24; assign v24[20:0] = model_inp[522:502];
    wire [20:0] v25; assign v25[20:0] = model_inp[543:523];
    wire [20:0] v26; assign v26[20:0] = model_inp[564:544];
    wire [20:0] v27; assign v27[20:0] = model_inp[585:565];
    wire [20:0] v28; assign v28[20:0] = model_inp[606:586];
    wire [20:0] v29; assign v29[20:0] = model_inp[627:607];
    wire [20:0] v30; assign v30[20:0] = model_inp[648:628];
    wire [20:0] v31; assign v31[20:0] = model_inp[669:649];
    wire [20:0] v32; assign v32[20:0] = model_inp[690:670];
    wire [20:0] v33; assign v33[20:0] = model_inp[711:691];
    wire [20:0] v34; assign v34[20:0] = model_inp[732:712];
    wire [20:0] v35; assign v35[20:0] = model_inp[753:733];
    wire [20:0] v36; assign v36[20:0] = model_inp[774:754];
    wire [20:0] v37; assign v37[20:0] = model_inp[795:775];
    wire [20:0] v38; assign v38[20:0] = model_inp[816:796];
    wire [20:0] v39; assign v39[20:0] = model_inp[837:817];
    wire [20:0] v40; assign v40[20:0] = model_inp[858:838];
    wire [21:0] v41; assign v41[21:0] = model_inp[880:859];
    wire [20:0] v42; assign v42[20:0] = model_inp[901:881];
    wire [20:0] v43; assign v43[20:0] = model_inp[922:902];
    wire [20:0] v44; assign v44[20:0] = model_inp[943:923];
    wire [20:0] v45; assign v45[20:0] = model_inp[964:944];
    wire [20:0] v46; assign v46[20:0] = model_inp[985:965];
    wire [21:0] v47; shift_adder #(21,21,0,0,22,0,0,0) op_47 (v17[20:0],v27[20:0],v47[21:0]);
    wire [21:0] v48; shift_adder #(21,21,0,0,22,0,0,0) op_48 (v36[20:0],v5[20:0],v48[21:0]);
    wire [22:0] v49; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_49 (v12[20:0],v7[20:0],v21[21:0],v49[22:0]);
    wire [22:0] v50; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_50 (v9[20:0],v13[20:0],v22[21:0],v50[22:0]);
    wire [21:0] v51; shift_adder #(21,21,0,0,22,0,0,0) op_51 (v42[20:0],v26[20:0],v51[21:0]);
    wire [21:0] v52; shift_adder #(21,21,0,0,22,0,0,0) op_52 (v24[20:0],v43[20:0],v52[21:0]);
    wire [20:0] v53; multiplier #(12,12,1,1,21) op_53 (v10[11:0],v10[11:0],v53[20:0]);
    wire [21:0] v54; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_54 (v37[20:0],v6[20:0],v31[20:0],v54[21:0]);
    wire [21:0] v55; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_55 (v2[20:0],v0[20:0],v38[20:0],v55[21:0]);
    wire [22:0] v56; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_56 (v35[20:0],v8[20:0],v20[21:0],v56[22:0]);
    wire [21:0] v57; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_57 (v3[20:0],v14[20:0],v44[20:0],v57[21:0]);
    wire [21:0] v58; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_58 (v4[20:0],v1[20:0],v45[20:0],v58[21:0]);
    wire [22:0] v59; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_59 (v29[20:0],v25[20:0],v47[21:0],v59[22:0]);
    wire [22:0] v60; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_60 (v39[20:0],v30[20:0],v48[21:0],v60[22:0]);
    wire [22:0] v61; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_61 (v46[20:0],v32[20:0],v51[21:0],v61[22:0]);
    wire [22:0] v62; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_62 (v34[20:0],v40[20:0],v52[21:0],v62[22:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[21:0] = v11[21:0];
    assign model_out[43:22] = v15[21:0];
    assign model_out[65:44] = v16[21:0];
    assign model_out[86:66] = v18[20:0];
    assign model_out[108:87] = v19[21:0];
    assign model_out[129:109] = v23[20:0];
    assign model_out[150:130] = v28[20:0];
    assign model_out[171:151] = v33[20:0];
    assign model_out[193:172] = v41[21:0];
    assign model_out[216:194] = v49[22:0];
    assign model_out[239:217] = v50[22:0];
    assign model_out[260:240] = v53[20:0];
    assign model_out[282:261] = v54[21:0];
    assign model_out[304:283] = v55[21:0];
    assign model_out[327:305] = v56[22:0];
    assign model_out[349:328] = v57[21:0];
    assign model_out[371:350] = v58[21:0];
    assign model_out[394:372] = v59[22:0];
    assign model_out[417:395] = v60[22:0];
    assign model_out[440:418] = v61[22:0];
    assign model_out[463:441] = v62[22:0];

endmodule
