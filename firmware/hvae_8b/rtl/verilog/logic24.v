`timescale 1 ns / 1 ps

module logic24 (
    input [335:0] model_inp,
    output [108:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [19:0] v0; assign v0[19:0] = model_inp[19:0];
    wire [20:0] v1; assign v1[20:0] = model_inp[40:20];
    wire [18:0] v2; assign v2[18:0] = model_inp[59:41];
    wire [20:0] v3; assign v3[20:0] = model_inp[80:60];
    wire [20:0] v4; assign v4[20:0] = model_inp[101:81];
    wire [20:0] v5; assign v5[20:0] = model_inp[122:102];
    wire [20:0] v6; assign v6[20:0] = model_inp[143:123];
    wire [9:0] v7; assign v7[9:0] = model_inp[153:144];
    wire [20:0] v8; assign v8[20:0] = model_inp[174:154];
    wire [20:0] v9; assign v9[20:0] = model_inp[195:175];
    wire [19:0] v10; assign v10[19:0] = model_inp[215:196];
    wire [20:0] v11; assign v11[20:0] = model_inp[236:216];
    wire [18:0] v12; assign v12[18:0] = model_inp[255:237];
    wire [19:0] v13; assign v13[19:0] = model_inp[275:256];
    wire [18:0] v14; assign v14[18:0] = model_inp[294:276];
    wire [19:0] v15; assign v15[19:0] = model_inp[314:295];
    wire [20:0] v16; assign v16[20:0] = model_inp[335:315];
    wire [18:0] v17; multiplier #(10,10,1,1,19) op_17 (v7[9:0],v7[9:0],v17[18:0]);
    wire [21:0] v18; ternary_adder #(21,0,0,0,21,0,0,0,20,0,0,0,22,0) op_18 (v3[20:0],v4[20:0],v13[19:0],v18[21:0]);
    wire [19:0] v19; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_19 (v12[18:0],v2[18:0],v14[18:0],v19[19:0]);
    wire [21:0] v20; ternary_adder #(20,0,0,0,21,0,0,0,20,0,0,0,22,0) op_20 (v10[19:0],v11[20:0],v15[19:0],v20[21:0]);
    wire [20:0] v21; ternary_adder #(20,0,0,0,21,0,0,0,19,0,0,0,21,0) op_21 (v0[19:0],v1[20:0],v17[18:0],v21[20:0]);
    wire [22:0] v22; ternary_adder #(20,0,0,0,21,0,0,0,22,0,0,0,23,0) op_22 (v19[19:0],v16[20:0],v18[21:0],v22[22:0]);
    wire [22:0] v23; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_23 (v9[20:0],v8[20:0],v20[21:0],v23[22:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[20:0] = v5[20:0];
    assign model_out[41:21] = v6[20:0];
    assign model_out[62:42] = v21[20:0];
    assign model_out[85:63] = v22[22:0];
    assign model_out[108:86] = v23[22:0];

endmodule
