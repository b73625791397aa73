`timescale 1 ns / 1 ps

module logic25 (
    input [355:0] model_inp,
    output [188:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [20:0] v0; assign v0[20:0] = model_inp[20:0];
    wire [19:0] v1; assign v1[19:0] = model_inp[40:21];
    wire [19:0] v2; assign v2[19:0] = model_inp[60:41];
    wire [19:0] v3; assign v3[19:0] = model_inp[80:61];
    wire [20:0] v4; assign v4[20:0] = model_inp[101:81];
    wire [9:0] v5; assign v5[9:0] = model_inp[111:102];
    wire [9:0] v6; assign v6[9:0] = model_inp[121:112];
    wire [20:0] v7; assign v7[20:0] = model_inp[142:122];
    wire [20:0] v8; assign v8[20:0] = model_inp[163:143];
    wire [20:0] v9; assign v9[20:0] = model_inp[184:164];
    wire [18:0] v10; assign v10[18:0] = model_inp[203:185];
    wire [18:0] v11; assign v11[18:0] = model_inp[222:204];
    wire [18:0] v12; assign v12[18:0] = model_inp[241:223];
    wire [9:0] v13; assign v13[9:0] = model_inp[251:242];
    wire [21:0] v14; assign v14[21:0] = model_inp[273:252];
    wire [19:0] v15; assign v15[19:0] = model_inp[293:274];
    wire [19:0] v16; assign v16[19:0] = model_inp[313:294];
    wire [20:0] v17; assign v17[20:0] = model_inp[334:314];
    wire [20:0] v18; assign v18[20:0] = model_inp[355:335];
    wire [18:0] v19; multiplier #(10,10,1,1,19) op_19 (v5[9:0],v5[9:0],v19[18:0]);
    wire [21:0] v20; ternary_adder #(20,0,0,0,20,0,0,0,21,0,0,0,22,0) op_20 (v1[19:0],v3[19:0],v7[20:0],v20[21:0]);
    wire [18:0] v21; multiplier #(10,10,1,1,19) op_21 (v6[9:0],v6[9:0],v21[18:0]);
    wire [21:0] v22; ternary_adder #(21,0,0,0,19,0,0,0,21,0,0,0,22,0) op_22 (v4[20:0],v11[18:0],v18[20:0],v22[21:0]);
    wire [18:0] v23; multiplier #(10,10,1,1,19) op_23 (v13[9:0],v13[9:0],v23[18:0]);
    wire [19:0] v24; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_24 (v10[18:0],v12[18:0],v19[18:0],v24[19:0]);
    wire [22:0] v25; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_25 (v8[20:0],v9[20:0],v20[21:0],v25[22:0]);
    wire [21:0] v26; ternary_adder #(20,0,0,0,21,0,0,0,19,0,0,0,22,0) op_26 (v2[19:0],v0[20:0],v21[18:0],v26[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[21:0] = v14[21:0];
    assign model_out[41:22] = v15[19:0];
    assign model_out[61:42] = v16[19:0];
    assign model_out[82:62] = v17[20:0];
    assign model_out[104:83] = v22[21:0];
    assign model_out[123:105] = v23[18:0];
    assign model_out[143:124] = v24[19:0];
    assign model_out[166:144] = v25[22:0];
    assign model_out[188:167] = v26[21:0];

endmodule
