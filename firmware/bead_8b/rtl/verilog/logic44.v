`timescale 1 ns / 1 ps

module logic44 (
    input [581:0] model_inp,
    output [298:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [18:0] v1; assign v1[18:0] = model_inp[37:19];
    wire [18:0] v2; assign v2[18:0] = model_inp[56:38];
    wire [18:0] v3; assign v3[18:0] = model_inp[75:57];
    wire [18:0] v4; assign v4[18:0] = model_inp[94:76];
    wire [19:0] v5; assign v5[19:0] = model_inp[114:95];
    wire [18:0] v6; assign v6[18:0] = model_inp[133:115];
    wire [18:0] v7; assign v7[18:0] = model_inp[152:134];
    wire [18:0] v8; assign v8[18:0] = model_inp[171:153];
    wire [18:0] v9; assign v9[18:0] = model_inp[190:172];
    wire [19:0] v10; assign v10[19:0] = model_inp[210:191];
    wire [20:0] v11; assign v11[20:0] = model_inp[231:211];
    wire [9:0] v12; assign v12[9:0] = model_inp[241:232];
    wire [17:0] v13; assign v13[17:0] = model_inp[259:242];
    wire [19:0] v14; assign v14[19:0] = model_inp[279:260];
    wire [19:0] v15; assign v15[19:0] = model_inp[299:280];
    wire [20:0] v16; assign v16[20:0] = model_inp[320:300];
    wire [18:0] v17; assign v17[18:0] = model_inp[339:321];
    wire [18:0] v18; assign v18[18:0] = model_inp[358:340];
    wire [18:0] v19; assign v19[18:0] = model_inp[377:359];
    wire [18:0] v20; assign v20[18:0] = model_inp[396:378];
    wire [18:0] v21; assign v21[18:0] = model_inp[415:397];
    wire [18:0] v22; assign v22[18:0] = model_inp[434:416];
    wire [18:0] v23; assign v23[18:0] = model_inp[453:435];
    wire [20:0] v24; assign v24[20:0] = model_inp[474:454];
    wire [9:0] v25; assign v25[9:0] = model_inp[484:475];
    wire [9:0] v26; assign v26[9:0] = model_inp[494:485];
    wire [9:0] v27; assign v27[9:0] = model_inp[504:495];
    wire [20:0] v28; assign v28[20:0] = model_inp[525:505];
    wire [18:0] v29; assign v29[18:0] = model_inp[544:526];
    wire [17:0] v30; assign v30[17:0] = model_inp[562:545];
    wire [18:0] v31; assign v31[18:0] = model_inp[581:563];
    wire [20:0] v32; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_32 (v1[18:0],v2[18:0],v14[19:0],v32[20:0]);
    wire [20:0] v33; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_33 (v8[18:0],v7[18:0],v15[19:0],v33[20:0]);
    wire [18:0] v34; multiplier #(10,10,1,1,19) op_34 (v12[9:0],v12[9:0],v34[18:0]);
    wire [19:0] v35; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_35 (v4[18:0],v3[18:0],v18[18:0],v35[19:0]);
    wire [19:0] v36; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_36 (v19[18:0],v17[18:0],v22[18:0],v36[19:0]);
    wire [21:0] v37; ternary_adder #(20,0,0,0,20,0,0,0,21,0,0,0,22,0) op_37 (v5[19:0],v10[19:0],v24[20:0],v37[21:0]);
    wire [18:0] v38; shift_adder #(18,19,0,0,19,0,0,0) op_38 (v30[17:0],v31[18:0],v38[18:0]);
    wire [17:0] v39; multiplier #(10,10,1,1,18) op_39 (v25[9:0],v25[9:0],v39[17:0]);
    wire [17:0] v40; multiplier #(10,10,1,1,18) op_40 (v26[9:0],v26[9:0],v40[17:0]);
    wire [17:0] v41; multiplier #(10,10,1,1,18) op_41 (v27[9:0],v27[9:0],v41[17:0]);
    wire [19:0] v42; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_42 (v9[18:0],v6[18:0],v29[18:0],v42[19:0]);
    wire [20:0] v43; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_43 (v21[18:0],v20[18:0],v35[19:0],v43[20:0]);
    wire [20:0] v44; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_44 (v34[18:0],v23[18:0],v36[19:0],v44[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v0[18:0];
    assign model_out[39:19] = v11[20:0];
    assign model_out[57:40] = v13[17:0];
    assign model_out[78:58] = v16[20:0];
    assign model_out[99:79] = v28[20:0];
    assign model_out[120:100] = v32[20:0];
    assign model_out[141:121] = v33[20:0];
    assign model_out[163:142] = v37[21:0];
    assign model_out[182:164] = v38[18:0];
    assign model_out[200:183] = v39[17:0];
    assign model_out[218:201] = v40[17:0];
    assign model_out[236:219] = v41[17:0];
    assign model_out[256:237] = v42[19:0];
    assign model_out[277:257] = v43[20:0];
    assign model_out[298:278] = v44[20:0];

endmodule
