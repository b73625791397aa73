`timescale 1 ns / 1 ps

module logic25 (
    input [164:0] model_inp,
    output [15:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [15:0] v0; assign v0[15:0] = 'b1111111111111111;
    wire [22:0] v1; assign v1[22:0] = model_inp[22:0];
    wire [22:0] v2; assign v2[22:0] = model_inp[45:23];
    wire [22:0] v3; assign v3[22:0] = model_inp[68:46];
    wire [23:0] v4; assign v4[23:0] = model_inp[92:69];
    wire [23:0] v5; assign v5[23:0] = model_inp[116:93];
    wire [23:0] v6; assign v6[23:0] = model_inp[140:117];
    wire [23:0] v7; assign v7[23:0] = model_inp[164:141];
    wire [24:0] v8; ternary_adder #(23,0,0,0,23,0,0,0,24,0,0,0,25,0) op_8 (v1[22:0],v3[22:0],v4[23:0],v8[24:0]);
    wire [24:0] v9; ternary_adder #(23,0,0,0,24,0,0,0,24,0,0,0,25,0) op_9 (v2[22:0],v5[23:0],v6[23:0],v9[24:0]);
    wire [25:0] v10; ternary_adder #(24,0,0,0,25,0,0,0,25,0,0,0,26,0) op_10 (v7[23:0],v8[24:0],v9[24:0],v10[25:0]);
    wire [25:0] v11; shift_adder #(26,1,0,0,26,0,4,0) op_11 (v10[25:0],1'b1,v11[25:0]);
    wire [4:0] v12; assign v12[4:0] = v11[4:0];
    wire [20:0] v13; assign v13[20:0] = v11[25:5];
    wire [0:0] v14; assign v14[0:0] = |v12;
    wire [0:0] v15; assign v15[0:0] = v13[0:0];
    wire [19:0] v16; assign v16[19:0] = v13[20:1];
    wire [0:0] v17; binop #(1,1,0,0,1,0,0) op_17 (v14, v15, v17[0:0]);
    wire [20:0] v18; shift_adder #(1,20,0,0,21,0,1,0) op_18 (v17[0:0],v16[19:0],v18[20:0]);
    wire [21:0] v19; shift_adder #(21,16,0,0,22,0,0,1) op_19 (v18[20:0],16'b1111111111111111,v19[21:0]);
    wire [15:0] v20; mux #(21,16,0,0,16,0) op_20 (v19[21],v18[20:0],v0[15:0],v20[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[15:0] = v20[15:0];

endmodule
