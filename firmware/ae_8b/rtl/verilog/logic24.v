`timescale 1 ns / 1 ps

module logic24 (
    input [574:0] model_inp,
    output [329:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [0:0] v1; assign v1[0:0] = model_inp[0:0];
    wire [18:0] v2; assign v2[18:0] = model_inp[19:1];
    wire [18:0] v3; assign v3[18:0] = model_inp[38:20];
    wire [18:0] v4; assign v4[18:0] = model_inp[57:39];
    wire [19:0] v5; assign v5[19:0] = model_inp[77:58];
    wire [19:0] v6; assign v6[19:0] = model_inp[97:78];
    wire [18:0] v7; assign v7[18:0] = model_inp[116:98];
    wire [18:0] v8; assign v8[18:0] = model_inp[135:117];
    wire [18:0] v9; assign v9[18:0] = model_inp[154:136];
    wire [9:0] v10; assign v10[9:0] = model_inp[164:155];
    wire [9:0] v11; assign v11[9:0] = model_inp[174:165];
    wire [9:0] v12; assign v12[9:0] = model_inp[184:175];
    wire [9:0] v13; assign v13[9:0] = model_inp[194:185];
    wire [9:0] v14; assign v14[9:0] = model_inp[204:195];
    wire [9:0] v15; assign v15[9:0] = model_inp[214:205];
    wire [20:0] v16; assign v16[20:0] = model_inp[235:215];
    wire [19:0] v17; assign v17[19:0] = model_inp[255:236];
    wire [19:0] v18; assign v18[19:0] = model_inp[275:256];
    wire [19:0] v19; assign v19[19:0] = model_inp[295:276];
    wire [20:0] v20; assign v20[20:0] = model_inp[316:296];
    wire [18:0] v21; assign v21[18:0] = model_inp[335:317];
    wire [18:0] v22; assign v22[18:0] = model_inp[354:336];
    wire [18:0] v23; assign v23[18:0] = model_inp[373:355];
    wire [18:0] v24; assign v24[18:0] = model_inp[392:374];
    wire [19:0] v25; assign v25[19:0] = model_inp[412:393];
    wire [19:0] v26; assign v26[19:0] = model_inp[432:413];
    wire [20:0] v27; assign v27[20:0] = model_inp[453:433];
    wire [9:0] v28; assign v28[9:0] = model_inp[463:454];
    wire [9:0] v29; assign v29[9:0] = model_inp[473:464];
    wire [10:0] v30; assign v30[10:0] = model_inp[484:474];
    wire [10:0] v31; assign v31[10:0] = model_inp[495:485];
    wire [18:0] v32; assign v32[18:0] = model_inp[514:496];
    wire [19:0] v33; assign v33[19:0] = model_inp[534:515];
    wire [19:0] v34; assign v34[19:0] = model_inp[554:535];
    wire [19:0] v35; assign v35[19:0] = model_inp[574:555];
    wire [9:0] v36; mux #(11,9,1,0,10,0) op_36 (v31[10],v30[10:0],v0[8:0],v36[9:0]);
    wire [20:0] v37; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_37 (v7[18:0],v2[18:0],v18[19:0],v37[20:0]);
    wire [18:0] v38; multiplier #(10,10,1,1,19) op_38 (v10[9:0],v10[9:0],v38[18:0]);
    wire [18:0] v39; multiplier #(10,10,1,1,19) op_39 (v11[9:0],v11[9:0],v39[18:0]);
    wire [18:0] v40; multiplier #(10,10,1,1,19) op_40 (v12[9:0],v12[9:0],v40[18:0]);
    wire [18:0] v41; multiplier #(10,10,1,1,19) op_41 (v13[9:0],v13[9:0],v41[18:0]);
    wire [18:0] v42; multiplier #(10,10,1,1,19) op_42 (v14[9:0],v14[9:0],v42[18:0]);
    wire [18:0] v43; multiplier #(10,10,1,1,19) op_43 (v15[9:0],v15[9:0],v43[18:0]);
    wire [20:0] v44; ternary_adder #(20,0,0,0,20,0,0,0,20,0,0,0,21,0) op_44 (v5[19:0],v6[19:0],v25[19:0],v44[20:0]);
    wire [20:0] v45; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_45 (v8[18:0],v9[18:0],v26[19:0],v45[20:0]);
    wire [21:0] v46; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_46 (v16[20:0],v20[20:0],v27[20:0],v46[21:0]);
    wire [9:0] v47; multiplier #(10,1,1,0,10) op_47 (v36[9:0],v1[0:0],v47[9:0]);
    wire [20:0] v48; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_48 (v23[18:0],v21[18:0],v33[19:0],v48[20:0]);
    wire [20:0] v49; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_49 (v22[18:0],v24[18:0],v34[19:0],v49[20:0]);
    wire [20:0] v50; ternary_adder #(20,0,0,0,20,0,0,0,20,0,0,0,21,0) op_50 (v19[19:0],v17[19:0],v35[19:0],v50[20:0]);
    wire [18:0] v51; multiplier #(10,10,1,1,19) op_51 (v28[9:0],v28[9:0],v51[18:0]);
    wire [18:0] v52; multiplier #(10,10,1,1,19) op_52 (v29[9:0],v29[9:0],v52[18:0]);
    wire [19:0] v53; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_53 (v4[18:0],v3[18:0],v39[18:0],v53[19:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v32[18:0];
    assign model_out[39:19] = v37[20:0];
    assign model_out[58:40] = v38[18:0];
    assign model_out[77:59] = v40[18:0];
    assign model_out[96:78] = v41[18:0];
    assign model_out[115:97] = v42[18:0];
    assign model_out[134:116] = v43[18:0];
    assign model_out[155:135] = v44[20:0];
    assign model_out[176:156] = v45[20:0];
    assign model_out[198:177] = v46[21:0];
    assign model_out[208:199] = v47[9:0];
    assign model_out[229:209] = v48[20:0];
    assign model_out[250:230] = v49[20:0];
    assign model_out[271:251] = v50[20:0];
    assign model_out[290:272] = v51[18:0];
    assign model_out[309:291] = v52[18:0];
    assign model_out[329:310] = v53[19:0];

endmodule
