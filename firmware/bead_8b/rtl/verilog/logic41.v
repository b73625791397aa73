`timescale 1 ns / 1 ps

module logic41 (
    input [459:0] model_inp,
    output [149:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [18:0] v1; assign v1[18:0] = model_inp[37:19];
    wire [19:0] v2; assign v2[19:0] = model_inp[57:38];
    wire [18:0] v3; assign v3[18:0] = model_inp[76:58];
    wire [18:0] v4; assign v4[18:0] = model_inp[95:77];
    wire [19:0] v5; assign v5[19:0] = model_inp[115:96];
    wire [18:0] v6; assign v6[18:0] = model_inp[134:116];
    wire [20:0] v7; assign v7[20:0] = model_inp[155:135];
    wire [18:0] v8; assign v8[18:0] = model_inp[174:156];
    wire [18:0] v9; assign v9[18:0] = model_inp[193:175];
    wire [19:0] v10; assign v10[19:0] = model_inp[213:194];
    wire [20:0] v11; assign v11[20:0] = model_inp[234:214];
    wire [20:0] v12; assign v12[20:0] = model_inp[255:235];
    wire [19:0] v13; assign v13[19:0] = model_inp[275:256];
    wire [19:0] v14; assign v14[19:0] = model_inp[295:276];
    wire [19:0] v15; assign v15[19:0] = model_inp[315:296];
    wire [19:0] v16; assign v16[19:0] = model_inp[335:316];
    wire [19:0] v17; assign v17[19:0] = model_inp[355:336];
    wire [19:0] v18; assign v18[19:0] = model_inp[375:356];
    wire [20:0] v19; assign v19[20:0] = model_inp[396:376];
    wire [20:0] v20; assign v20[20:0] = model_inp[417:397];
    wire [20:0] v21; assign v21[20:0] = model_inp[438:418];
    wire [20:0] v22; assign v22[20:0] = model_inp[459:439];
    wire [21:0] v23; ternary_adder #(20,0,0,0,20,0,0,0,21,0,0,0,22,0) op_23 (v2[19:0],v5[19:0],v12[20:0],v23[21:0]);
    wire [20:0] v24; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_24 (v8[18:0],v4[18:0],v13[19:0],v24[20:0]);
    wire [20:0] v25; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_25 (v9[18:0],v6[18:0],v17[19:0],v25[20:0]);
    wire [20:0] v26; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_26 (v3[18:0],v1[18:0],v18[19:0],v26[20:0]);
    wire [21:0] v27; ternary_adder #(20,0,0,0,21,0,0,0,21,0,0,0,22,0) op_27 (v10[19:0],v7[20:0],v20[20:0],v27[21:0]);
    wire [22:0] v28; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_28 (v21[20:0],v19[20:0],v23[21:0],v28[22:0]);
    wire [21:0] v29; ternary_adder #(20,0,0,0,20,0,0,0,21,0,0,0,22,0) op_29 (v15[19:0],v16[19:0],v26[20:0],v29[21:0]);
    wire [21:0] v30; ternary_adder #(21,0,0,0,20,0,0,0,21,0,0,0,22,0) op_30 (v11[20:0],v14[19:0],v25[20:0],v30[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v0[18:0];
    assign model_out[39:19] = v22[20:0];
    assign model_out[60:40] = v24[20:0];
    assign model_out[82:61] = v27[21:0];
    assign model_out[105:83] = v28[22:0];
    assign model_out[127:106] = v29[21:0];
    assign model_out[149:128] = v30[21:0];

endmodule
