`timescale 1 ns / 1 ps

module logic23 (
    input [644:0] model_inp,
    output [335:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [0:0] v0; assign v0[0:0] = model_inp[0:0];
    wire [19:0] v1; assign v1[19:0] = model_inp[20:1];
    wire [18:0] v2; assign v2[18:0] = model_inp[39:21];
    wire [18:0] v3; assign v3[18:0] = model_inp[58:40];
    wire [18:0] v4; assign v4[18:0] = model_inp[77:59];
    wire [19:0] v5; assign v5[19:0] = model_inp[97:78];
    wire [9:0] v6; assign v6[9:0] = model_inp[107:98];
    wire [9:0] v7; assign v7[9:0] = model_inp[117:108];
    wire [18:0] v8; assign v8[18:0] = model_inp[136:118];
    wire [18:0] v9; assign v9[18:0] = model_inp[155:137];
    wire [18:0] v10; assign v10[18:0] = model_inp[174:156];
    wire [18:0] v11; assign v11[18:0] = model_inp[193:175];
    wire [18:0] v12; assign v12[18:0] = model_inp[212:194];
    wire [18:0] v13; assign v13[18:0] = model_inp[231:213];
    wire [18:0] v14; assign v14[18:0] = model_inp[250:232];
    wire [18:0] v15; assign v15[18:0] = model_inp[269:251];
    wire [9:0] v16; assign v16[9:0] = model_inp[279:270];
    wire [9:0] v17; assign v17[9:0] = model_inp[289:280];
    wire [9:0] v18; assign v18[9:0] = model_inp[299:290];
    wire [19:0] v19; assign v19[19:0] = model_inp[319:300];
    wire [20:0] v20; assign v20[20:0] = model_inp[340:320];
    wire [18:0] v21; assign v21[18:0] = model_inp[359:341];
    wire [20:0] v22; assign v22[20:0] = model_inp[380:360];
    wire [19:0] v23; assign v23[19:0] = model_inp[400:381];
    wire [19:0] v24; assign v24[19:0] = model_inp[420:401];
    wire [9:0] v25; assign v25[9:0] = model_inp[430:421];
    wire [18:0] v26; assign v26[18:0] = model_inp[449:431];
    wire [18:0] v27; assign v27[18:0] = model_inp[468:450];
    wire [18:0] v28; assign v28[18:0] = model_inp[487:469];
    wire [18:0] v29; assign v29[18:0] = model_inp[506:488];
    wire [18:0] v30; assign v30[18:0] = model_inp[525:507];
    wire [19:0] v31; assign v31[19:0] = model_inp[545:526];
    wire [18:0] v32; assign v32[18:0] = model_inp[564:546];
    wire [18:0] v33; assign v33[18:0] = model_inp[583:565];
    wire [9:0] v34; assign v34[9:0] = model_inp[593:584];
    wire [19:0] v35; assign v35[19:0] = model_inp[613:594];
    wire [20:0] v36; assign v36[20:0] = model_inp[634:614];
    wire [9:0] v37; assign v37[9:0] = model_inp[644:635];
    wire [18:0] v38; multiplier #(10,10,1,1,19) op_38 (v6[9:0],v6[9:0],v38[18:0]);
    wire [18:0] v39; multiplier #(10,10,1,1,19) op_39 (v7[9:0],v7[9:0],v39[18:0]);
    wire [20:0] v40; ternary_adder #(19,0,0,0,19,0,0,0,21,0,0,0,21,0) op_40 (v2[18:0],v3[18:0],v22[20:0],v40[20:0]);
    wire [20:0] v41; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_41 (v11[18:0],v9[18:0],v23[19:0],v41[20:0]);
    wire [20:0] v42; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_42 (v10[18:0],v8[18:0],v24[19:0],v42[20:0]);
    wire [18:0] v43; multiplier #(10,10,1,1,19) op_43 (v16[9:0],v16[9:0],v43[18:0]);
    wire [18:0] v44; multiplier #(10,10,1,1,19) op_44 (v17[9:0],v17[9:0],v44[18:0]);
    wire [9:0] v45; multiplier #(10,1,1,0,10) op_45 (v37[9:0],v0[0:0],v45[9:0]);
    wire [18:0] v46; multiplier #(10,10,1,1,19) op_46 (v18[9:0],v18[9:0],v46[18:0]);
    wire [19:0] v47; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_47 (v12[18:0],v13[18:0],v29[18:0],v47[19:0]);
    wire [20:0] v48; ternary_adder #(20,0,0,0,20,0,0,0,19,0,0,0,21,0) op_48 (v1[19:0],v19[19:0],v30[18:0],v48[20:0]);
    wire [20:0] v49; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_49 (v15[18:0],v14[18:0],v31[19:0],v49[20:0]);
    wire [19:0] v50; shift_adder #(19,19,0,0,20,0,0,0) op_50 (v38[18:0],v26[18:0],v50[19:0]);
    wire [20:0] v51; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_51 (v4[18:0],v21[18:0],v35[19:0],v51[20:0]);
    wire [18:0] v52; multiplier #(10,10,1,1,19) op_52 (v25[9:0],v25[9:0],v52[18:0]);
    wire [19:0] v53; shift_adder #(19,19,0,0,20,0,0,0) op_53 (v46[18:0],v44[18:0],v53[19:0]);
    wire [18:0] v54; multiplier #(10,10,1,1,19) op_54 (v34[9:0],v34[9:0],v54[18:0]);
    wire [19:0] v55; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_55 (v28[18:0],v39[18:0],v43[18:0],v55[19:0]);
    wire [20:0] v56; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_56 (v27[18:0],v32[18:0],v47[19:0],v56[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[19:0] = v5[19:0];
    assign model_out[40:20] = v20[20:0];
    assign model_out[59:41] = v33[18:0];
    assign model_out[80:60] = v36[20:0];
    assign model_out[101:81] = v40[20:0];
    assign model_out[122:102] = v41[20:0];
    assign model_out[143:123] = v42[20:0];
    assign model_out[153:144] = v45[9:0];
    assign model_out[174:154] = v48[20:0];
    assign model_out[195:175] = v49[20:0];
    assign model_out[215:196] = v50[19:0];
    assign model_out[236:216] = v51[20:0];
    assign model_out[255:237] = v52[18:0];
    assign model_out[275:256] = v53[19:0];
    assign model_out[294:276] = v54[18:0];
    assign model_out[314:295] = v55[19:0];
    assign model_out[335:315] = v56[20:0];

endmodule
