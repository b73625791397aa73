`timescale 1 ns / 1 ps

module logic24 (
    input [463:0] model_inp,
    output [164:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [21:0] v0; assign v0[21:0] = model_inp[21:0];
    wire [21:0] v1; assign v1[21:0] = model_inp[43:22];
    wire [21:0] v2; assign v2[21:0] = model_inp[65:44];
    wire [20:0] v3; assign v3[20:0] = model_inp[86:66];
    wire [21:0] v4; assign v4[21:0] = model_inp[108:87];
    wire [20:0] v5; assign v5[20:0] = model_inp[129:109];
    wire [20:0] v6; assign v6[20:0] = model_inp[150:130];
    wire [20:0] v7; assign v7[20:0] = model_inp[171:151];
    wire [21:0] v8; assign v8[21:0] = model_inp[193:172];
    wire [22:0] v9; assign v9[22:0] = model_inp[216:194];
    wire [22:0] v10; assign v10[22:0] = model_inp[239:217];
    wire [20:0] v11; assign v11[20:0] = model_inp[260:240];
    wire [21:0] v12; assign v12[21:0] = model_inp[282:261];
    wire [21:0] v13; assign v13[21:0] = model_inp[304:283];
    wire [22:0] v14; assign v14[22:0] = model_inp[327:305];
    wire [21:0] v15; assign v15[21:0] = model_inp[349:328];
    wire [21:0] v16; assign v16[21:0] = model_inp[371:350];
    wire [22:0] v17; assign v17[22:0] = model_inp[394:372];
    wire [22:0] v18; assign v18[22:0] = model_inp[417:395];
    wire [22:0] v19; assign v19[22:0] = model_inp[440:418];
    wire [22:0] v20; assign v20[22:0] = model_inp[463:441];
    wire [22:0] v21; ternary_adder #(22,0,0,0,22,0,0,0,21,0,0,0,23,0) op_21 (v4[21:0],v8[21:0],v11[20:0],v21[22:0]);
    wire [22:0] v22; ternary_adder #(22,0,0,0,22,0,0,0,22,0,0,0,23,0) op_22 (v2[21:0],v1[21:0],v12[21:0],v22[22:0]);
    wire [22:0] v23; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_23 (v6[20:0],v3[20:0],v16[21:0],v23[22:0]);
    wire [23:0] v24; ternary_adder #(22,0,0,0,21,0,0,0,23,0,0,0,24,0) op_24 (v13[21:0],v7[20:0],v17[22:0],v24[23:0]);
    wire [23:0] v25; ternary_adder #(22,0,0,0,21,0,0,0,23,0,0,0,24,0) op_25 (v0[21:0],v5[20:0],v18[22:0],v25[23:0]);
    wire [23:0] v26; ternary_adder #(22,0,0,0,23,0,0,0,23,0,0,0,24,0) op_26 (v15[21:0],v10[22:0],v20[22:0],v26[23:0]);
    wire [23:0] v27; ternary_adder #(23,0,0,0,23,0,0,0,23,0,0,0,24,0) op_27 (v14[22:0],v9[22:0],v22[22:0],v27[23:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[22:0] = v19[22:0];
    assign model_out[45:23] = v21[22:0];
    assign model_out[68:46] = v23[22:0];
    assign model_out[92:69] = v24[23:0];
    assign model_out[116:93] = v25[23:0];
    assign model_out[140:117] = v26[23:0];
    assign model_out[164:141] = v27[23:0];

endmodule
