`timescale 1 ns / 1 ps

module logic25 (
    input [556:0] model_inp,
    output [332:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [20:0] v0; assign v0[20:0] = model_inp[20:0];
    wire [20:0] v1; assign v1[20:0] = model_inp[41:21];
    wire [21:0] v2; assign v2[21:0] = model_inp[63:42];
    wire [21:0] v3; assign v3[21:0] = model_inp[85:64];
    wire [22:0] v4; assign v4[22:0] = model_inp[108:86];
    wire [20:0] v5; assign v5[20:0] = model_inp[129:109];
    wire [11:0] v6; assign v6[11:0] = model_inp[141:130];
    wire [20:0] v7; assign v7[20:0] = model_inp[162:142];
    wire [20:0] v8; assign v8[20:0] = model_inp[183:163];
    wire [11:0] v9; assign v9[11:0] = model_inp[195:184];
    wire [20:0] v10; assign v10[20:0] = model_inp[216:196];
    wire [21:0] v11; assign v11[21:0] = model_inp[238:217];
    wire [22:0] v12; assign v12[22:0] = model_inp[261:239];
    wire [20:0] v13; assign v13[20:0] = model_inp[282:262];
    wire [21:0] v14; assign v14[21:0] = model_inp[304:283];
    wire [21:0] v15; assign v15[21:0] = model_inp[326:305];
    wire [23:0] v16; assign v16[23:0] = model_inp[350:327];
    wire [21:0] v17; assign v17[21:0] = model_inp[372:351];
    wire [20:0] v18; assign v18[20:0] = model_inp[393:373];
    wire [22:0] v19; assign v19[22:0] = model_inp[416:394];
    wire [22:0] v20; assign v20[22:0] = model_inp[439:417];
    wire [20:0] v21; assign v21[20:0] = model_inp[460:440];
    wire [20:0] v22; assign v22[20:0] = model_inp[481:461];
    wire [20:0] v23; assign v23[20:0] = model_inp[502:482];
    wire [20:0] v24; assign v24[20:0] = model_inp[523:503];
    wire [11:0] v25; assign v25[11:0] = model_inp[535:524];
    wire [20:0] v26; assign v26[20:0] = model_inp[556:536];
    wire [21:0] v27; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_27 (v1[20:0],v0[20:0],v13[20:0],v27[21:0]);
    wire [22:0] v28; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_28 (v8[20:0],v5[20:0],v14[21:0],v28[22:0]);
    wire [22:0] v29; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_29 (v7[20:0],v10[20:0],v15[21:0],v29[22:0]);
    wire [20:0] v30; multiplier #(12,12,1,1,21) op_30 (v6[11:0],v6[11:0],v30[20:0]);
    wire [22:0] v31; ternary_adder #(22,0,0,0,22,0,0,0,22,0,0,0,23,0) op_31 (v2[21:0],v3[21:0],v17[21:0],v31[22:0]);
    wire [20:0] v32; multiplier #(12,12,1,1,21) op_32 (v9[11:0],v9[11:0],v32[20:0]);
    wire [23:0] v33; ternary_adder #(22,0,0,0,23,0,0,0,23,0,0,0,24,0) op_33 (v11[21:0],v4[22:0],v19[22:0],v33[23:0]);
    wire [22:0] v34; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_34 (v18[20:0],v22[20:0],v27[21:0],v34[22:0]);
    wire [20:0] v35; multiplier #(12,12,1,1,21) op_35 (v25[11:0],v25[11:0],v35[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[22:0] = v12[22:0];
    assign model_out[46:23] = v16[23:0];
    assign model_out[69:47] = v20[22:0];
    assign model_out[90:70] = v21[20:0];
    assign model_out[111:91] = v23[20:0];
    assign model_out[132:112] = v24[20:0];
    assign model_out[153:133] = v26[20:0];
    assign model_out[176:154] = v28[22:0];
    assign model_out[199:177] = v29[22:0];
    assign model_out[220:200] = v30[20:0];
    assign model_out[243:221] = v31[22:0];
    assign model_out[264:244] = v32[20:0];
    assign model_out[288:265] = v33[23:0];
    assign model_out[311:289] = v34[22:0];
    assign model_out[332:312] = v35[20:0];

endmodule
