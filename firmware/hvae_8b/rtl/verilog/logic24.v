`timescale 1 ns / 1 ps

module logic24 (
    input [376:0] model_inp,
    output [118:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [22:0] v0; assign v0[22:0] = model_inp[22:0];
    wire [20:0] v1; assign v1[20:0] = model_inp[43:23];
    wire [20:0] v2; assign v2[20:0] = model_inp[64:44];
    wire [22:0] v3; assign v3[22:0] = model_inp[87:65];
    wire [20:0] v4; assign v4[20:0] = model_inp[108:88];
    wire [20:0] v5; assign v5[20:0] = model_inp[129:109];
    wire [20:0] v6; assign v6[20:0] = model_inp[150:130];
    wire [20:0] v7; assign v7[20:0] = model_inp[171:151];
    wire [22:0] v8; assign v8[22:0] = model_inp[194:172];
    wire [22:0] v9; assign v9[22:0] = model_inp[217:195];
    wire [21:0] v10; assign v10[21:0] = model_inp[239:218];
    wire [21:0] v11; assign v11[21:0] = model_inp[261:240];
    wire [21:0] v12; assign v12[21:0] = model_inp[283:262];
    wire [22:0] v13; assign v13[22:0] = model_inp[306:284];
    wire [22:0] v14; assign v14[22:0] = model_inp[329:307];
    wire [23:0] v15; assign v15[23:0] = model_inp[353:330];
    wire [22:0] v16; assign v16[22:0] = model_inp[376:354];
    wire [22:0] v17; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_17 (v4[20:0],v7[20:0],v10[21:0],v17[22:0]);
    wire [22:0] v18; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_18 (v2[20:0],v5[20:0],v11[21:0],v18[22:0]);
    wire [22:0] v19; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_19 (v6[20:0],v1[20:0],v12[21:0],v19[22:0]);
    wire [23:0] v20; ternary_adder #(23,0,0,0,23,0,0,0,23,0,0,0,24,0) op_20 (v8[22:0],v9[22:0],v16[22:0],v20[23:0]);
    wire [24:0] v21; ternary_adder #(23,0,0,0,23,0,0,0,24,0,0,0,25,0) op_21 (v14[22:0],v13[22:0],v15[23:0],v21[24:0]);
    wire [23:0] v22; ternary_adder #(23,0,0,0,23,0,0,0,23,0,0,0,24,0) op_22 (v3[22:0],v0[22:0],v17[22:0],v22[23:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[22:0] = v18[22:0];
    assign model_out[45:23] = v19[22:0];
    assign model_out[69:46] = v20[23:0];
    assign model_out[94:70] = v21[24:0];
    assign model_out[118:95] = v22[23:0];

endmodule
