`timescale 1 ns / 1 ps

module logic6 (
    input [58:0] model_inp,
    output [14:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [12:0] v0; assign v0[12:0] = model_inp[12:0];
    wire [14:0] v1; assign v1[14:0] = model_inp[27:13];
    wire [14:0] v2; assign v2[14:0] = model_inp[42:28];
    wire [15:0] v3; assign v3[15:0] = model_inp[58:43];
    wire [16:0] v4; ternary_adder #(16,1,0,0,15,1,0,0,13,0,1,3,17,0) op_4 (v3[15:0],v1[14:0],v0[12:0],v4[16:0]);
    wire [16:0] v5; ternary_adder #(13,0,1,1,15,1,1,0,17,1,0,0,17,0) op_5 (v0[12:0],v2[14:0],v4[16:0],v5[16:0]);
    wire [16:0] v6; shift_adder #(17,6,1,0,17,0,6,0) op_6 (v5[16:0],6'b101111,v6[16:0]);
    wire [14:0] v7; assign v7[14:0] = v6[14:0] & {15{~v6[16]}};

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[14:0] = v7[14:0];

endmodule
