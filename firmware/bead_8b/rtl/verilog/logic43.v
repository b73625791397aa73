`timescale 1 ns / 1 ps

module logic43 (
    input [541:0] model_inp,
    output [299:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [18:0] v0; assign v0[18:0] = model_inp[18:0];
    wire [21:0] v1; assign v1[21:0] = model_inp[40:19];
    wire [20:0] v2; assign v2[20:0] = model_inp[61:41];
    wire [20:0] v3; assign v3[20:0] = model_inp[82:62];
    wire [21:0] v4; assign v4[21:0] = model_inp[104:83];
    wire [20:0] v5; assign v5[20:0] = model_inp[125:105];
    wire [20:0] v6; assign v6[20:0] = model_inp[146:126];
    wire [20:0] v7; assign v7[20:0] = model_inp[167:147];
    wire [20:0] v8; assign v8[20:0] = model_inp[188:168];
    wire [11:0] v9; assign v9[11:0] = model_inp[200:189];
    wire [10:0] v10; assign v10[10:0] = model_inp[211:201];
    wire [11:0] v11; assign v11[11:0] = model_inp[223:212];
    wire [20:0] v12; assign v12[20:0] = model_inp[244:224];
    wire [20:0] v13; assign v13[20:0] = model_inp[265:245];
    wire [22:0] v14; assign v14[22:0] = model_inp[288:266];
    wire [22:0] v15; assign v15[22:0] = model_inp[311:289];
    wire [20:0] v16; assign v16[20:0] = model_inp[332:312];
    wire [21:0] v17; assign v17[21:0] = model_inp[354:333];
    wire [19:0] v18; assign v18[19:0] = model_inp[374:355];
    wire [10:0] v19; assign v19[10:0] = model_inp[385:375];
    wire [11:0] v20; assign v20[11:0] = model_inp[397:386];
    wire [10:0] v21; assign v21[10:0] = model_inp[408:398];
    wire [22:0] v22; assign v22[22:0] = model_inp[431:409];
    wire [22:0] v23; assign v23[22:0] = model_inp[454:432];
    wire [20:0] v24; assign v24[20:0] = model_inp[475:455];
    wire [20:0] v25; assign v25[20:0] = model_inp[496:476];
    wire [22:0] v26; assign v26[22:0] = model_inp[519:497];
    wire [21:0] v27; assign v27[21:0] = model_inp[541:520];
    wire [22:0] v28; ternary_adder #(22,0,0,0,22,0,0,0,21,0,0,0,23,0) op_28 (v1[21:0],v4[21:0],v16[20:0],v28[22:0]);
    wire [20:0] v29; multiplier #(12,12,1,1,21) op_29 (v9[11:0],v9[11:0],v29[20:0]);
    wire [22:0] v30; ternary_adder #(21,0,0,0,21,0,0,0,22,0,0,0,23,0) op_30 (v7[20:0],v8[20:0],v17[21:0],v30[22:0]);
    wire [19:0] v31; multiplier #(11,11,1,1,20) op_31 (v10[10:0],v10[10:0],v31[19:0]);
    wire [20:0] v32; multiplier #(12,12,1,1,21) op_32 (v11[11:0],v11[11:0],v32[20:0]);
    wire [22:0] v33; ternary_adder #(21,0,0,0,21,0,0,0,23,0,0,0,23,0) op_33 (v2[20:0],v3[20:0],v23[22:0],v33[22:0]);
    wire [21:0] v34; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_34 (v6[20:0],v5[20:0],v24[20:0],v34[21:0]);
    wire [19:0] v35; multiplier #(11,11,1,1,20) op_35 (v19[10:0],v19[10:0],v35[19:0]);
    wire [20:0] v36; multiplier #(12,12,1,1,21) op_36 (v20[11:0],v20[11:0],v36[20:0]);
    wire [24:0] v37; ternary_adder #(23,0,0,0,23,0,0,0,23,0,0,0,25,0) op_37 (v22[22:0],v14[22:0],v28[22:0],v37[24:0]);
    wire [19:0] v38; multiplier #(11,11,1,1,20) op_38 (v21[10:0],v21[10:0],v38[19:0]);
    wire [21:0] v39; ternary_adder #(21,0,0,0,21,0,0,0,21,0,0,0,22,0) op_39 (v12[20:0],v13[20:0],v29[20:0],v39[21:0]);
    wire [23:0] v40; ternary_adder #(23,0,0,0,23,0,0,0,23,0,0,0,24,0) op_40 (v15[22:0],v26[22:0],v30[22:0],v40[23:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v0[18:0];
    assign model_out[38:19] = v18[19:0];
    assign model_out[59:39] = v25[20:0];
    assign model_out[81:60] = v27[21:0];
    assign model_out[101:82] = v31[19:0];
    assign model_out[122:102] = v32[20:0];
    assign model_out[145:123] = v33[22:0];
    assign model_out[167:146] = v34[21:0];
    assign model_out[187:168] = v35[19:0];
    assign model_out[208:188] = v36[20:0];
    assign model_out[233:209] = v37[24:0];
    assign model_out[253:234] = v38[19:0];
    assign model_out[275:254] = v39[21:0];
    assign model_out[299:276] = v40[23:0];

endmodule
