`timescale 1 ns / 1 ps

module logic25 (
    input [332:0] model_inp,
    output [108:0] model_out
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
    wire [18:0] v7; assign v7[18:0] = model_inp[161:143];
    wire [18:0] v8; assign v8[18:0] = model_inp[180:162];
    wire [18:0] v9; assign v9[18:0] = model_inp[199:181];
    wire [9:0] v10; assign v10[9:0] = model_inp[209:200];
    wire [20:0] v11; assign v11[20:0] = model_inp[230:210];
    wire [18:0] v12; assign v12[18:0] = model_inp[249:231];
    wire [18:0] v13; assign v13[18:0] = model_inp[268:250];
    wire [20:0] v14; assign v14[20:0] = model_inp[289:269];
    wire [21:0] v15; assign v15[21:0] = model_inp[311:290];
    wire [20:0] v16; assign v16[20:0] = model_inp[332:312];
    wire [18:0] v17; multiplier #(10,10,1,1,19) op_17 (v10[9:0],v10[9:0],v17[18:0]);
    wire [21:0] v18; ternary_adder #(21,0,0,0,19,0,0,0,21,0,0,0,22,0) op_18 (v3[20:0],v8[18:0],v11[20:0],v18[21:0]);
    wire [19:0] v19; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_19 (v7[18:0],v9[18:0],v12[18:0],v19[19:0]);
    wire [19:0] v20; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_20 (v0[18:0],v1[18:0],v13[18:0],v20[19:0]);
    wire [22:0] v21; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_21 (v6[20:0],v5[20:0],v15[21:0],v21[22:0]);
    wire [21:0] v22; ternary_adder #(21,0,0,0,21,0,0,0,19,0,0,0,22,0) op_22 (v2[20:0],v4[20:0],v17[18:0],v22[21:0]);
    wire [22:0] v23; ternary_adder #(20,0,0,0,21,0,0,0,22,0,0,0,23,0) op_23 (v20[19:0],v14[20:0],v18[21:0],v23[22:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[20:0] = v16[20:0];
    assign model_out[40:21] = v19[19:0];
    assign model_out[63:41] = v21[22:0];
    assign model_out[85:64] = v22[21:0];
    assign model_out[108:86] = v23[22:0];

endmodule
