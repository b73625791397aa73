`timescale 1 ns / 1 ps

module logic33 (
    input [526:0] model_inp,
    output [288:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [20:0] v0; assign v0[20:0] = model_inp[20:0];
    wire [21:0] v1; assign v1[21:0] = model_inp[42:21];
    wire [20:0] v2; assign v2[20:0] = model_inp[63:43];
    wire [22:0] v3; assign v3[22:0] = model_inp[86:64];
    wire [20:0] v4; assign v4[20:0] = model_inp[107:87];
    wire [11:0] v5; assign v5[11:0] = model_inp[119:108];
    wire [11:0] v6; assign v6[11:0] = model_inp[131:120];
    wire [11:0] v7; assign v7[11:0] = model_inp[143:132];
    wire [21:0] v8; assign v8[21:0] = model_inp[165:144];
    wire [19:0] v9; assign v9[19:0] = model_inp[185:166];
    wire [20:0] v10; assign v10[20:0] = model_inp[206:186];
    wire [20:0] v11; assign v11[20:0] = model_inp[227:207];
    wire [11:0] v12; assign v12[11:0] = model_inp[239:228];
    wire [22:0] v13; assign v13[22:0] = model_inp[262:240];
    wire [22:0] v14; assign v14[22:0] = model_inp[285:263];
    wire [22:0] v15; assign v15[22:0] = model_inp[308:286];
    wire [20:0] v16; assign v16[20:0] = model_inp[329:309];
    wire [20:0] v17; assign v17[20:0] = model_inp[350:330];
    wire [20:0] v18; assign v18[20:0] = model_inp[371:351];
    wire [11:0] v19; assign v19[11:0] = model_inp[383:372];
    wire [20:0] v20; assign v20[20:0] = model_inp[404:384];
    wire [22:0] v21; assign v21[22:0] = model_inp[427:405];
    wire [11:0] v22; assign v22[11:0] = model_inp[439:428];
    wire [21:0] v23; assign v23[21:0] = model_inp[461:440];
    wire [22:0] v24; assign v24[22:0] = model_inp[484:462];
    wire [20:0] v25; assign v25[20:0] = model_inp[505:485];
    wire [20:0] v26; assign v26[20:0] = model_inp[526:506];
    wire [23:0] v27; ternary_adder #(22,0,0,0,22,0,0,0,23,0,0,0,24,0) op_27 (v1[21:0],v8[21:0],v14[22:0],v27[23:0]);
    wire [23:0] v28; ternary_adder #(23,0,0,0,20,0,0,0,23,0,0,0,24,0) op_28 (v3[22:0],v9[19:0],v15[22:0],v28[23:0]);
    wire [20:0] v29; multiplier #(12,12,1,1,21) op_29 (v5[11:0],v5[11:0],v29[20:0]);
    wire [20:0] v30; multiplier #(12,12,1,1,21) op_30 (v6[11:0],v6[11:0],v30[20:0]);
    wire [20:0] v31; multiplier #(12,12,1,1,21) op_31 (v7[11:0],v7[11:0],v31[20:0]);
    wire [21:0] v32; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_32 (v2[20:0],v0[20:0],v20[20:0],v32[21:0]);
    wire [21:0] v33; shift_adder #(21,21,0,0,22,0,0,0) op_33 (v25[20:0],v26[20:0],v33[21:0]);
    wire [20:0] v34; multiplier #(12,12,1,1,21) op_34 (v12[11:0],v12[11:0],v34[20:0]);
    wire [21:0] v35; shift_adder #(21,21,0,0,22,0,0,0) op_35 (v16[20:0],v30[20:0],v35[21:0]);
    wire [20:0] v36; multiplier #(12,12,1,1,21) op_36 (v19[11:0],v19[11:0],v36[20:0]);
    wire [24:0] v37; ternary_adder #(22,0,0,0,23,0,0,0,24,0,0,0,25,0) op_37 (v23[21:0],v13[22:0],v27[23:0],v37[24:0]);
    wire [20:0] v38; multiplier #(12,12,1,1,21) op_38 (v22[11:0],v22[11:0],v38[20:0]);
    wire [22:0] v39; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_39 (v10[20:0],v11[20:0],v32[21:0],v39[22:0]);
    wire [21:0] v40; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_40 (v4[20:0],v18[20:0],v34[20:0],v40[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[20:0] = v17[20:0];
    assign model_out[43:21] = v21[22:0];
    assign model_out[66:44] = v24[22:0];
    assign model_out[90:67] = v28[23:0];
    assign model_out[111:91] = v29[20:0];
    assign model_out[132:112] = v31[20:0];
    assign model_out[154:133] = v33[21:0];
    assign model_out[176:155] = v35[21:0];
    assign model_out[197:177] = v36[20:0];
    assign model_out[222:198] = v37[24:0];
    assign model_out[243:223] = v38[20:0];
    assign model_out[266:244] = v39[22:0];
    assign model_out[288:267] = v40[21:0];

endmodule
