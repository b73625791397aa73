`timescale 1 ns / 1 ps

module logic51 (
    input [506:0] model_inp,
    output [201:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [20:0] v1; assign v1[20:0] = model_inp[39:19];
    wire [20:0] v2; assign v2[20:0] = model_inp[60:40];
    wire [21:0] v3; assign v3[21:0] = model_inp[82:61];
    wire [22:0] v4; assign v4[22:0] = model_inp[105:83];
    wire [20:0] v5; assign v5[20:0] = model_inp[126:106];
    wire [20:0] v6; assign v6[20:0] = model_inp[147:127];
    wire [21:0] v7; assign v7[21:0] = model_inp[169:148];
    wire [22:0] v8; assign v8[22:0] = model_inp[192:170];
    wire [10:0] v9; assign v9[10:0] = model_inp[203:193];
    wire [11:0] v10; assign v10[11:0] = model_inp[215:204];
    wire [10:0] v11; assign v11[10:0] = model_inp[226:216];
    wire [20:0] v12; assign v12[20:0] = model_inp[247:227];
    wire [20:0] v13; assign v13[20:0] = model_inp[268:248];
    wire [20:0] v14; assign v14[20:0] = model_inp[289:269];
    wire [20:0] v15; assign v15[20:0] = model_inp[310:290];
    wire [20:0] v16; assign v16[20:0] = model_inp[331:311];
    wire [19:0] v17; assign v17[19:0] = model_inp[351:332];
    wire [21:0] v18; assign v18[21:0] = model_inp[373:352];
    wire [20:0] v19; assign v19[20:0] = model_inp[394:374];
    wire [22:0] v20; assign v20[22:0] = model_inp[417:395];
    wire [22:0] v21; assign v21[22:0] = model_inp[440:418];
    wire [20:0] v22; assign v22[20:0] = model_inp[461:441];
    wire [21:0] v23; assign v23[21:0] = model_inp[483:462];
    wire [22:0] v24; assign v24[22:0] = model_inp[506:484];
    wire [21:0] v25; shift_adder #(21,21,0,0,22,0,0,0) op_25 (v16[20:0],v19[20:0],v25[21:0]);
    wire [19:0] v26; multiplier #(11,11,1,1,20) op_26 (v9[10:0],v9[10:0],v26[19:0]);
    wire [20:0] v27; multiplier #(12,12,1,1,21) op_27 (v10[11:0],v10[11:0],v27[20:0]);
    wire [19:0] v28; multiplier #(11,11,1,1,20) op_28 (v11[10:0],v11[10:0],v28[19:0]);
    wire [22:0] v29; ternary_adder #(22,0,0,0,23,0,0,0,20,0,0,0,23,0) op_29 (v3[21:0],v4[22:0],v17[19:0],v29[22:0]);
    wire [22:0] v30; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_30 (v6[20:0],v5[20:0],v18[21:0],v30[22:0]);
    wire [21:0] v31; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_31 (v1[20:0],v2[20:0],v22[20:0],v31[21:0]);
    wire [22:0] v32; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_32 (v13[20:0],v12[20:0],v23[21:0],v32[22:0]);
    wire [20:0] v33; shift_adder #(20,21,0,0,21,0,0,0) op_33 (v26[19:0],v27[20:0],v33[20:0]);
    wire [23:0] v34; ternary_adder #(23,0,0,0,23,0,0,0,20,0,0,0,24,0) op_34 (v21[22:0],v24[22:0],v28[19:0],v34[23:0]);
    wire [22:0] v35; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_35 (v14[20:0],v15[20:0],v30[22:0],v35[22:0]);
    wire [23:0] v36; ternary_adder #(22,0,0,0,23,0,0,0,22,0,0,0,24,0) op_36 (v7[21:0],v8[22:0],v31[21:0],v36[23:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v0[18:0];
    assign model_out[41:19] = v20[22:0];
    assign model_out[63:42] = v25[21:0];
    assign model_out[86:64] = v29[22:0];
    assign model_out[109:87] = v32[22:0];
    assign model_out[130:110] = v33[20:0];
    assign model_out[154:131] = v34[23:0];
    assign model_out[177:155] = v35[22:0];
    assign model_out[201:178] = v36[23:0];

endmodule
