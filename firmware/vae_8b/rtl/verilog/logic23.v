`timescale 1 ns / 1 ps

module logic23 (
    input [270:0] model_inp,
    output [109:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [18:0] v1; assign v1[18:0] = model_inp[37:19];
    wire [20:0] v2; assign v2[20:0] = model_inp[58:38];
    wire [20:0] v3; assign v3[20:0] = model_inp[79:59];
    wire [20:0] v4; assign v4[20:0] = model_inp[100:80];
    wire [20:0] v5; assign v5[20:0] = model_inp[121:101];
    wire [20:0] v6; assign v6[20:0] = model_inp[142:122];
    wire [20:0] v7; assign v7[20:0] = model_inp[163:143];
    wire [20:0] v8; assign v8[20:0] = model_inp[184:164];
    wire [20:0] v9; assign v9[20:0] = model_inp[205:185];
    wire [20:0] v10; assign v10[20:0] = model_inp[226:206];
    wire [21:0] v11; assign v11[21:0] = model_inp[248:227];
    wire [21:0] v12; assign v12[21:0] = model_inp[270:249];
    wire [20:0] v13; ternary_adder #(19,0,0,0,19,0,0,0,21,0,0,0,21,0) op_13 (v0[18:0],v1[18:0],v6[20:0],v13[20:0]);
    wire [22:0] v14; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_14 (v10[20:0],v3[20:0],v11[21:0],v14[22:0]);
    wire [22:0] v15; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_15 (v7[20:0],v8[20:0],v12[21:0],v15[22:0]);
    wire [21:0] v16; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_16 (v2[20:0],v5[20:0],v13[20:0],v16[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[20:0] = v4[20:0];
    assign model_out[41:21] = v9[20:0];
    assign model_out[64:42] = v14[22:0];
    assign model_out[87:65] = v15[22:0];
    assign model_out[109:88] = v16[21:0];

endmodule
