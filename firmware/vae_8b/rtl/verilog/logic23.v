`timescale 1 ns / 1 ps

module logic23 (
    input [422:0] model_inp,
    output [149:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [18:0] v1; assign v1[18:0] = model_inp[37:19];
    wire [19:0] v2; assign v2[19:0] = model_inp[57:38];
    wire [18:0] v3; assign v3[18:0] = model_inp[76:58];
    wire [18:0] v4; assign v4[18:0] = model_inp[95:77];
    wire [18:0] v5; assign v5[18:0] = model_inp[114:96];
    wire [18:0] v6; assign v6[18:0] = model_inp[133:115];
    wire [19:0] v7; assign v7[19:0] = model_inp[153:134];
    wire [20:0] v8; assign v8[20:0] = model_inp[174:154];
    wire [20:0] v9; assign v9[20:0] = model_inp[195:175];
    wire [19:0] v10; assign v10[19:0] = model_inp[215:196];
    wire [20:0] v11; assign v11[20:0] = model_inp[236:216];
    wire [20:0] v12; assign v12[20:0] = model_inp[257:237];
    wire [19:0] v13; assign v13[19:0] = model_inp[277:258];
    wire [20:0] v14; assign v14[20:0] = model_inp[298:278];
    wire [18:0] v15; assign v15[18:0] = model_inp[317:299];
    wire [20:0] v16; assign v16[20:0] = model_inp[338:318];
    wire [20:0] v17; assign v17[20:0] = model_inp[359:339];
    wire [20:0] v18; assign v18[20:0] = model_inp[380:360];
    wire [20:0] v19; assign v19[20:0] = model_inp[401:381];
    wire [20:0] v20; assign v20[20:0] = model_inp[422:402];
    wire [20:0] v21; ternary_adder #(20,0,0,0,19,0,0,0,20,0,0,0,21,0) op_21 (v2[19:0],v6[18:0],v10[19:0],v21[20:0]);
    wire [20:0] v22; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_22 (v1[18:0],v0[18:0],v13[19:0],v22[20:0]);
    wire [20:0] v23; ternary_adder #(19,0,0,0,20,0,0,0,19,0,0,0,21,0) op_23 (v5[18:0],v7[19:0],v15[18:0],v23[20:0]);
    wire [20:0] v24; ternary_adder #(19,0,0,0,19,0,0,0,21,0,0,0,21,0) op_24 (v4[18:0],v3[18:0],v16[20:0],v24[20:0]);
    wire [21:0] v25; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_25 (v9[20:0],v8[20:0],v22[20:0],v25[21:0]);
    wire [21:0] v26; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_26 (v12[20:0],v11[20:0],v23[20:0],v26[21:0]);
    wire [21:0] v27; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_27 (v19[20:0],v18[20:0],v24[20:0],v27[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[20:0] = v14[20:0];
    assign model_out[41:21] = v17[20:0];
    assign model_out[62:42] = v20[20:0];
    assign model_out[83:63] = v21[20:0];
    assign model_out[105:84] = v25[21:0];
    assign model_out[127:106] = v26[21:0];
    assign model_out[149:128] = v27[21:0];

endmodule
