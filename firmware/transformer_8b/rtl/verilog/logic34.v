`timescale 1 ns / 1 ps

module logic34 (
    input [288:0] model_inp,
    output [118:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [20:0] v0; assign v0[20:0] = model_inp[20:0];
    wire [22:0] v1; assign v1[22:0] = model_inp[43:21];
    wire [22:0] v2; assign v2[22:0] = model_inp[66:44];
    wire [23:0] v3; assign v3[23:0] = model_inp[90:67];
    wire [20:0] v4; assign v4[20:0] = model_inp[111:91];
    wire [20:0] v5; assign v5[20:0] = model_inp[132:112];
    wire [21:0] v6; assign v6[21:0] = model_inp[154:133];
    wire [21:0] v7; assign v7[21:0] = model_inp[176:155];
    wire [20:0] v8; assign v8[20:0] = model_inp[197:177];
    wire [24:0] v9; assign v9[24:0] = model_inp[222:198];
    wire [20:0] v10; assign v10[20:0] = model_inp[243:223];
    wire [22:0] v11; assign v11[22:0] = model_inp[266:244];
    wire [21:0] v12; assign v12[21:0] = model_inp[288:267];
    wire [21:0] v13; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_13 (v0[20:0],v5[20:0],v8[20:0],v13[21:0]);
    wire [24:0] v14; ternary_adder #(21,0,0,0,21,0,0,0,25,0,0,0,25,0) op_14 (v10[20:0],v4[20:0],v9[24:0],v14[24:0]);
    wire [23:0] v15; ternary_adder #(23,0,0,0,23,0,0,0,22,0,0,0,24,0) op_15 (v2[22:0],v1[22:0],v12[21:0],v15[23:0]);
    wire [22:0] v16; ternary_adder #(22,0,0,0,22,0,0,0,22,0,0,0,23,0) op_16 (v7[21:0],v6[21:0],v13[21:0],v16[22:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[23:0] = v3[23:0];
    assign model_out[46:24] = v11[22:0];
    assign model_out[71:47] = v14[24:0];
    assign model_out[95:72] = v15[23:0];
    assign model_out[118:96] = v16[22:0];

endmodule
