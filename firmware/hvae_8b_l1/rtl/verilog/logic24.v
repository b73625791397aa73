`timescale 1 ns / 1 ps

module logic24 (
    input [61:0] model_inp,
    output [15:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [15:0] v0; assign v0[15:0] = 'b1111111111111111;
    wire [11:0] v1; assign v1[11:0] = model_inp[11:0];
    wire [12:0] v2; assign v2[12:0] = model_inp[24:12];
    wire [10:0] v3; assign v3[10:0] = model_inp[35:25];
    wire [11:0] v4; assign v4[11:0] = model_inp[47:36];
    wire [13:0] v5; assign v5[13:0] = model_inp[61:48];
    wire [14:0] v6; ternary_adder #(12,0,0,0,12,0,0,0,14,0,0,0,15,0) op_6 (v4[11:0],v1[11:0],v5[13:0],v6[14:0]);
    wire [14:0] v7; ternary_adder #(13,0,0,0,11,0,0,0,15,0,0,0,15,0) op_7 (v2[12:0],v3[10:0],v6[14:0],v7[14:0]);
    wire [21:0] v8; shift_adder #(15,16,0,0,22,0,-6,1) op_8 (v7[14:0],16'b1111111111111111,v8[21:0]);
    wire [15:0] v9; mux #(15,16,0,0,16,-6) op_9 (v8[21],v7[14:0],v0[15:0],v9[15:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[15:0] = v9[15:0];

endmodule
