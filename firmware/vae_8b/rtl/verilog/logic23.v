`timescale 1 ns / 1 ps

module logic23 (
    input [569:0] model_inp,
    output [148:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [18:0] v1; assign v1[18:0] = model_inp[37:19];
    wire [18:0] v2; assign v2[18:0] = model_inp[56:38];
    wire [19:0] v3; assign v3[19:0] = model_inp[76:57];
    wire [18:0] v4; assign v4[18:0] = model_inp[95:77];
    wire [19:0] v5; assign v5[19:0] = model_inp[115:96];
    wire [18:0] v6; assign v6[18:0] = model_inp[134:116];
    wire [18:0] v7; assign v7[18:0] = model_inp[153:135];
    wire [20:0] v8; assign v8[20:0] = model_inp[174:154];
    wire [18:0] v9; assign v9[18:0] = model_inp[193:175];
    wire [18:0] v10; assign v10[18:0] = model_inp[212:194];
    wire [18:0] v11; assign v11[18:0] = model_inp[231:213];
    wire [18:0] v12; assign v12[18:0] = model_inp[250:232];
    wire [18:0] v13; assign v13[18:0] = model_inp[269:251];
    wire [19:0] v14; assign v14[19:0] = model_inp[289:270];
    wire [18:0] v15; assign v15[18:0] = model_inp[308:290];
    wire [20:0] v16; assign v16[20:0] = model_inp[329:309];
    wire [19:0] v17; assign v17[19:0] = model_inp[349:330];
    wire [19:0] v18; assign v18[19:0] = model_inp[369:350];
    wire [19:0] v19; assign v19[19:0] = model_inp[389:370];
    wire [19:0] v20; assign v20[19:0] = model_inp[409:390];
    wire [20:0] v21; assign v21[20:0] = model_inp[430:410];
    wire [19:0] v22; assign v22[19:0] = model_inp[450:431];
    wire [19:0] v23; assign v23[19:0] = model_inp[470:451];
    wire [19:0] v24; assign v24[19:0] = model_inp[490:471];
    wire [18:0] v25; assign v25[18:0] = model_inp[509:491];
    wire [19:0] v26; assign v26[19:0] = model_inp[529:510];
    wire [19:0] v27; assign v27[19:0] = model_inp[549:530];
    wire [19:0] v28; assign v28[19:0] = model_inp[569:550];
    wire [21:0] v29; ternary_adder #(20,0,0,0,21,0,0,0,21,0,0,0,22,0) op_29 (v14[19:0],v8[20:0],v16[20:0],v29[21:0]);
    wire [20:0] v30; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_30 (v0[18:0],v12[18:0],v17[19:0],v30[20:0]);
    wire [20:0] v31; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_31 (v2[18:0],v1[18:0],v20[19:0],v31[20:0]);
    wire [20:0] v32; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_32 (v15[18:0],v10[18:0],v22[19:0],v32[20:0]);
    wire [20:0] v33; ternary_adder #(20,0,0,0,20,0,0,0,20,0,0,0,21,0) op_33 (v5[19:0],v3[19:0],v23[19:0],v33[20:0]);
    wire [20:0] v34; ternary_adder #(20,0,0,0,20,0,0,0,20,0,0,0,21,0) op_34 (v19[19:0],v18[19:0],v24[19:0],v34[20:0]);
    wire [19:0] v35; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_35 (v6[18:0],v11[18:0],v25[18:0],v35[19:0]);
    wire [20:0] v36; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_36 (v13[18:0],v7[18:0],v27[19:0],v36[20:0]);
    wire [20:0] v37; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_37 (v9[18:0],v4[18:0],v28[19:0],v37[20:0]);
    wire [22:0] v38; ternary_adder #(20,0,0,0,21,0,0,0,22,0,0,0,23,0) op_38 (v26[19:0],v21[20:0],v29[21:0],v38[22:0]);
    wire [21:0] v39; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_39 (v30[20:0],v31[20:0],v33[20:0],v39[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[20:0] = v32[20:0];
    assign model_out[41:21] = v34[20:0];
    assign model_out[61:42] = v35[19:0];
    assign model_out[82:62] = v36[20:0];
    assign model_out[103:83] = v37[20:0];
    assign model_out[126:104] = v38[22:0];
    assign model_out[148:127] = v39[21:0];

endmodule
