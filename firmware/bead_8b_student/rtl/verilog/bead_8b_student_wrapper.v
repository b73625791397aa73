`timescale 1 ns / 1 ps

module bead_8b_student_wrapper (
    input clk,
    // verilator lint_off UNUSEDSIGNAL,
    input wire [911:0] model_inp,
    // verilator lint_on UNUSEDSIGNAL,
    output wire [14:0] model_out
);

wire [911:0] model_inp_packed;
    wire [14:0] model_out_packed;

    assign model_inp_packed[911:0] = model_inp[911:0];
    assign model_out[14:0] = model_out_packed[14:0];

    bead_8b_student bead_8b_student_inst (
        .clk(clk),
        .model_inp(model_inp_packed),
        .model_out(model_out_packed)
    );

endmodule
