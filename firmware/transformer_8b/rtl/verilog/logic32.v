`timescale 1 ns / 1 ps

module logic32 (
    input [491:0] model_inp,
    output [299:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [19:0] v1; assign v1[19:0] = model_inp[38:19];
    wire [20:0] v2; assign v2[20:0] = model_inp[59:39];
    wire [18:0] v3; assign v3[18:0] = model_inp[78:60];
    wire [9:0] v4; assign v4[9:0] = model_inp[88:79];
    wire [9:0] v5; assign v5[9:0] = model_inp[98:89];
    wire [18:0] v6; assign v6[18:0] = model_inp[117:99];
    wire [18:0] v7; assign v7[18:0] = model_inp[136:118];
    wire [18:0] v8; assign v8[18:0] = model_inp[155:137];
    wire [19:0] v9; assign v9[19:0] = model_inp[175:156];
    wire [9:0] v10; assign v10[9:0] = model_inp[185:176];
    wire [17:0] v11; assign v11[17:0] = model_inp[203:186];
    wire [9:0] v12; assign v12[9:0] = model_inp[213:204];
    wire [9:0] v13; assign v13[9:0] = model_inp[223:214];
    wire [19:0] v14; assign v14[19:0] = model_inp[243:224];
    wire [18:0] v15; assign v15[18:0] = model_inp[262:244];
    wire [18:0] v16; assign v16[18:0] = model_inp[281:263];
    wire [20:0] v17; assign v17[20:0] = model_inp[302:282];
    wire [20:0] v18; assign v18[20:0] = model_inp[323:303];
    wire [20:0] v19; assign v19[20:0] = model_inp[344:324];
    wire [9:0] v20; assign v20[9:0] = model_inp[354:345];
    wire [18:0] v21; assign v21[18:0] = model_inp[373:355];
    wire [18:0] v22; assign v22[18:0] = model_inp[392:374];
    wire [18:0] v23; assign v23[18:0] = model_inp[411:393];
    wire [20:0] v24; assign v24[20:0] = model_inp[432:412];
    wire [18:0] v25; assign v25[18:0] = model_inp[451:433];
    wire [19:0] v26; assign v26[19:0] = model_inp[471:452];
    wire [9:0] v27; assign v27[9:0] = model_inp[481:472];
    wire [9:0] v28; assign v28[9:0] = model_inp[491:482];
    wire [20:0] v29; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_29 (v7[18:0],v8[18:0],v14[19:0],v29[20:0]);
    wire [18:0] v30; multiplier #(10,10,1,1,19) op_30 (v4[9:0],v4[9:0],v30[18:0]);
    wire [18:0] v31; multiplier #(10,10,1,1,19) op_31 (v5[9:0],v5[9:0],v31[18:0]);
    wire [21:0] v32; ternary_adder #(20,0,0,0,20,0,0,0,21,0,0,0,22,0) op_32 (v1[19:0],v9[19:0],v18[20:0],v32[21:0]);
    wire [21:0] v33; ternary_adder #(21,0,0,0,18,0,0,0,21,0,0,0,22,0) op_33 (v2[20:0],v11[17:0],v19[20:0],v33[21:0]);
    wire [18:0] v34; multiplier #(10,10,1,1,19) op_34 (v10[9:0],v10[9:0],v34[18:0]);
    wire [18:0] v35; multiplier #(10,10,1,1,19) op_35 (v12[9:0],v12[9:0],v35[18:0]);
    wire [18:0] v36; multiplier #(10,10,1,1,19) op_36 (v13[9:0],v13[9:0],v36[18:0]);
    wire [19:0] v37; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_37 (v3[18:0],v0[18:0],v25[18:0],v37[19:0]);
    wire [19:0] v38; shift_adder #(19,19,0,0,20,0,0,0) op_38 (v30[18:0],v31[18:0],v38[19:0]);
    wire [18:0] v39; multiplier #(10,10,1,1,19) op_39 (v20[9:0],v20[9:0],v39[18:0]);
    wire [19:0] v40; shift_adder #(19,19,0,0,20,0,0,0) op_40 (v21[18:0],v35[18:0],v40[19:0]);
    wire [22:0] v41; ternary_adder #(20,0,0,0,21,0,0,0,22,0,0,0,23,0) op_41 (v26[19:0],v17[20:0],v32[21:0],v41[22:0]);
    wire [18:0] v42; multiplier #(10,10,1,1,19) op_42 (v27[9:0],v27[9:0],v42[18:0]);
    wire [18:0] v43; multiplier #(10,10,1,1,19) op_43 (v28[9:0],v28[9:0],v43[18:0]);
    wire [20:0] v44; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_44 (v15[18:0],v16[18:0],v37[19:0],v44[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v6[18:0];
    assign model_out[37:19] = v22[18:0];
    assign model_out[56:38] = v23[18:0];
    assign model_out[77:57] = v24[20:0];
    assign model_out[98:78] = v29[20:0];
    assign model_out[120:99] = v33[21:0];
    assign model_out[139:121] = v34[18:0];
    assign model_out[158:140] = v36[18:0];
    assign model_out[178:159] = v38[19:0];
    assign model_out[197:179] = v39[18:0];
    assign model_out[217:198] = v40[19:0];
    assign model_out[240:218] = v41[22:0];
    assign model_out[259:241] = v42[18:0];
    assign model_out[278:260] = v43[18:0];
    assign model_out[299:279] = v44[20:0];

endmodule
