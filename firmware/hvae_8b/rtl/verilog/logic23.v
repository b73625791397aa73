`timescale 1 ns / 1 ps

module logic23 (
    input [798:0] model_inp,
    output [376:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [20:0] v0; assign v0[20:0] = model_inp[20:0];
    wire [20:0] v1; assign v1[20:0] = model_inp[41:21];
    wire [20:0] v2; assign v2[20:0] = model_inp[62:42];
    wire [11:0] v3; assign v3[11:0] = model_inp[74:63];
    wire [11:0] v4; assign v4[11:0] = model_inp[86:75];
    wire [11:0] v5; assign v5[11:0] = model_inp[98:87];
    wire [11:0] v6; assign v6[11:0] = model_inp[110:99];
    wire [20:0] v7; assign v7[20:0] = model_inp[131:111];
    wire [11:0] v8; assign v8[11:0] = model_inp[143:132];
    wire [11:0] v9; assign v9[11:0] = model_inp[155:144];
    wire [11:0] v10; assign v10[11:0] = model_inp[167:156];
    wire [11:0] v11; assign v11[11:0] = model_inp[179:168];
    wire [20:0] v12; assign v12[20:0] = model_inp[200:180];
    wire [20:0] v13; assign v13[20:0] = model_inp[221:201];
    wire [20:0] v14; assign v14[20:0] = model_inp[242:222];
    wire [21:0] v15; assign v15[21:0] = model_inp[264:243];
    wire [20:0] v16; assign v16[20:0] = model_inp[285:265];
    wire [20:0] v17; assign v17[20:0] = model_inp[306:286];
    wire [20:0] v18; assign v18[20:0] = model_inp[327:307];
    wire [20:0] v19; assign v19[20:0] = model_inp[348:328];
    wire [20:0] v20; assign v20[20:0] = model_inp[369:349];
    wire [20:0] v21; assign v21[20:0] = model_inp[390:370];
    wire [22:0] v22; assign v22[22:0] = model_inp[413:391];
    wire [20:0] v23; assign v23[20:0] = model_inp[434:414];
    wire [20:0] v24; assign v24[20:0] = model_inp[455:435];
    wire [20:0] v25; assign v25[20:0] = model_inp[476:456];
    wire [21:0] v26; assign v26[21:0] = model_inp[498:477];
    wire [21:0] v27; assign v27[21:0] = model_inp[520:499];
    wire [21:0] v28; assign v28[21:0] = model_inp[542:521];
    wire [21:0] v29; assign v29[21:0] = model_inp[564:543];
    wire [22:0] v30; assign v30[22:0] = model_inp[587:565];
    wire [20:0] v31; assign v31[20:0] = model_inp[608:588];
    wire [20:0] v32; assign v32[20:0] = model_inp[629:609];
    wire [20:0] v33; assign v33[20:0] = model_inp[650:630];
    wire [20:0] v34; assign v34[20:0] = model_inp[671:651];
    wire [20:0] v35; assign v35[20:0] = model_inp[692:672];
    wire [20:0] v36; assign v36[20:0] = model_inp[713:693];
    wire [20:0] v37; assign v37[20:0] = model_inp[734:714];
    wire [20:0] v38; assign v38[20:0] = model_inp[755:735];
    wire [20:0] v39; assign v39[20:0] = model_inp[776:756];
    wire [21:0] v40; assign v40[21:0] = model_inp[798:777];
    wire [22:0] v41; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_41 (v2[20:0],v1[20:0],v15[21:0],v41[22:0]);
    wire [20:0] v42; multiplier #(12,12,1,1,21) op_42 (v3[11:0],v3[11:0],v42[20:0]);
    wire [20:0] v43; multiplier #(12,12,1,1,21) op_43 (v4[11:0],v4[11:0],v43[20:0]);
    wire [20:0] v44; multiplier #(12,12,1,1,21) op_44 (v5[11:0],v5[11:0],v44[20:0]);
    wire [20:0] v45; multiplier #(12,12,1,1,21) op_45 (v6[11:0],v6[11:0],v45[20:0]);
    wire [20:0] v46; multiplier #(12,12,1,1,21) op_46 (v8[11:0],v8[11:0],v46[20:0]);
    wire [20:0] v47; multiplier #(12,12,1,1,21) op_47 (v9[11:0],v9[11:0],v47[20:0]);
    wire [20:0] v48; multiplier #(12,12,1,1,21) op_48 (v10[11:0],v10[11:0],v48[20:0]);
    wire [20:0] v49; multiplier #(12,12,1,1,21) op_49 (v11[11:0],v11[11:0],v49[20:0]);
    wire [21:0] v50; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_50 (v7[20:0],v0[20:0],v23[20:0],v50[21:0]);
    wire [21:0] v51; shift_adder #(21,21,0,0,22,0,0,0) op_51 (v12[20:0],v37[20:0],v51[21:0]);
    wire [22:0] v52; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_52 (v14[20:0],v13[20:0],v26[21:0],v52[22:0]);
    wire [22:0] v53; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_53 (v16[20:0],v18[20:0],v27[21:0],v53[22:0]);
    wire [22:0] v54; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_54 (v21[20:0],v19[20:0],v28[21:0],v54[22:0]);
    wire [22:0] v55; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_55 (v17[20:0],v20[20:0],v29[21:0],v55[22:0]);
    wire [21:0] v56; shift_adder #(21,21,0,0,22,0,0,0) op_56 (v45[20:0],v43[20:0],v56[21:0]);
    wire [21:0] v57; shift_adder #(21,21,0,0,22,0,0,0) op_57 (v35[20:0],v47[20:0],v57[21:0]);
    wire [21:0] v58; shift_adder #(21,21,0,0,22,0,0,0) op_58 (v36[20:0],v48[20:0],v58[21:0]);
    wire [22:0] v59; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_59 (v24[20:0],v25[20:0],v50[21:0],v59[22:0]);
    wire [22:0] v60; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_60 (v38[20:0],v39[20:0],v51[21:0],v60[22:0]);
    wire [23:0] v61; ternary_adder #(22,0,0,0,23,0,0,0,23,0,0,0,24,0) op_61 (v40[21:0],v22[22:0],v53[22:0],v61[23:0]);
    wire [22:0] v62; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_62 (v32[20:0],v34[20:0],v55[22:0],v62[22:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[22:0] = v30[22:0];
    assign model_out[43:23] = v31[20:0];
    assign model_out[64:44] = v33[20:0];
    assign model_out[87:65] = v41[22:0];
    assign model_out[108:88] = v42[20:0];
    assign model_out[129:109] = v44[20:0];
    assign model_out[150:130] = v46[20:0];
    assign model_out[171:151] = v49[20:0];
    assign model_out[194:172] = v52[22:0];
    assign model_out[217:195] = v54[22:0];
    assign model_out[239:218] = v56[21:0];
    assign model_out[261:240] = v57[21:0];
    assign model_out[283:262] = v58[21:0];
    assign model_out[306:284] = v59[22:0];
    assign model_out[329:307] = v60[22:0];
    assign model_out[353:330] = v61[23:0];
    assign model_out[376:354] = v62[22:0];

endmodule
