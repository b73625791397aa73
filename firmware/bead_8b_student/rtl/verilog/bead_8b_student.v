`timescale 1 ns / 1 ps

module bead_8b_student (
    input clk,
    input wire [911:0] model_inp,
    output reg [14:0] model_out
);

    wire [911:0] INTERNAL_logic0_inp;
    wire [1491:0] INTERNAL_logic0_outp;
    wire [1491:0] INTERNAL_logic1_inp;
    wire [2241:0] INTERNAL_logic1_outp;
    wire [2241:0] INTERNAL_logic2_inp;
    wire [837:0] INTERNAL_logic2_outp;
    wire [837:0] INTERNAL_logic3_inp;
    wire [261:0] INTERNAL_logic3_outp;
    wire [261:0] INTERNAL_logic4_inp;
    wire [84:0] INTERNAL_logic4_outp;
    wire [84:0] INTERNAL_logic5_inp;
    wire [58:0] INTERNAL_logic5_outp;
    wire [58:0] INTERNAL_logic6_inp;
    wire [14:0] INTERNAL_logic6_outp;
    reg [911:0] model_inp_reg;
    reg [1491:0] stage1_inp;
    reg [2241:0] stage2_inp;
    reg [837:0] stage3_inp;
    reg [261:0] stage4_inp;
    reg [84:0] stage5_inp;
    reg [58:0] stage6_inp;
    
    logic0 _inst_logic0 (.model_inp(INTERNAL_logic0_inp), .model_out(INTERNAL_logic0_outp));
    logic1 _inst_logic1 (.model_inp(INTERNAL_logic1_inp), .model_out(INTERNAL_logic1_outp));
    logic2 _inst_logic2 (.model_inp(INTERNAL_logic2_inp), .model_out(INTERNAL_logic2_outp));
    logic3 _inst_logic3 (.model_inp(INTERNAL_logic3_inp), .model_out(INTERNAL_logic3_outp));
    logic4 _inst_logic4 (.model_inp(INTERNAL_logic4_inp), .model_out(INTERNAL_logic4_outp));
    logic5 _inst_logic5 (.model_inp(INTERNAL_logic5_inp), .model_out(INTERNAL_logic5_outp));
    logic6 _inst_logic6 (.model_inp(INTERNAL_logic6_inp), .model_out(INTERNAL_logic6_outp));
    
    assign INTERNAL_logic0_inp[911:0] = model_inp_reg[911:0];
    assign INTERNAL_logic1_inp[1491:0] = stage1_inp[1491:0];
    assign INTERNAL_logic2_inp[2241:0] = stage2_inp[2241:0];
    assign INTERNAL_logic3_inp[837:0] = stage3_inp[837:0];
    assign INTERNAL_logic4_inp[261:0] = stage4_inp[261:0];
    assign INTERNAL_logic5_inp[84:0] = stage5_inp[84:0];
    assign INTERNAL_logic6_inp[58:0] = stage6_inp[58:0];

    always @(posedge clk) begin
            model_inp_reg[911:0] <= model_inp[911:0];
        stage1_inp[1491:0] <= INTERNAL_logic0_outp[1491:0];
        stage2_inp[2241:0] <= INTERNAL_logic1_outp[2241:0];
        stage3_inp[837:0] <= INTERNAL_logic2_outp[837:0];
        stage4_inp[261:0] <= INTERNAL_logic3_outp[261:0];
        stage5_inp[84:0] <= INTERNAL_logic4_outp[84:0];
        stage6_inp[58:0] <= INTERNAL_logic5_outp[58:0];
        model_out[14:0] <= INTERNAL_logic6_outp[14:0];
        end

endmodule
