`timescale 1 ns / 1 ps

module logic25 (
    input [329:0] model_inp,
    output [108:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [20:0] v1; assign v1[20:0] = model_inp[39:19];
    wire [18:0] v2; assign v2[18:0] = model_inp[58:40];
    wire [18:0] v3; assign v3[18:0] = model_inp[77:59];
    wire [18:0] v4; assign v4[18:0] = model_inp[96:78];
    wire [18:0] v5; assign v5[18:0] = model_inp[115:97];
    wire [18:0] v6; assign v6[18:0] = model_inp[134:116];
    wire [20:0] v7; assign v7[20:0] = model_inp[155:135];
    wire [20:0] v8; assign v8[20:0] = model_inp[176:156];
    wire [21:0] v9; assign v9[21:0] = model_inp[198:177];
    wire [9:0] v10; assign v10[9:0] = model_inp[208:199];
    wire [20:0] v11; assign v11[20:0] = model_inp[229:209];
    wire [20:0] v12; assign v12[20:0] = model_inp[250:230];
    wire [20:0] v13; assign v13[20:0] = model_inp[271:251];
    wire [18:0] v14; assign v14[18:0] = model_inp[290:272];
    wire [18:0] v15; assign v15[18:0] = model_inp[309:291];
    wire [19:0] v16; assign v16[19:0] = model_inp[329:310];
    wire [20:0] v17; ternary_adder #(19,0,0,0,19,0,0,0,21,0,0,0,21,0) op_17 (v5[18:0],v4[18:0],v12[20:0],v17[20:0]);
    wire [18:0] v18; multiplier #(10,10,1,1,19) op_18 (v10[9:0],v10[9:0],v18[18:0]);
    wire [19:0] v19; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_19 (v6[18:0],v2[18:0],v15[18:0],v19[19:0]);
    wire [20:0] v20; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_20 (v3[18:0],v0[18:0],v16[19:0],v20[20:0]);
    wire [22:0] v21; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,23,0) op_21 (v11[20:0],v13[20:0],v17[20:0],v21[22:0]);
    wire [21:0] v22; ternary_adder #(21,0,0,0,19,0,0,0,20,0,0,0,22,0) op_22 (v1[20:0],v14[18:0],v19[19:0],v22[21:0]);
    wire [22:0] v23; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,23,0) op_23 (v8[20:0],v7[20:0],v20[20:0],v23[22:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[21:0] = v9[21:0];
    assign model_out[40:22] = v18[18:0];
    assign model_out[63:41] = v21[22:0];
    assign model_out[85:64] = v22[21:0];
    assign model_out[108:86] = v23[22:0];

endmodule
