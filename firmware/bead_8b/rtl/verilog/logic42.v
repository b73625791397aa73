`timescale 1 ns / 1 ps

module logic42 (
    input [502:0] model_inp,
    output [244:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [20:0] v1; assign v1[20:0] = model_inp[39:19];
    wire [20:0] v2; assign v2[20:0] = model_inp[60:40];
    wire [20:0] v3; assign v3[20:0] = model_inp[81:61];
    wire [11:0] v4; assign v4[11:0] = model_inp[93:82];
    wire [10:0] v5; assign v5[10:0] = model_inp[104:94];
    wire [11:0] v6; assign v6[11:0] = model_inp[116:105];
    wire [22:0] v7; assign v7[22:0] = model_inp[139:117];
    wire [21:0] v8; assign v8[21:0] = model_inp[161:140];
    wire [20:0] v9; assign v9[20:0] = model_inp[182:162];
    wire [20:0] v10; assign v10[20:0] = model_inp[203:183];
    wire [21:0] v11; assign v11[21:0] = model_inp[225:204];
    wire [22:0] v12; assign v12[22:0] = model_inp[248:226];
    wire [22:0] v13; assign v13[22:0] = model_inp[271:249];
    wire [20:0] v14; assign v14[20:0] = model_inp[292:272];
    wire [19:0] v15; assign v15[19:0] = model_inp[312:293];
    wire [22:0] v16; assign v16[22:0] = model_inp[335:313];
    wire [10:0] v17; assign v17[10:0] = model_inp[346:336];
    wire [11:0] v18; assign v18[11:0] = model_inp[358:347];
    wire [10:0] v19; assign v19[10:0] = model_inp[369:359];
    wire [22:0] v20; assign v20[22:0] = model_inp[392:370];
    wire [22:0] v21; assign v21[22:0] = model_inp[415:393];
    wire [20:0] v22; assign v22[20:0] = model_inp[436:416];
    wire [20:0] v23; assign v23[20:0] = model_inp[457:437];
    wire [21:0] v24; assign v24[21:0] = model_inp[479:458];
    wire [22:0] v25; assign v25[22:0] = model_inp[502:480];
    wire [23:0] v26; ternary_adder #(22,0,0,0,23,0,0,0,23,0,0,0,24,0) op_26 (v8[21:0],v7[22:0],v13[22:0],v26[23:0]);
    wire [20:0] v27; multiplier #(12,12,1,1,21) op_27 (v4[11:0],v4[11:0],v27[20:0]);
    wire [19:0] v28; multiplier #(11,11,1,1,20) op_28 (v5[10:0],v5[10:0],v28[19:0]);
    wire [20:0] v29; multiplier #(12,12,1,1,21) op_29 (v6[11:0],v6[11:0],v29[20:0]);
    wire [23:0] v30; ternary_adder #(22,0,0,0,21,0,0,0,23,0,0,0,24,0) op_30 (v11[21:0],v3[20:0],v16[22:0],v30[23:0]);
    wire [22:0] v31; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_31 (v1[20:0],v2[20:0],v21[22:0],v31[22:0]);
    wire [23:0] v32; ternary_adder #(23,0,0,0,20,0,0,0,23,0,0,0,24,0) op_32 (v20[22:0],v15[19:0],v25[22:0],v32[23:0]);
    wire [19:0] v33; multiplier #(11,11,1,1,20) op_33 (v17[10:0],v17[10:0],v33[19:0]);
    wire [20:0] v34; multiplier #(12,12,1,1,21) op_34 (v18[11:0],v18[11:0],v34[20:0]);
    wire [19:0] v35; multiplier #(11,11,1,1,20) op_35 (v19[10:0],v19[10:0],v35[19:0]);
    wire [21:0] v36; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_36 (v9[20:0],v10[20:0],v27[20:0],v36[21:0]);
    wire [21:0] v37; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_37 (v23[20:0],v22[20:0],v29[20:0],v37[21:0]);
    wire [22:0] v38; ternary_adder #(23,0,0,0,21,0,0,0,20,0,0,0,23,0) op_38 (v12[22:0],v14[20:0],v28[19:0],v38[22:0]);
    wire [20:0] v39; shift_adder #(20,20,0,0,21,0,0,0) op_39 (v35[19:0],v33[19:0],v39[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v0[18:0];
    assign model_out[40:19] = v24[21:0];
    assign model_out[64:41] = v26[23:0];
    assign model_out[88:65] = v30[23:0];
    assign model_out[111:89] = v31[22:0];
    assign model_out[135:112] = v32[23:0];
    assign model_out[156:136] = v34[20:0];
    assign model_out[178:157] = v36[21:0];
    assign model_out[200:179] = v37[21:0];
    assign model_out[223:201] = v38[22:0];
    assign model_out[244:224] = v39[20:0];

endmodule
