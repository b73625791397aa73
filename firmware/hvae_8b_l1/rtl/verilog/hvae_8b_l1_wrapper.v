`timescale 1 ns / 1 ps

module hvae_8b_l1_wrapper (
    input clk,
    // verilator lint_off UNUSEDSIGNAL,
    input wire [683:0] model_inp,
    // verilator lint_on UNUSEDSIGNAL,
    output wire [15:0] model_out
);

wire [683:0] model_inp_packed;
    wire [15:0] model_out_packed;

    assign model_inp_packed[683:0] = model_inp[683:0];
    assign model_out[15:0] = model_out_packed[15:0];

    hvae_8b_l1 hvae_8b_l1_inst (
        .clk(clk),
        .model_inp(model_inp_packed),
        .model_out(model_out_packed)
    );

endmodule
