`timescale 1 ns / 1 ps

/* verilator lint_off DECLFILENAME */
module table_b255567b_ed22_4d3f_8df7_121ae0fc9d1e(input [5:0] in, output reg [2:0] out);
always @(*) case (in)
6'h00: out = 3'h0;
6'h01: out = 3'h1;
6'h02: out = 3'h1;
6'h03: out = 3'h2;
6'h04: out = 3'h1;
6'h05: out = 3'h2;
6'h06: out = 3'h2;
6'h07: out = 3'h3;
6'h08: out = 3'h1;
6'h09: out = 3'h2;
6'h0A: out = 3'h2;
6'h0B: out = 3'h3;
6'h0C: out = 3'h2;
6'h0D: out = 3'h3;
6'h0E: out = 3'h3;
6'h0F: out = 3'h4;
6'h10: out = 3'h1;
6'h11: out = 3'h2;
6'h12: out = 3'h2;
6'h13: out = 3'h3;
6'h14: out = 3'h2;
6'h15: out = 3'h3;
6'h16: out = 3'h3;
6'h17: out = 3'h4;
6'h18: out = 3'h2;
6'h19: out = 3'h3;
6'h1A: out = 3'h3;
6'h1B: out = 3'h4;
6'h1C: out = 3'h3;
6'h1D: out = 3'h4;
6'h1E: out = 3'h4;
6'h1F: out = 3'h5;
6'h20: out = 3'h1;
6'h21: out = 3'h2;
6'h22: out = 3'h2;
6'h23: out = 3'h3;
6'h24: out = 3'h2;
6'h25: out = 3'h3;
6'h26: out = 3'h3;
6'h27: out = 3'h4;
6'h28: out = 3'h2;
6'h29: out = 3'h3;
6'h2A: out = 3'h3;
6'h2B: out = 3'h4;
6'h2C: out = 3'h3;
6'h2D: out = 3'h4;
6'h2E: out = 3'h4;
6'h2F: out = 3'h5;
6'h30: out = 3'h2;
6'h31: out = 3'h3;
6'h32: out = 3'h3;
6'h33: out = 3'h4;
6'h34: out = 3'h3;
6'h35: out = 3'h4;
6'h36: out = 3'h4;
6'h37: out = 3'h5;
6'h38: out = 3'h3;
6'h39: out = 3'h4;
6'h3A: out = 3'h4;
6'h3B: out = 3'h5;
6'h3C: out = 3'h4;
6'h3D: out = 3'h5;
6'h3E: out = 3'h5;
6'h3F: out = 3'h6;
default: out = {3{1'bx}};
endcase
endmodule
/* verilator lint_on DECLFILENAME */
