`timescale 1 ns / 1 ps

module logic6 (
    input [73:0] model_inp,
    output [15:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [15:0] v0; assign v0[15:0] = 'b1111111111111111;
    wire [12:0] v1; assign v1[12:0] = model_inp[12:0];
    wire [13:0] v2; assign v2[13:0] = model_inp[26:13];
    wire [13:0] v3; assign v3[13:0] = model_inp[40:27];
    wire [15:0] v4; assign v4[15:0] = model_inp[56:41];
    wire [16:0] v5; assign v5[16:0] = model_inp[73:57];
    wire [16:0] v6; ternary_adder #(14,1,0,0,14,1,1,2,17,1,0,0,17,0) op_6 (v3[13:0],v2[13:0],v5[16:0],v6[16:0]);
    wire [17:0] v7; ternary_adder #(16,1,0,1,13,1,1,2,17,1,0,0,18,0) op_7 (v4[15:0],v1[12:0],v6[16:0],v7[17:0]);
    wire [17:0] v8; shift_adder #(18,7,1,0,18,0,4,0) op_8 (v7[17:0],7'b1101011,v8[17:0]);
    wire [15:0] v9; assign v9[15:0] = v8[15:0] & {16{~v8[17]}};
    wire [16:0] v10; shift_adder #(16,16,0,0,17,0,-1,1) op_10 (v9[15:0],16'b1111111111111111,v10[16:0]);
    wire [15:0] v11; mux #(16,16,0,0,16,-1) op_11 (v10[16],v9[15:0],v0[15:0],v11[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[15:0] = v11[15:0];

endmodule
