`timescale 1 ns / 1 ps

module logic23 (
    input [219:0] model_inp,
    output [61:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [0:0] v1; assign v1[0:0] = 'b1;
    wire [0:0] v2; assign v2[0:0] = model_inp[0:0];
    wire [9:0] v3; assign v3[9:0] = model_inp[10:1];
    wire [9:0] v4; assign v4[9:0] = model_inp[20:11];
    wire [9:0] v5; assign v5[9:0] = model_inp[30:21];
    wire [9:0] v6; assign v6[9:0] = model_inp[40:31];
    wire [9:0] v7; assign v7[9:0] = model_inp[50:41];
    wire [11:0] v8; assign v8[11:0] = model_inp[62:51];
    wire [11:0] v9; assign v9[11:0] = model_inp[74:63];
    wire [11:0] v10; assign v10[11:0] = model_inp[86:75];
    wire [9:0] v11; assign v11[9:0] = model_inp[96:87];
    wire [9:0] v12; assign v12[9:0] = model_inp[106:97];
    wire [9:0] v13; assign v13[9:0] = model_inp[116:107];
    wire [11:0] v14; assign v14[11:0] = model_inp[128:117];
    wire [10:0] v15; assign v15[10:0] = model_inp[139:129];
    wire [11:0] v16; assign v16[11:0] = model_inp[151:140];
    wire [13:0] v17; assign v17[13:0] = model_inp[165:152];
    wire [9:0] v18; assign v18[9:0] = model_inp[175:166];
    wire [9:0] v19; assign v19[9:0] = model_inp[185:176];
    wire [10:0] v20; assign v20[10:0] = model_inp[196:186];
    wire [10:0] v21; assign v21[10:0] = model_inp[207:197];
    wire [11:0] v22; assign v22[11:0] = model_inp[219:208];
    wire [9:0] v23; mux #(11,10,1,1,10,0) op_23 (v19[9],v20[10:0],v19[9:0],v23[9:0]);
    wire [10:0] v24; mux #(1,11,1,1,11,-9) op_24 (v22[11],v1[0:0],v21[10:0],v24[10:0]);
    wire [10:0] v25; shift_adder #(11,9,1,0,11,0,0,1) op_25 (v24[10:0],9'b111111111,v25[10:0]);
    wire [12:0] v26; ternary_adder #(12,0,0,0,10,0,0,0,12,0,0,0,13,0) op_26 (v8[11:0],v3[9:0],v14[11:0],v26[12:0]);
    wire [9:0] v27; mux #(11,9,1,0,10,0) op_27 (v25[10],v24[10:0],v0[8:0],v27[9:0]);
    wire [10:0] v28; shift_adder #(10,10,0,0,11,0,0,0) op_28 (v5[9:0],v18[9:0],v28[10:0]);
    wire [11:0] v29; ternary_adder #(10,0,0,0,10,0,0,0,11,0,0,0,12,0) op_29 (v11[9:0],v6[9:0],v15[10:0],v29[11:0]);
    wire [9:0] v30; binop #(1,10,1,1,10,0,0) op_30 (v2, v27, v30[9:0]);
    wire [10:0] v31; negative #(10, 11, 1) op_31 (v30, v31[10:0]);
    wire [12:0] v32; ternary_adder #(12,0,0,0,12,0,0,0,12,0,0,0,13,0) op_32 (v9[11:0],v10[11:0],v16[11:0],v32[12:0]);
    wire [9:0] v33; mux #(11,10,1,1,10,0) op_33 (v30[9],v31[10:0],v30[9:0],v33[9:0]);
    wire [10:0] v34; ternary_adder #(10,0,0,0,10,0,0,0,10,0,0,0,11,0) op_34 (v13[9:0],v12[9:0],v23[9:0],v34[10:0]);
    wire [11:0] v35; ternary_adder #(10,0,0,0,10,0,0,0,11,0,0,0,12,0) op_35 (v7[9:0],v4[9:0],v28[10:0],v35[11:0]);
    wire [13:0] v36; ternary_adder #(13,0,0,0,14,0,0,0,10,0,0,0,14,0) op_36 (v26[12:0],v17[13:0],v33[9:0],v36[13:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[11:0] = v29[11:0];
    assign model_out[24:12] = v32[12:0];
    assign model_out[35:25] = v34[10:0];
    assign model_out[47:36] = v35[11:0];
    assign model_out[61:48] = v36[13:0];

endmodule
