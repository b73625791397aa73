`timescale 1 ns / 1 ps

module logic24 (
    input [255:0] model_inp,
    output [108:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [20:0] v0; assign v0[20:0] = model_inp[20:0];
    wire [20:0] v1; assign v1[20:0] = model_inp[41:21];
    wire [18:0] v2; assign v2[18:0] = model_inp[60:42];
    wire [18:0] v3; assign v3[18:0] = model_inp[79:61];
    wire [9:0] v4; assign v4[9:0] = model_inp[89:80];
    wire [20:0] v5; assign v5[20:0] = model_inp[110:90];
    wire [18:0] v6; assign v6[18:0] = model_inp[129:111];
    wire [18:0] v7; assign v7[18:0] = model_inp[148:130];
    wire [20:0] v8; assign v8[20:0] = model_inp[169:149];
    wire [21:0] v9; assign v9[21:0] = model_inp[191:170];
    wire [20:0] v10; assign v10[20:0] = model_inp[212:192];
    wire [21:0] v11; assign v11[21:0] = model_inp[234:213];
    wire [20:0] v12; assign v12[20:0] = model_inp[255:235];
    wire [18:0] v13; multiplier #(10,10,1,1,19) op_13 (v4[9:0],v4[9:0],v13[18:0]);
    wire [20:0] v14; ternary_adder #(19,0,0,0,19,0,0,0,21,0,0,0,21,0) op_14 (v6[18:0],v2[18:0],v8[20:0],v14[20:0]);
    wire [22:0] v15; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_15 (v5[20:0],v1[20:0],v9[21:0],v15[22:0]);
    wire [21:0] v16; ternary_adder #(21,0,0,0,19,0,0,0,21,0,0,0,22,0) op_16 (v0[20:0],v3[18:0],v12[20:0],v16[21:0]);
    wire [20:0] v17; ternary_adder #(19,0,0,0,19,0,0,0,21,0,0,0,21,0) op_17 (v13[18:0],v7[18:0],v10[20:0],v17[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[21:0] = v11[21:0];
    assign model_out[42:22] = v14[20:0];
    assign model_out[65:43] = v15[22:0];
    assign model_out[87:66] = v16[21:0];
    assign model_out[108:88] = v17[20:0];

endmodule
