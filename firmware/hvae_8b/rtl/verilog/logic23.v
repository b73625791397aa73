`timescale 1 ns / 1 ps

module logic23 (
    input [564:0] model_inp,
    output [255:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [0:0] v1; assign v1[0:0] = model_inp[0:0];
    wire [18:0] v2; assign v2[18:0] = model_inp[19:1];
    wire [20:0] v3; assign v3[20:0] = model_inp[40:20];
    wire [18:0] v4; assign v4[18:0] = model_inp[59:41];
    wire [18:0] v5; assign v5[18:0] = model_inp[78:60];
    wire [18:0] v6; assign v6[18:0] = model_inp[97:79];
    wire [18:0] v7; assign v7[18:0] = model_inp[116:98];
    wire [18:0] v8; assign v8[18:0] = model_inp[135:117];
    wire [9:0] v9; assign v9[9:0] = model_inp[145:136];
    wire [9:0] v10; assign v10[9:0] = model_inp[155:146];
    wire [9:0] v11; assign v11[9:0] = model_inp[165:156];
    wire [9:0] v12; assign v12[9:0] = model_inp[175:166];
    wire [9:0] v13; assign v13[9:0] = model_inp[185:176];
    wire [18:0] v14; assign v14[18:0] = model_inp[204:186];
    wire [18:0] v15; assign v15[18:0] = model_inp[223:205];
    wire [19:0] v16; assign v16[19:0] = model_inp[243:224];
    wire [19:0] v17; assign v17[19:0] = model_inp[263:244];
    wire [18:0] v18; assign v18[18:0] = model_inp[282:264];
    wire [20:0] v19; assign v19[20:0] = model_inp[303:283];
    wire [18:0] v20; assign v20[18:0] = model_inp[322:304];
    wire [18:0] v21; assign v21[18:0] = model_inp[341:323];
    wire [18:0] v22; assign v22[18:0] = model_inp[360:342];
    wire [20:0] v23; assign v23[20:0] = model_inp[381:361];
    wire [20:0] v24; assign v24[20:0] = model_inp[402:382];
    wire [9:0] v25; assign v25[9:0] = model_inp[412:403];
    wire [9:0] v26; assign v26[9:0] = model_inp[422:413];
    wire [18:0] v27; assign v27[18:0] = model_inp[441:423];
    wire [18:0] v28; assign v28[18:0] = model_inp[460:442];
    wire [20:0] v29; assign v29[20:0] = model_inp[481:461];
    wire [19:0] v30; assign v30[19:0] = model_inp[501:482];
    wire [10:0] v31; assign v31[10:0] = model_inp[512:502];
    wire [10:0] v32; assign v32[10:0] = model_inp[523:513];
    wire [19:0] v33; assign v33[19:0] = model_inp[543:524];
    wire [20:0] v34; assign v34[20:0] = model_inp[564:544];
    wire [18:0] v35; multiplier #(10,10,1,1,19) op_35 (v9[9:0],v9[9:0],v35[18:0]);
    wire [18:0] v36; multiplier #(10,10,1,1,19) op_36 (v10[9:0],v10[9:0],v36[18:0]);
    wire [18:0] v37; multiplier #(10,10,1,1,19) op_37 (v11[9:0],v11[9:0],v37[18:0]);
    wire [20:0] v38; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_38 (v18[18:0],v6[18:0],v17[19:0],v38[20:0]);
    wire [18:0] v39; multiplier #(10,10,1,1,19) op_39 (v12[9:0],v12[9:0],v39[18:0]);
    wire [9:0] v40; mux #(11,9,1,0,10,0) op_40 (v32[10],v31[10:0],v0[8:0],v40[9:0]);
    wire [18:0] v41; multiplier #(10,10,1,1,19) op_41 (v13[9:0],v13[9:0],v41[18:0]);
    wire [9:0] v42; binop #(1,10,1,1,10,0,0) op_42 (v1, v40, v42[9:0]);
    wire [19:0] v43; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_43 (v8[18:0],v7[18:0],v28[18:0],v43[19:0]);
    wire [20:0] v44; ternary_adder #(21,0,0,0,19,0,0,0,19,0,0,0,21,0) op_44 (v3[20:0],v2[18:0],v27[18:0],v44[20:0]);
    wire [19:0] v45; shift_adder #(19,19,0,0,20,0,0,0) op_45 (v14[18:0],v35[18:0],v45[19:0]);
    wire [20:0] v46; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_46 (v4[18:0],v5[18:0],v30[19:0],v46[20:0]);
    wire [18:0] v47; multiplier #(10,10,1,1,19) op_47 (v25[9:0],v25[9:0],v47[18:0]);
    wire [18:0] v48; multiplier #(10,10,1,1,19) op_48 (v26[9:0],v26[9:0],v48[18:0]);
    wire [20:0] v49; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_49 (v36[18:0],v15[18:0],v33[19:0],v49[20:0]);
    wire [21:0] v50; ternary_adder #(20,0,0,0,21,0,0,0,21,0,0,0,22,0) op_50 (v16[19:0],v29[20:0],v38[20:0],v50[21:0]);
    wire [20:0] v51; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_51 (v21[18:0],v37[18:0],v43[19:0],v51[20:0]);
    wire [21:0] v52; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_52 (v23[20:0],v19[20:0],v44[20:0],v52[21:0]);
    wire [20:0] v53; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_53 (v22[18:0],v20[18:0],v45[19:0],v53[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[20:0] = v24[20:0];
    assign model_out[41:21] = v34[20:0];
    assign model_out[60:42] = v39[18:0];
    assign model_out[79:61] = v41[18:0];
    assign model_out[89:80] = v42[9:0];
    assign model_out[110:90] = v46[20:0];
    assign model_out[129:111] = v47[18:0];
    assign model_out[148:130] = v48[18:0];
    assign model_out[169:149] = v49[20:0];
    assign model_out[191:170] = v50[21:0];
    assign model_out[212:192] = v51[20:0];
    assign model_out[234:213] = v52[21:0];
    assign model_out[255:235] = v53[20:0];

endmodule
