`timescale 1 ns / 1 ps

module logic34 (
    input [189:0] model_inp,
    output [15:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [15:0] v0; assign v0[15:0] = 'b1111111111111111;
    wire [21:0] v1; assign v1[21:0] = model_inp[21:0];
    wire [21:0] v2; assign v2[21:0] = model_inp[43:22];
    wire [20:0] v3; assign v3[20:0] = model_inp[64:44];
    wire [20:0] v4; assign v4[20:0] = model_inp[85:65];
    wire [20:0] v5; assign v5[20:0] = model_inp[106:86];
    wire [21:0] v6; assign v6[21:0] = model_inp[128:107];
    wire [19:0] v7; assign v7[19:0] = model_inp[148:129];
    wire [19:0] v8; assign v8[19:0] = model_inp[168:149];
    wire [20:0] v9; assign v9[20:0] = model_inp[189:169];
    wire [22:0] v10; ternary_adder #(21,0,0,0,22,0,0,0,20,0,0,0,23,0) op_10 (v4[20:0],v1[21:0],v7[19:0],v10[22:0]);
    wire [22:0] v11; ternary_adder #(21,0,0,0,22,0,0,0,20,0,0,0,23,0) op_11 (v3[20:0],v2[21:0],v8[19:0],v11[22:0]);
    wire [22:0] v12; ternary_adder #(21,0,0,0,22,0,0,0,21,0,0,0,23,0) op_12 (v5[20:0],v6[21:0],v9[20:0],v12[22:0]);
    wire [23:0] v13; ternary_adder #(23,0,0,0,23,0,0,0,23,0,0,0,24,0) op_13 (v11[22:0],v10[22:0],v12[22:0],v13[23:0]);
    wire [23:0] v14; shift_adder #(24,1,0,0,24,0,4,0) op_14 (v13[23:0],1'b1,v14[23:0]);
    wire [4:0] v15; assign v15[4:0] = v14[4:0];
    wire [18:0] v16; assign v16[18:0] = v14[23:5];
    wire [0:0] v17; assign v17[0:0] = |v15;
    wire [0:0] v18; assign v18[0:0] = v16[0:0];
    wire [17:0] v19; assign v19[17:0] = v16[18:1];
    wire [0:0] v20; binop #(1,1,0,0,1,0,0) op_20 (v17, v18, v20[0:0]);
    wire [18:0] v21; shift_adder #(1,18,0,0,19,0,1,0) op_21 (v20[0:0],v19[17:0],v21[18:0]);
    wire [15:0] v22; assign v22[15:0] = v21[15:0];
    wire [2:0] v23; assign v23[2:0] = v21[18:16];
    wire [0:0] v24; assign v24[0:0] = |v23;
    wire [15:0] v25; mux #(16,16,0,0,16,0) op_25 (v24[0],v0[15:0],v22[15:0],v25[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[15:0] = v25[15:0];

endmodule
