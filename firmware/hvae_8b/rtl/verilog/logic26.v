`timescale 1 ns / 1 ps

module logic26 (
    input [377:0] model_inp,
    output [118:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [22:0] v0; assign v0[22:0] = model_inp[22:0];
    wire [22:0] v1; assign v1[22:0] = model_inp[45:23];
    wire [22:0] v2; assign v2[22:0] = model_inp[68:46];
    wire [20:0] v3; assign v3[20:0] = model_inp[89:69];
    wire [20:0] v4; assign v4[20:0] = model_inp[110:90];
    wire [22:0] v5; assign v5[22:0] = model_inp[133:111];
    wire [22:0] v6; assign v6[22:0] = model_inp[156:134];
    wire [20:0] v7; assign v7[20:0] = model_inp[177:157];
    wire [20:0] v8; assign v8[20:0] = model_inp[198:178];
    wire [20:0] v9; assign v9[20:0] = model_inp[219:199];
    wire [22:0] v10; assign v10[22:0] = model_inp[242:220];
    wire [22:0] v11; assign v11[22:0] = model_inp[265:243];
    wire [21:0] v12; assign v12[21:0] = model_inp[287:266];
    wire [22:0] v13; assign v13[22:0] = model_inp[310:288];
    wire [21:0] v14; assign v14[21:0] = model_inp[332:311];
    wire [22:0] v15; assign v15[22:0] = model_inp[355:333];
    wire [21:0] v16; assign v16[21:0] = model_inp[377:356];
    wire [22:0] v17; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_17 (v7[20:0],v9[20:0],v12[21:0],v17[22:0]);
    wire [22:0] v18; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_18 (v8[20:0],v4[20:0],v14[21:0],v18[22:0]);
    wire [23:0] v19; ternary_adder #(23,0,0,0,23,0,0,0,23,0,0,0,24,0) op_19 (v0[22:0],v2[22:0],v13[22:0],v19[23:0]);
    wire [23:0] v20; ternary_adder #(23,0,0,0,21,0,0,0,23,0,0,0,24,0) op_20 (v1[22:0],v3[20:0],v15[22:0],v20[23:0]);
    wire [23:0] v21; ternary_adder #(23,0,0,0,23,0,0,0,22,0,0,0,24,0) op_21 (v5[22:0],v6[22:0],v16[21:0],v21[23:0]);
    wire [23:0] v22; ternary_adder #(23,0,0,0,23,0,0,0,23,0,0,0,24,0) op_22 (v10[22:0],v11[22:0],v17[22:0],v22[23:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[22:0] = v18[22:0];
    assign model_out[46:23] = v19[23:0];
    assign model_out[70:47] = v20[23:0];
    assign model_out[94:71] = v21[23:0];
    assign model_out[118:95] = v22[23:0];

endmodule
