`timescale 1 ns / 1 ps

module logic23 (
    input [248:0] model_inp,
    output [94:0] model_out
);

    // verilator lint_off UNUSEDSIGNAL
    // Explicit quantization operation will drop bits if exists

    wire [8:0] v0; assign v0[8:0] = 'b111111111;
    wire [0:0] v1; assign v1[0:0] = 'b1;
    wire [11:0] v2; assign v2[11:0] = model_inp[11:0];
    wire [0:0] v3; assign v3[0:0] = model_inp[12:12];
    wire [0:0] v4; assign v4[0:0] = model_inp[13:13];
    wire [0:0] v5; assign v5[0:0] = model_inp[14:14];
    wire [9:0] v6; assign v6[9:0] = model_inp[24:15];
    wire [9:0] v7; assign v7[9:0] = model_inp[34:25];
    wire [11:0] v8; assign v8[11:0] = model_inp[46:35];
    wire [9:0] v9; assign v9[9:0] = model_inp[56:47];
    wire [9:0] v10; assign v10[9:0] = model_inp[66:57];
    wire [9:0] v11; assign v11[9:0] = model_inp[76:67];
    wire [11:0] v12; assign v12[11:0] = model_inp[88:77];
    wire [9:0] v13; assign v13[9:0] = model_inp[98:89];
    wire [10:0] v14; assign v14[10:0] = model_inp[109:99];
    wire [9:0] v15; assign v15[9:0] = model_inp[119:110];
    wire [9:0] v16; assign v16[9:0] = model_inp[129:120];
    wire [9:0] v17; assign v17[9:0] = model_inp[139:130];
    wire [9:0] v18; assign v18[9:0] = model_inp[149:140];
    wire [7:0] v19; assign v19[7:0] = model_inp[157:150];
    wire [12:0] v20; assign v20[12:0] = model_inp[170:158];
    wire [10:0] v21; assign v21[10:0] = model_inp[181:171];
    wire [9:0] v22; assign v22[9:0] = model_inp[191:182];
    wire [9:0] v23; assign v23[9:0] = model_inp[201:192];
    wire [11:0] v24; assign v24[11:0] = model_inp[213:202];
    wire [11:0] v25; assign v25[11:0] = model_inp[225:214];
    wire [11:0] v26; assign v26[11:0] = model_inp[237:226];
    wire [10:0] v27; assign v27[10:0] = model_inp[248:238];
    wire [9:0] v28; binop #(1,10,1,1,10,0,0) op_28 (v5, v22, v28[9:0]);
    wire [10:0] v29; negative #(10, 11, 1) op_29 (v28, v29[10:0]);
    wire [9:0] v30; binop #(1,10,1,1,10,0,0) op_30 (v4, v23, v30[9:0]);
    wire [10:0] v31; negative #(10, 11, 1) op_31 (v30, v31[10:0]);
    wire [12:0] v32; shift_adder #(8,12,1,1,13,0,-3,1) op_32 (v19[7:0],v2[11:0],v32[12:0]);
    wire [12:0] v33; shift_adder #(13,1,1,0,13,0,1,0) op_33 (v32[12:0],1'b1,v33[12:0]);
    wire [1:0] v34; assign v34[1:0] = v33[1:0];
    wire [10:0] v35; assign v35[10:0] = v33[12:2];
    wire [0:0] v36; assign v36[0:0] = |v34;
    wire [0:0] v37; assign v37[0:0] = v35[0:0];
    wire [9:0] v38; assign v38[9:0] = v35[10:1];
    wire [10:0] v39; ternary_adder #(10,0,0,0,10,0,0,0,10,0,0,0,11,0) op_39 (v11[9:0],v13[9:0],v17[9:0],v39[10:0]);
    wire [9:0] v40; mux #(11,10,1,1,10,0) op_40 (v28[9],v29[10:0],v28[9:0],v40[9:0]);
    wire [9:0] v41; mux #(11,10,1,1,10,0) op_41 (v30[9],v31[10:0],v30[9:0],v41[9:0]);
    wire [0:0] v42; binop #(1,1,0,0,1,0,0) op_42 (v36, v37, v42[0:0]);
    wire [10:0] v43; shift_adder #(1,10,0,1,11,0,1,0) op_43 (v42[0:0],v38[9:0],v43[10:0]);
    wire [11:0] v44; shift_adder #(11,1,1,0,12,0,9,0) op_44 (v43[10:0],1'b1,v44[11:0]);
    wire [11:0] v45; ternary_adder #(10,0,0,0,10,0,0,0,11,0,0,0,12,0) op_45 (v9[9:0],v16[9:0],v21[10:0],v45[11:0]);
    wire [13:0] v46; ternary_adder #(12,0,0,0,10,0,0,0,13,0,0,0,14,0) op_46 (v12[11:0],v6[9:0],v20[12:0],v46[13:0]);
    wire [10:0] v47; mux #(1,11,1,1,11,-9) op_47 (v44[11],v1[0:0],v43[10:0],v47[10:0]);
    wire [10:0] v48; shift_adder #(11,9,1,0,11,0,0,1) op_48 (v47[10:0],9'b111111111,v48[10:0]);
    wire [9:0] v49; mux #(11,9,1,0,10,0) op_49 (v48[10],v47[10:0],v0[8:0],v49[9:0]);
    wire [11:0] v50; ternary_adder #(10,0,0,0,10,0,0,0,11,0,0,0,12,0) op_50 (v7[9:0],v15[9:0],v27[10:0],v50[11:0]);
    wire [9:0] v51; binop #(1,10,1,1,10,0,0) op_51 (v3, v49, v51[9:0]);
    wire [10:0] v52; negative #(10, 11, 1) op_52 (v51, v52[10:0]);
    wire [11:0] v53; ternary_adder #(10,0,0,0,10,0,0,0,11,0,0,0,12,0) op_53 (v18[9:0],v40[9:0],v39[10:0],v53[11:0]);
    wire [13:0] v54; ternary_adder #(12,0,0,0,10,0,0,0,14,0,0,0,14,0) op_54 (v8[11:0],v10[9:0],v46[13:0],v54[13:0]);
    wire [9:0] v55; mux #(11,10,1,1,10,0) op_55 (v51[9],v52[10:0],v51[9:0],v55[9:0]);
    wire [12:0] v56; ternary_adder #(11,0,0,0,12,0,0,0,12,0,0,0,13,0) op_56 (v14[10:0],v25[11:0],v50[11:0],v56[12:0]);

    // verilator lint_on UNUSEDSIGNAL

    assign model_out[11:0] = v24[11:0];
    assign model_out[23:12] = v26[11:0];
    assign model_out[33:24] = v41[9:0];
    assign model_out[45:34] = v45[11:0];
    assign model_out[57:46] = v53[11:0];
    assign model_out[71:58] = v54[13:0];
    assign model_out[81:72] = v55[9:0];
    assign model_out[94:82] = v56[12:0];

endmodule
