`timescale 1 ns / 1 ps

module logic45 (
    input [298:0] model_inp,
    output [106:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [20:0] v1; assign v1[20:0] = model_inp[39:19];
    wire [17:0] v2; assign v2[17:0] = model_inp[57:40];
    wire [20:0] v3; assign v3[20:0] = model_inp[78:58];
    wire [20:0] v4; assign v4[20:0] = model_inp[99:79];
    wire [20:0] v5; assign v5[20:0] = model_inp[120:100];
    wire [20:0] v6; assign v6[20:0] = model_inp[141:121];
    wire [21:0] v7; assign v7[21:0] = model_inp[163:142];
    wire [18:0] v8; assign v8[18:0] = model_inp[182:164];
    wire [17:0] v9; assign v9[17:0] = model_inp[200:183];
    wire [17:0] v10; assign v10[17:0] = model_inp[218:201];
    wire [17:0] v11; assign v11[17:0] = model_inp[236:219];
    wire [19:0] v12; assign v12[19:0] = model_inp[256:237];
    wire [20:0] v13; assign v13[20:0] = model_inp[277:257];
    wire [20:0] v14; assign v14[20:0] = model_inp[298:278];
    wire [21:0] v15; ternary_adder #(21,0,0,0,21,0,0,0,18,0,0,0,22,0) op_15 (v3[20:0],v4[20:0],v11[17:0],v15[21:0]);
    wire [21:0] v16; ternary_adder #(21,0,0,0,21,0,0,0,20,0,0,0,22,0) op_16 (v6[20:0],v5[20:0],v12[19:0],v16[21:0]);
    wire [21:0] v17; ternary_adder #(21,0,0,0,18,0,0,0,21,0,0,0,22,0) op_17 (v1[20:0],v2[17:0],v13[20:0],v17[21:0]);
    wire [21:0] v18; ternary_adder #(18,0,0,0,18,0,0,0,22,0,0,0,22,0) op_18 (v9[17:0],v10[17:0],v15[21:0],v18[21:0]);
    wire [22:0] v19; ternary_adder #(22,0,0,0,19,0,0,0,22,0,0,0,23,0) op_19 (v7[21:0],v8[18:0],v16[21:0],v19[22:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v0[18:0];
    assign model_out[39:19] = v14[20:0];
    assign model_out[61:40] = v17[21:0];
    assign model_out[83:62] = v18[21:0];
    assign model_out[106:84] = v19[22:0];

endmodule
