`timescale 1 ns / 1 ps

module hvae_8b_student (
    input clk,
    input wire [683:0] model_inp,
    output reg [15:0] model_out
);

    wire [683:0] INTERNAL_logic0_inp;
    wire [1517:0] INTERNAL_logic0_outp;
    wire [1517:0] INTERNAL_logic1_inp;
    wire [2172:0] INTERNAL_logic1_outp;
    wire [2172:0] INTERNAL_logic2_inp;
    wire [862:0] INTERNAL_logic2_outp;
    wire [862:0] INTERNAL_logic3_inp;
    wire [210:0] INTERNAL_logic3_outp;
    wire [210:0] INTERNAL_logic4_inp;
    wire [105:0] INTERNAL_logic4_outp;
    wire [105:0] INTERNAL_logic5_inp;
    wire [73:0] INTERNAL_logic5_outp;
    wire [73:0] INTERNAL_logic6_inp;
    wire [15:0] INTERNAL_logic6_outp;
    reg [683:0] model_inp_reg;
    reg [1517:0] stage1_inp;
    reg [2172:0] stage2_inp;
    reg [862:0] stage3_inp;
    reg [210:0] stage4_inp;
    reg [105:0] stage5_inp;
    reg [73:0] stage6_inp;
    
    logic0 _inst_logic0 (.model_inp(INTERNAL_logic0_inp), .model_out(INTERNAL_logic0_outp));
    logic1 _inst_logic1 (.model_inp(INTERNAL_logic1_inp), .model_out(INTERNAL_logic1_outp));
    logic2 _inst_logic2 (.model_inp(INTERNAL_logic2_inp), .model_out(INTERNAL_logic2_outp));
    logic3 _inst_logic3 (.model_inp(INTERNAL_logic3_inp), .model_out(INTERNAL_logic3_outp));
    logic4 _inst_logic4 (.model_inp(INTERNAL_logic4_inp), .model_out(INTERNAL_logic4_outp));
    logic5 _inst_logic5 (.model_inp(INTERNAL_logic5_inp), .model_out(INTERNAL_logic5_outp));
    logic6 _inst_logic6 (.model_inp(INTERNAL_logic6_inp), .model_out(INTERNAL_logic6_outp));
    
    assign INTERNAL_logic0_inp[683:0] = model_inp_reg[683:0];
    assign INTERNAL_logic1_inp[1517:0] = stage1_inp[1517:0];
    assign INTERNAL_logic2_inp[2172:0] = stage2_inp[2172:0];
    assign INTERNAL_logic3_inp[862:0] = stage3_inp[862:0];
    assign INTERNAL_logic4_inp[210:0] = stage4_inp[210:0];
    assign INTERNAL_logic5_inp[105:0] = stage5_inp[105:0];
    assign INTERNAL_logic6_inp[73:0] = stage6_inp[73:0];

    always @(posedge clk) begin
            model_inp_reg[683:0] <= model_inp[683:0];
        stage1_inp[1517:0] <= INTERNAL_logic0_outp[1517:0];
        stage2_inp[2172:0] <= INTERNAL_logic1_outp[2172:0];
        stage3_inp[862:0] <= INTERNAL_logic2_outp[862:0];
        stage4_inp[210:0] <= INTERNAL_logic3_outp[210:0];
        stage5_inp[105:0] <= INTERNAL_logic4_outp[105:0];
        stage6_inp[73:0] <= INTERNAL_logic5_outp[73:0];
        model_out[15:0] <= INTERNAL_logic6_outp[15:0];
        end

endmodule
