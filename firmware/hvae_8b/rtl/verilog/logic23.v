`timescale 1 ns / 1 ps

module logic23 (
    input [735:0] model_inp,
    output [369:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [1:0] v0; assign v0[1:0] = model_inp[1:0];
    wire [21:0] v1; assign v1[21:0] = model_inp[23:2];
    wire [20:0] v2; assign v2[20:0] = model_inp[44:24];
    wire [20:0] v3; assign v3[20:0] = model_inp[65:45];
    wire [20:0] v4; assign v4[20:0] = model_inp[86:66];
    wire [21:0] v5; assign v5[21:0] = model_inp[108:87];
    wire [11:0] v6; assign v6[11:0] = model_inp[120:109];
    wire [20:0] v7; assign v7[20:0] = model_inp[141:121];
    wire [20:0] v8; assign v8[20:0] = model_inp[162:142];
    wire [20:0] v9; assign v9[20:0] = model_inp[183:163];
    wire [20:0] v10; assign v10[20:0] = model_inp[204:184];
    wire [20:0] v11; assign v11[20:0] = model_inp[225:205];
    wire [11:0] v12; assign v12[11:0] = model_inp[237:226];
    wire [11:0] v13; assign v13[11:0] = model_inp[249:238];
    wire [20:0] v14; assign v14[20:0] = model_inp[270:250];
    wire [20:0] v15; assign v15[20:0] = model_inp[291:271];
    wire [20:0] v16; assign v16[20:0] = model_inp[312:292];
    wire [20:0] v17; assign v17[20:0] = model_inp[333:313];
    wire [21:0] v18; assign v18[21:0] = model_inp[355:334];
    wire [22:0] v19; assign v19[22:0] = model_inp[378:356];
    wire [11:0] v20; assign v20[11:0] = model_inp[390:379];
    wire [21:0] v21; assign v21[21:0] = model_inp[412:391];
    wire [21:0] v22; assign v22[21:0] = model_inp[434:413];
    wire [22:0] v23; assign v23[22:0] = model_inp[457:435];
    wire [20:0] v24; assign v24[20:0] = model_inp[478:458];
    wire [11:0] v25; assign v25[11:0] = model_inp[490:479];
    wire [20:0] v26; assign v26[20:0] = model_inp[511:491];
    wire [20:0] v27; assign v27[20:0] = model_inp[532:512];
    wire [20:0] v28; assign v28[20:0] = model_inp[553:533];
    wire [20:0] v29; assign v29[20:0] = model_inp[574:554];
    wire [9:0] v30; assign v30[9:0] = model_inp[584:575];
    wire [21:0] v31; assign v31[21:0] = model_inp[606:585];
    wire [20:0] v32; assign v32[20:0] = model_inp[627:607];
    wire [20:0] v33; assign v33[20:0] = model_inp[648:628];
    wire [21:0] v34; assign v34[21:0] = model_inp[670:649];
    wire [22:0] v35; assign v35[22:0] = model_inp[693:671];
    wire [20:0] v36; assign v36[20:0] = model_inp[714:694];
    wire [20:0] v37; assign v37[20:0] = model_inp[735:715];
    wire [11:0] v38; multiplier #(10,2,1,1,12) op_38 (v30[9:0],v0[1:0],v38[11:0]);
    wire [22:0] v39; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_39 (v10[20:0],v8[20:0],v21[21:0],v39[22:0]);
    wire [22:0] v40; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_40 (v9[20:0],v7[20:0],v22[21:0],v40[22:0]);
    wire [22:0] v41; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_41 (v2[20:0],v3[20:0],v23[22:0],v41[22:0]);
    wire [20:0] v42; multiplier #(12,12,1,1,21) op_42 (v6[11:0],v6[11:0],v42[20:0]);
    wire [20:0] v43; multiplier #(12,12,1,1,21) op_43 (v12[11:0],v12[11:0],v43[20:0]);
    wire [20:0] v44; multiplier #(12,12,1,1,21) op_44 (v13[11:0],v13[11:0],v44[20:0]);
    wire [21:0] v45; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_45 (v11[20:0],v14[20:0],v28[20:0],v45[21:0]);
    wire [22:0] v46; ternary_adder #(22,0,0,0,22,0,0,0,21,0,0,0,23,0) op_46 (v1[21:0],v18[21:0],v29[20:0],v46[22:0]);
    wire [22:0] v47; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_47 (v16[20:0],v15[20:0],v31[21:0],v47[22:0]);
    wire [21:0] v48; shift_adder #(21,21,0,0,22,0,0,0) op_48 (v36[20:0],v24[20:0],v48[21:0]);
    wire [22:0] v49; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_49 (v4[20:0],v17[20:0],v34[21:0],v49[22:0]);
    wire [20:0] v50; multiplier #(12,12,1,1,21) op_50 (v20[11:0],v20[11:0],v50[20:0]);
    wire [21:0] v51; shift_adder #(21,21,0,0,22,0,0,0) op_51 (v44[20:0],v43[20:0],v51[21:0]);
    wire [20:0] v52; multiplier #(12,12,1,1,21) op_52 (v25[11:0],v25[11:0],v52[20:0]);
    wire [21:0] v53; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_53 (v27[20:0],v37[20:0],v42[20:0],v53[21:0]);
    wire [22:0] v54; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_54 (v26[20:0],v32[20:0],v45[21:0],v54[22:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[21:0] = v5[21:0];
    assign model_out[44:22] = v19[22:0];
    assign model_out[65:45] = v33[20:0];
    assign model_out[88:66] = v35[22:0];
    assign model_out[100:89] = v38[11:0];
    assign model_out[123:101] = v39[22:0];
    assign model_out[146:124] = v40[22:0];
    assign model_out[169:147] = v41[22:0];
    assign model_out[192:170] = v46[22:0];
    assign model_out[215:193] = v47[22:0];
    assign model_out[237:216] = v48[21:0];
    assign model_out[260:238] = v49[22:0];
    assign model_out[281:261] = v50[20:0];
    assign model_out[303:282] = v51[21:0];
    assign model_out[324:304] = v52[20:0];
    assign model_out[346:325] = v53[21:0];
    assign model_out[369:347] = v54[22:0];

endmodule
