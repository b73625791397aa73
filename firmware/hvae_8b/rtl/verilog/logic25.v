`timescale 1 ns / 1 ps

module logic25 (
    input [668:0] model_inp,
    output [377:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [20:0] v0; assign v0[20:0] = model_inp[20:0];
    wire [22:0] v1; assign v1[22:0] = model_inp[43:21];
    wire [21:0] v2; assign v2[21:0] = model_inp[65:44];
    wire [20:0] v3; assign v3[20:0] = model_inp[86:66];
    wire [20:0] v4; assign v4[20:0] = model_inp[107:87];
    wire [20:0] v5; assign v5[20:0] = model_inp[128:108];
    wire [20:0] v6; assign v6[20:0] = model_inp[149:129];
    wire [20:0] v7; assign v7[20:0] = model_inp[170:150];
    wire [22:0] v8; assign v8[22:0] = model_inp[193:171];
    wire [20:0] v9; assign v9[20:0] = model_inp[214:194];
    wire [20:0] v10; assign v10[20:0] = model_inp[235:215];
    wire [22:0] v11; assign v11[22:0] = model_inp[258:236];
    wire [11:0] v12; assign v12[11:0] = model_inp[270:259];
    wire [20:0] v13; assign v13[20:0] = model_inp[291:271];
    wire [22:0] v14; assign v14[22:0] = model_inp[314:292];
    wire [11:0] v15; assign v15[11:0] = model_inp[326:315];
    wire [20:0] v16; assign v16[20:0] = model_inp[347:327];
    wire [20:0] v17; assign v17[20:0] = model_inp[368:348];
    wire [20:0] v18; assign v18[20:0] = model_inp[389:369];
    wire [20:0] v19; assign v19[20:0] = model_inp[410:390];
    wire [21:0] v20; assign v20[21:0] = model_inp[432:411];
    wire [21:0] v21; assign v21[21:0] = model_inp[454:433];
    wire [20:0] v22; assign v22[20:0] = model_inp[475:455];
    wire [20:0] v23; assign v23[20:0] = model_inp[496:476];
    wire [20:0] v24; assign v24[20:0] = model_inp[517:497];
    wire [22:0] v25; assign v25[22:0] = model_inp[540:518];
    wire [22:0] v26; assign v26[22:0] = model_inp[563:541];
    wire [20:0] v27; assign v27[20:0] = model_inp[584:564];
    wire [20:0] v28; assign v28[20:0] = model_inp[605:585];
    wire [20:0] v29; assign v29[20:0] = model_inp[626:606];
    wire [20:0] v30; assign v30[20:0] = model_inp[647:627];
    wire [20:0] v31; assign v31[20:0] = model_inp[668:648];
    wire [21:0] v32; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_32 (v0[20:0],v4[20:0],v19[20:0],v32[21:0]);
    wire [22:0] v33; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_33 (v5[20:0],v18[20:0],v20[21:0],v33[22:0]);
    wire [20:0] v34; multiplier #(12,12,1,1,21) op_34 (v12[11:0],v12[11:0],v34[20:0]);
    wire [22:0] v35; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_35 (v13[20:0],v9[20:0],v21[21:0],v35[22:0]);
    wire [21:0] v36; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_36 (v6[20:0],v10[20:0],v23[20:0],v36[21:0]);
    wire [20:0] v37; multiplier #(12,12,1,1,21) op_37 (v15[11:0],v15[11:0],v37[20:0]);
    wire [22:0] v38; ternary_adder #(22,0,0,0,23,0,0,0,21,0,0,0,23,0) op_38 (v2[21:0],v1[22:0],v28[20:0],v38[22:0]);
    wire [21:0] v39; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_39 (v7[20:0],v3[20:0],v30[20:0],v39[21:0]);
    wire [22:0] v40; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_40 (v16[20:0],v17[20:0],v32[21:0],v40[22:0]);
    wire [21:0] v41; shift_adder #(21,21,0,0,22,0,0,0) op_41 (v34[20:0],v37[20:0],v41[21:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[22:0] = v8[22:0];
    assign model_out[45:23] = v11[22:0];
    assign model_out[68:46] = v14[22:0];
    assign model_out[89:69] = v22[20:0];
    assign model_out[110:90] = v24[20:0];
    assign model_out[133:111] = v25[22:0];
    assign model_out[156:134] = v26[22:0];
    assign model_out[177:157] = v27[20:0];
    assign model_out[198:178] = v29[20:0];
    assign model_out[219:199] = v31[20:0];
    assign model_out[242:220] = v33[22:0];
    assign model_out[265:243] = v35[22:0];
    assign model_out[287:266] = v36[21:0];
    assign model_out[310:288] = v38[22:0];
    assign model_out[332:311] = v39[21:0];
    assign model_out[355:333] = v40[22:0];
    assign model_out[377:356] = v41[21:0];

endmodule
