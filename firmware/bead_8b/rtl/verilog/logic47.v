`timescale 1 ns / 1 ps

module logic47 (
    input [518:0] model_inp,
    output [289:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [21:0] v1; assign v1[21:0] = model_inp[40:19];
    wire [21:0] v2; assign v2[21:0] = model_inp[62:41];
    wire [22:0] v3; assign v3[22:0] = model_inp[85:63];
    wire [21:0] v4; assign v4[21:0] = model_inp[107:86];
    wire [11:0] v5; assign v5[11:0] = model_inp[119:108];
    wire [11:0] v6; assign v6[11:0] = model_inp[131:120];
    wire [21:0] v7; assign v7[21:0] = model_inp[153:132];
    wire [22:0] v8; assign v8[22:0] = model_inp[176:154];
    wire [20:0] v9; assign v9[20:0] = model_inp[197:177];
    wire [20:0] v10; assign v10[20:0] = model_inp[218:198];
    wire [11:0] v11; assign v11[11:0] = model_inp[230:219];
    wire [20:0] v12; assign v12[20:0] = model_inp[251:231];
    wire [11:0] v13; assign v13[11:0] = model_inp[263:252];
    wire [22:0] v14; assign v14[22:0] = model_inp[286:264];
    wire [20:0] v15; assign v15[20:0] = model_inp[307:287];
    wire [11:0] v16; assign v16[11:0] = model_inp[319:308];
    wire [11:0] v17; assign v17[11:0] = model_inp[331:320];
    wire [11:0] v18; assign v18[11:0] = model_inp[343:332];
    wire [20:0] v19; assign v19[20:0] = model_inp[364:344];
    wire [22:0] v20; assign v20[22:0] = model_inp[387:365];
    wire [22:0] v21; assign v21[22:0] = model_inp[410:388];
    wire [22:0] v22; assign v22[22:0] = model_inp[433:411];
    wire [20:0] v23; assign v23[20:0] = model_inp[454:434];
    wire [20:0] v24; assign v24[20:0] = model_inp[475:455];
    wire [21:0] v25; assign v25[21:0] = model_inp[497:476];
    wire [20:0] v26; assign v26[20:0] = model_inp[518:498];
    wire [22:0] v27; ternary_adder #(22,0,0,0,22,0,0,0,21,0,0,0,23,0) op_27 (v1[21:0],v2[21:0],v10[20:0],v27[22:0]);
    wire [20:0] v28; multiplier #(12,12,1,1,21) op_28 (v5[11:0],v5[11:0],v28[20:0]);
    wire [20:0] v29; multiplier #(12,12,1,1,21) op_29 (v6[11:0],v6[11:0],v29[20:0]);
    wire [23:0] v30; ternary_adder #(22,0,0,0,23,0,0,0,21,0,0,0,24,0) op_30 (v4[21:0],v3[22:0],v15[20:0],v30[23:0]);
    wire [21:0] v31; shift_adder #(21,21,0,0,22,0,0,0) op_31 (v24[20:0],v26[20:0],v31[21:0]);
    wire [22:0] v32; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_32 (v9[20:0],v12[20:0],v21[22:0],v32[22:0]);
    wire [20:0] v33; multiplier #(12,12,1,1,21) op_33 (v11[11:0],v11[11:0],v33[20:0]);
    wire [20:0] v34; multiplier #(12,12,1,1,21) op_34 (v13[11:0],v13[11:0],v34[20:0]);
    wire [22:0] v35; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_35 (v23[20:0],v19[20:0],v25[21:0],v35[22:0]);
    wire [20:0] v36; multiplier #(12,12,1,1,21) op_36 (v16[11:0],v16[11:0],v36[20:0]);
    wire [23:0] v37; ternary_adder #(22,0,0,0,23,0,0,0,23,0,0,0,24,0) op_37 (v7[21:0],v8[22:0],v27[22:0],v37[23:0]);
    wire [20:0] v38; multiplier #(12,12,1,1,21) op_38 (v17[11:0],v17[11:0],v38[20:0]);
    wire [20:0] v39; multiplier #(12,12,1,1,21) op_39 (v18[11:0],v18[11:0],v39[20:0]);
    wire [22:0] v40; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_40 (v29[20:0],v28[20:0],v31[21:0],v40[22:0]);
    wire [21:0] v41; shift_adder #(21,21,0,0,22,0,0,0) op_41 (v36[20:0],v39[20:0],v41[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v0[18:0];
    assign model_out[41:19] = v14[22:0];
    assign model_out[64:42] = v20[22:0];
    assign model_out[87:65] = v22[22:0];
    assign model_out[111:88] = v30[23:0];
    assign model_out[134:112] = v32[22:0];
    assign model_out[155:135] = v33[20:0];
    assign model_out[176:156] = v34[20:0];
    assign model_out[199:177] = v35[22:0];
    assign model_out[223:200] = v37[23:0];
    assign model_out[244:224] = v38[20:0];
    assign model_out[267:245] = v40[22:0];
    assign model_out[289:268] = v41[21:0];

endmodule
