`timescale 1 ns / 1 ps

module logic33 (
    input [299:0] model_inp,
    output [108:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [18:0] v1; assign v1[18:0] = model_inp[37:19];
    wire [18:0] v2; assign v2[18:0] = model_inp[56:38];
    wire [20:0] v3; assign v3[20:0] = model_inp[77:57];
    wire [20:0] v4; assign v4[20:0] = model_inp[98:78];
    wire [21:0] v5; assign v5[21:0] = model_inp[120:99];
    wire [18:0] v6; assign v6[18:0] = model_inp[139:121];
    wire [18:0] v7; assign v7[18:0] = model_inp[158:140];
    wire [19:0] v8; assign v8[19:0] = model_inp[178:159];
    wire [18:0] v9; assign v9[18:0] = model_inp[197:179];
    wire [19:0] v10; assign v10[19:0] = model_inp[217:198];
    wire [22:0] v11; assign v11[22:0] = model_inp[240:218];
    wire [18:0] v12; assign v12[18:0] = model_inp[259:241];
    wire [18:0] v13; assign v13[18:0] = model_inp[278:260];
    wire [20:0] v14; assign v14[20:0] = model_inp[299:279];
    wire [19:0] v15; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_15 (v0[18:0],v2[18:0],v9[18:0],v15[19:0]);
    wire [19:0] v16; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_16 (v1[18:0],v7[18:0],v12[18:0],v16[19:0]);
    wire [22:0] v17; ternary_adder #(19,0,0,0,19,0,0,0,23,0,0,0,23,0) op_17 (v13[18:0],v6[18:0],v11[22:0],v17[22:0]);
    wire [21:0] v18; ternary_adder #(21,0,0,0,21,0,0,0,20,0,0,0,22,0) op_18 (v4[20:0],v3[20:0],v15[19:0],v18[21:0]);
    wire [20:0] v19; ternary_adder #(20,0,0,0,20,0,0,0,20,0,0,0,21,0) op_19 (v10[19:0],v8[19:0],v16[19:0],v19[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[21:0] = v5[21:0];
    assign model_out[42:22] = v14[20:0];
    assign model_out[65:43] = v17[22:0];
    assign model_out[87:66] = v18[21:0];
    assign model_out[108:88] = v19[20:0];

endmodule
