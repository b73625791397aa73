`timescale 1 ns / 1 ps

module logic24 (
    input [66:0] model_inp,
    output [15:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [15:0] v0; assign v0[15:0] = 'b1111111111111111;
    wire [14:0] v1; assign v1[14:0] = model_inp[14:0];
    wire [12:0] v2; assign v2[12:0] = model_inp[27:15];
    wire [11:0] v3; assign v3[11:0] = model_inp[39:28];
    wire [14:0] v4; assign v4[14:0] = model_inp[54:40];
    wire [11:0] v5; assign v5[11:0] = model_inp[66:55];
    wire [13:0] v6; ternary_adder #(12,0,0,0,13,0,0,0,12,0,0,0,14,0) op_6 (v3[11:0],v2[12:0],v5[11:0],v6[13:0]);
    wire [15:0] v7; ternary_adder #(15,0,0,0,15,0,0,0,14,0,0,0,16,0) op_7 (v1[14:0],v4[14:0],v6[13:0],v7[15:0]);
    wire [22:0] v8; shift_adder #(16,16,0,0,23,0,-6,1) op_8 (v7[15:0],16'b1111111111111111,v8[22:0]);
    wire [15:0] v9; mux #(16,16,0,0,16,-6) op_9 (v8[22],v7[15:0],v0[15:0],v9[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[15:0] = v9[15:0];

endmodule
