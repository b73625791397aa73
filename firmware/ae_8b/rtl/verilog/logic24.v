`timescale 1 ns / 1 ps

module logic24 (
    input [507:0] model_inp,
    output [332:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [0:0] v1; assign v1[0:0] = model_inp[0:0];
    wire [19:0] v2; assign v2[19:0] = model_inp[20:1];
    wire [18:0] v3; assign v3[18:0] = model_inp[39:21];
    wire [18:0] v4; assign v4[18:0] = model_inp[58:40];
    wire [18:0] v5; assign v5[18:0] = model_inp[77:59];
    wire [9:0] v6; assign v6[9:0] = model_inp[87:78];
    wire [9:0] v7; assign v7[9:0] = model_inp[97:88];
    wire [9:0] v8; assign v8[9:0] = model_inp[107:98];
    wire [9:0] v9; assign v9[9:0] = model_inp[117:108];
    wire [9:0] v10; assign v10[9:0] = model_inp[127:118];
    wire [9:0] v11; assign v11[9:0] = model_inp[137:128];
    wire [9:0] v12; assign v12[9:0] = model_inp[147:138];
    wire [19:0] v13; assign v13[19:0] = model_inp[167:148];
    wire [19:0] v14; assign v14[19:0] = model_inp[187:168];
    wire [18:0] v15; assign v15[18:0] = model_inp[206:188];
    wire [18:0] v16; assign v16[18:0] = model_inp[225:207];
    wire [18:0] v17; assign v17[18:0] = model_inp[244:226];
    wire [18:0] v18; assign v18[18:0] = model_inp[263:245];
    wire [18:0] v19; assign v19[18:0] = model_inp[282:264];
    wire [18:0] v20; assign v20[18:0] = model_inp[301:283];
    wire [18:0] v21; assign v21[18:0] = model_inp[320:302];
    wire [19:0] v22; assign v22[19:0] = model_inp[340:321];
    wire [20:0] v23; assign v23[20:0] = model_inp[361:341];
    wire [20:0] v24; assign v24[20:0] = model_inp[382:362];
    wire [20:0] v25; assign v25[20:0] = model_inp[403:383];
    wire [9:0] v26; assign v26[9:0] = model_inp[413:404];
    wire [9:0] v27; assign v27[9:0] = model_inp[423:414];
    wire [10:0] v28; assign v28[10:0] = model_inp[434:424];
    wire [10:0] v29; assign v29[10:0] = model_inp[445:435];
    wire [19:0] v30; assign v30[19:0] = model_inp[465:446];
    wire [20:0] v31; assign v31[20:0] = model_inp[486:466];
    wire [20:0] v32; assign v32[20:0] = model_inp[507:487];
    wire [18:0] v33; multiplier #(10,10,1,1,19) op_33 (v6[9:0],v6[9:0],v33[18:0]);
    wire [18:0] v34; multiplier #(10,10,1,1,19) op_34 (v7[9:0],v7[9:0],v34[18:0]);
    wire [18:0] v35; multiplier #(10,10,1,1,19) op_35 (v8[9:0],v8[9:0],v35[18:0]);
    wire [18:0] v36; multiplier #(10,10,1,1,19) op_36 (v9[9:0],v9[9:0],v36[18:0]);
    wire [18:0] v37; multiplier #(10,10,1,1,19) op_37 (v10[9:0],v10[9:0],v37[18:0]);
    wire [18:0] v38; multiplier #(10,10,1,1,19) op_38 (v11[9:0],v11[9:0],v38[18:0]);
    wire [9:0] v39; mux #(11,9,1,0,10,0) op_39 (v29[10],v28[10:0],v0[8:0],v39[9:0]);
    wire [18:0] v40; multiplier #(10,10,1,1,19) op_40 (v12[9:0],v12[9:0],v40[18:0]);
    wire [19:0] v41; ternary_adder #(19,0,0,0,19,0,0,0,19,0,0,0,20,0) op_41 (v4[18:0],v3[18:0],v19[18:0],v41[19:0]);
    wire [20:0] v42; ternary_adder #(20,0,0,0,19,0,0,0,20,0,0,0,21,0) op_42 (v2[19:0],v5[18:0],v22[19:0],v42[20:0]);
    wire [9:0] v43; binop #(1,10,1,1,10,0,0) op_43 (v1, v39, v43[9:0]);
    wire [19:0] v44; shift_adder #(19,19,0,0,20,0,0,0) op_44 (v37[18:0],v34[18:0],v44[19:0]);
    wire [20:0] v45; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_45 (v20[18:0],v21[18:0],v30[19:0],v45[20:0]);
    wire [18:0] v46; multiplier #(10,10,1,1,19) op_46 (v26[9:0],v26[9:0],v46[18:0]);
    wire [18:0] v47; multiplier #(10,10,1,1,19) op_47 (v27[9:0],v27[9:0],v47[18:0]);
    wire [20:0] v48; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_48 (v17[18:0],v16[18:0],v41[19:0],v48[20:0]);
    wire [21:0] v49; ternary_adder #(20,0,0,0,20,0,0,0,21,0,0,0,22,0) op_49 (v13[19:0],v14[19:0],v42[20:0],v49[21:0]);
    wire [20:0] v50; ternary_adder #(19,0,0,0,19,0,0,0,20,0,0,0,21,0) op_50 (v35[18:0],v33[18:0],v44[19:0],v50[20:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[18:0] = v15[18:0];
    assign model_out[37:19] = v18[18:0];
    assign model_out[58:38] = v23[20:0];
    assign model_out[79:59] = v24[20:0];
    assign model_out[100:80] = v25[20:0];
    assign model_out[121:101] = v31[20:0];
    assign model_out[142:122] = v32[20:0];
    assign model_out[161:143] = v36[18:0];
    assign model_out[180:162] = v38[18:0];
    assign model_out[199:181] = v40[18:0];
    assign model_out[209:200] = v43[9:0];
    assign model_out[230:210] = v45[20:0];
    assign model_out[249:231] = v46[18:0];
    assign model_out[268:250] = v47[18:0];
    assign model_out[289:269] = v48[20:0];
    assign model_out[311:290] = v49[21:0];
    assign model_out[332:312] = v50[20:0];

endmodule
