`timescale 1 ns / 1 ps

module logic32 (
    input [474:0] model_inp,
    output [249:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [22:0] v0; assign v0[22:0] = model_inp[22:0];
    wire [22:0] v1; assign v1[22:0] = model_inp[45:23];
    wire [20:0] v2; assign v2[20:0] = model_inp[66:46];
    wire [22:0] v3; assign v3[22:0] = model_inp[89:67];
    wire [20:0] v4; assign v4[20:0] = model_inp[110:90];
    wire [11:0] v5; assign v5[11:0] = model_inp[122:111];
    wire [22:0] v6; assign v6[22:0] = model_inp[145:123];
    wire [20:0] v7; assign v7[20:0] = model_inp[166:146];
    wire [11:0] v8; assign v8[11:0] = model_inp[178:167];
    wire [11:0] v9; assign v9[11:0] = model_inp[190:179];
    wire [20:0] v10; assign v10[20:0] = model_inp[211:191];
    wire [20:0] v11; assign v11[20:0] = model_inp[232:212];
    wire [22:0] v12; assign v12[22:0] = model_inp[255:233];
    wire [22:0] v13; assign v13[22:0] = model_inp[278:256];
    wire [20:0] v14; assign v14[20:0] = model_inp[299:279];
    wire [20:0] v15; assign v15[20:0] = model_inp[320:300];
    wire [22:0] v16; assign v16[22:0] = model_inp[343:321];
    wire [22:0] v17; assign v17[22:0] = model_inp[366:344];
    wire [21:0] v18; assign v18[21:0] = model_inp[388:367];
    wire [22:0] v19; assign v19[22:0] = model_inp[411:389];
    wire [20:0] v20; assign v20[20:0] = model_inp[432:412];
    wire [20:0] v21; assign v21[20:0] = model_inp[453:433];
    wire [20:0] v22; assign v22[20:0] = model_inp[474:454];
    wire [23:0] v23; ternary_adder #(23,0,0,0,23,0,0,0,21,0,0,0,24,0) op_23 (v0[22:0],v1[22:0],v11[20:0],v23[23:0]);
    wire [20:0] v24; multiplier #(12,12,1,1,21) op_24 (v5[11:0],v5[11:0],v24[20:0]);
    wire [22:0] v25; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_25 (v4[20:0],v2[20:0],v13[22:0],v25[22:0]);
    wire [20:0] v26; multiplier #(12,12,1,1,21) op_26 (v8[11:0],v8[11:0],v26[20:0]);
    wire [20:0] v27; multiplier #(12,12,1,1,21) op_27 (v9[11:0],v9[11:0],v27[20:0]);
    wire [22:0] v28; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_28 (v10[20:0],v7[20:0],v19[22:0],v28[22:0]);
    wire [23:0] v29; ternary_adder #(23,0,0,0,23,0,0,0,21,0,0,0,24,0) op_29 (v3[22:0],v6[22:0],v22[20:0],v29[23:0]);
    wire [21:0] v30; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_30 (v14[20:0],v15[20:0],v24[20:0],v30[21:0]);
    wire [21:0] v31; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_31 (v21[20:0],v20[20:0],v26[20:0],v31[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[22:0] = v12[22:0];
    assign model_out[45:23] = v16[22:0];
    assign model_out[68:46] = v17[22:0];
    assign model_out[90:69] = v18[21:0];
    assign model_out[114:91] = v23[23:0];
    assign model_out[137:115] = v25[22:0];
    assign model_out[158:138] = v27[20:0];
    assign model_out[181:159] = v28[22:0];
    assign model_out[205:182] = v29[23:0];
    assign model_out[227:206] = v30[21:0];
    assign model_out[249:228] = v31[21:0];

endmodule
