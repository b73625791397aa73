`timescale 1 ns / 1 ps

module logic23 (
    input [240:0] model_inp,
    output [66:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [1:0] v1; assign v1[1:0] = model_inp[1:0];
    wire [1:0] v2; assign v2[1:0] = model_inp[3:2];
    wire [10:0] v3; assign v3[10:0] = model_inp[14:4];
    wire [10:0] v4; assign v4[10:0] = model_inp[25:15];
    wire [12:0] v5; assign v5[12:0] = model_inp[38:26];
    wire [13:0] v6; assign v6[13:0] = model_inp[52:39];
    wire [10:0] v7; assign v7[10:0] = model_inp[63:53];
    wire [10:0] v8; assign v8[10:0] = model_inp[74:64];
    wire [12:0] v9; assign v9[12:0] = model_inp[87:75];
    wire [10:0] v10; assign v10[10:0] = model_inp[98:88];
    wire [10:0] v11; assign v11[10:0] = model_inp[109:99];
    wire [9:0] v12; assign v12[9:0] = model_inp[119:110];
    wire [10:0] v13; assign v13[10:0] = model_inp[130:120];
    wire [13:0] v14; assign v14[13:0] = model_inp[144:131];
    wire [12:0] v15; assign v15[12:0] = model_inp[157:145];
    wire [11:0] v16; assign v16[11:0] = model_inp[169:158];
    wire [11:0] v17; assign v17[11:0] = model_inp[181:170];
    wire [10:0] v18; assign v18[10:0] = model_inp[192:182];
    wire [10:0] v19; assign v19[10:0] = model_inp[203:193];
    wire [10:0] v20; assign v20[10:0] = model_inp[214:204];
    wire [12:0] v21; assign v21[12:0] = model_inp[227:215];
    wire [12:0] v22; assign v22[12:0] = model_inp[240:228];
    wire [10:0] v23; mux #(11,12,1,1,11,0) op_23 (v17[11],v18[10:0],v17[11:0],v23[10:0]);
    wire [11:0] v24; multiplier #(10,2,1,1,12) op_24 (v12[9:0],v1[1:0],v24[11:0]);
    wire [10:0] v25; negative #(12, 11, 1) op_25 (v24, v25[10:0]);
    wire [9:0] v26; mux #(11,9,1,0,10,0) op_26 (v20[10],v19[10:0],v0[8:0],v26[9:0]);
    wire [10:0] v27; mux #(11,12,1,1,11,0) op_27 (v24[11],v25[10:0],v24[11:0],v27[10:0]);
    wire [14:0] v28; ternary_adder #(13,0,0,0,14,0,0,0,11,0,0,0,15,0) op_28 (v5[12:0],v6[13:0],v13[10:0],v28[14:0]);
    wire [14:0] v29; ternary_adder #(13,0,0,0,13,0,0,0,14,0,0,0,15,0) op_29 (v9[12:0],v15[12:0],v14[13:0],v29[14:0]);
    wire [12:0] v30; ternary_adder #(11,0,0,0,11,0,0,0,12,0,0,0,13,0) op_30 (v4[10:0],v3[10:0],v16[11:0],v30[12:0]);
    wire [11:0] v31; multiplier #(10,2,1,1,12) op_31 (v26[9:0],v2[1:0],v31[11:0]);
    wire [10:0] v32; negative #(12, 11, 1) op_32 (v31, v32[10:0]);
    wire [12:0] v33; ternary_adder #(11,0,0,0,11,0,0,0,13,0,0,0,13,0) op_33 (v10[10:0],v7[10:0],v22[12:0],v33[12:0]);
    wire [11:0] v34; ternary_adder #(11,0,0,0,11,0,0,0,11,0,0,0,12,0) op_34 (v23[10:0],v8[10:0],v11[10:0],v34[11:0]);
    wire [10:0] v35; mux #(11,12,1,1,11,0) op_35 (v31[11],v32[10:0],v31[11:0],v35[10:0]);
    wire [14:0] v36; ternary_adder #(13,0,0,0,13,0,0,0,15,0,0,0,15,0) op_36 (v30[12:0],v21[12:0],v29[14:0],v36[14:0]);
    wire [11:0] v37; shift_adder #(11,11,0,0,12,0,0,0) op_37 (v35[10:0],v27[10:0],v37[11:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[14:0] = v28[14:0];
    assign model_out[27:15] = v33[12:0];
    assign model_out[39:28] = v34[11:0];
    assign model_out[54:40] = v36[14:0];
    assign model_out[66:55] = v37[11:0];

endmodule
