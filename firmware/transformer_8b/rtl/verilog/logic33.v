`timescale 1 ns / 1 ps

module logic33 (
    input [340:0] model_inp,
    output [189:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [20:0] v0; assign v0[20:0] = model_inp[20:0];
    wire [20:0] v1; assign v1[20:0] = model_inp[41:21];
    wire [18:0] v2; assign v2[18:0] = model_inp[60:42];
    wire [18:0] v3; assign v3[18:0] = model_inp[79:61];
    wire [9:0] v4; assign v4[9:0] = model_inp[89:80];
    wire [9:0] v5; assign v5[9:0] = model_inp[99:90];
    wire [18:0] v6; assign v6[18:0] = model_inp[118:100];
    wire [18:0] v7; assign v7[18:0] = model_inp[137:119];
    wire [21:0] v8; assign v8[21:0] = model_inp[159:138];
    wire [21:0] v9; assign v9[21:0] = model_inp[181:160];
    wire [20:0] v10; assign v10[20:0] = model_inp[202:182];
    wire [19:0] v11; assign v11[19:0] = model_inp[222:203];
    wire [18:0] v12; assign v12[18:0] = model_inp[241:223];
    wire [18:0] v13; assign v13[18:0] = model_inp[260:242];
    wire [18:0] v14; assign v14[18:0] = model_inp[279:261];
    wire [20:0] v15; assign v15[20:0] = model_inp[300:280];
    wire [20:0] v16; assign v16[20:0] = model_inp[321:301];
    wire [18:0] v17; assign v17[18:0] = model_inp[340:322];
    wire [20:0] v18; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_18 (v3[18:0],v2[18:0],v11[19:0],v18[20:0]);
    wire [18:0] v19; multiplier #(10,10,1,1,19) op_19 (v4[9:0],v4[9:0],v19[18:0]);
    wire [18:0] v20; multiplier #(10,10,1,1,19) op_20 (v5[9:0],v5[9:0],v20[18:0]);
    wire [21:0] v21; ternary_adder #(21,0,0,0,21,0,0,0,19,0,0,0,22,0) op_21 (v0[20:0],v1[20:0],v14[18:0],v21[21:0]);
    wire [19:0] v22; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_22 (v13[18:0],v12[18:0],v17[18:0],v22[19:0]);
    wire [19:0] v23; shift_adder #(19,19,0,0,20,0,0,0) op_23 (v20[18:0],v19[18:0],v23[19:0]);
    wire [20:0] v24; ternary_adder #(19,0,0,0,19,0,0,0,21,0,0,0,21,0) op_24 (v6[18:0],v7[18:0],v18[20:0],v24[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[21:0] = v8[21:0];
    assign model_out[43:22] = v9[21:0];
    assign model_out[64:44] = v10[20:0];
    assign model_out[85:65] = v15[20:0];
    assign model_out[106:86] = v16[20:0];
    assign model_out[128:107] = v21[21:0];
    assign model_out[148:129] = v22[19:0];
    assign model_out[168:149] = v23[19:0];
    assign model_out[189:169] = v24[20:0];

endmodule
