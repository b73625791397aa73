library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic47 is port(
    model_inp:in std_logic_vector(518 downto 0);
    model_out:out std_logic_vector(289 downto 0)
);
end entity logic47;

architecture rtl of logic47 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(21 downto 0);
    signal v2:std_logic_vector(21 downto 0);
    signal v3:std_logic_vector(22 downto 0);
    signal v4:std_logic_vector(21 downto 0);
    signal v5:std_logic_vector(11 downto 0);
    signal v6:std_logic_vector(11 downto 0);
    signal v7:std_logic_vector(21 downto 0);
    signal v8:std_logic_vector(22 downto 0);
    signal v9:std_logic_vector(20 downto 0);
    signal v10:std_logic_vector(20 downto 0);
    signal v11:std_logic_vector(11 downto 0);
    signal v12:std_logic_vector(20 downto 0);
    signal v13:std_logic_vector(11 downto 0);
    signal v14:std_logic_vector(22 downto 0);
    signal v15:std_logic_vector(20 downto 0);
    signal v16:std_logic_vector(11 downto 0);
    signal v17:std_logic_vector(11 downto 0);
    signal v18:std_logic_vector(11 downto 0);
    signal v19:std_logic_vector(20 downto 0);
    signal v20:std_logic_vector(22 downto 0);
    signal v21:std_logic_vector(22 downto 0);
    signal v22:std_logic_vector(22 downto 0);
    signal v23:std_logic_vector(20 downto 0);
    signal v24:std_logic_vector(20 downto 0);
    signal v25:std_logic_vector(21 downto 0);
    signal v26:std_logic_vector(20 downto 0);
    signal v27:std_logic_vector(22 downto 0);
    signal v28:std_logic_vector(20 downto 0);
    signal v29:std_logic_vector(20 downto 0);
    signal v30:std_logic_vector(23 downto 0);
    signal v31:std_logic_vector(21 downto 0);
    signal v32:std_logic_vector(22 downto 0);
    signal v33:std_logic_vector(20 downto 0);
    signal v34:std_logic_vector(20 downto 0);
    signal v35:std_logic_vector(22 downto 0);
    signal v36:std_logic_vector(20 downto 0);
    signal v37:std_logic_vector(23 downto 0);
    signal v38:std_logic_vector(20 downto 0);
    signal v39:std_logic_vector(20 downto 0);
    signal v40:std_logic_vector(22 downto 0);
    signal v41:std_logic_vector(21 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(40 downto 19);
    v2 <= model_inp(62 downto 41);
    v3 <= model_inp(85 downto 63);
    v4 <= model_inp(107 downto 86);
    v5 <= model_inp(119 downto 108);
    v6 <= model_inp(131 downto 120);
    v7 <= model_inp(153 downto 132);
    v8 <= model_inp(176 downto 154);
    v9 <= model_inp(197 downto 177);
    v10 <= model_inp(218 downto 198);
    v11 <= model_inp(230 downto 219);
    v12 <= model_inp(251 downto 231);
    v13 <= model_inp(263 downto 252);
    v14 <= model_inp(286 downto 264);
    v15 <= model_inp(307 downto 287);
    v16 <= model_inp(319 downto 308);
    v17 <= model_inp(331 downto 320);
    v18 <= model_inp(343 downto 332);
    v19 <= model_inp(364 downto 344);
    v20 <= model_inp(387 downto 365);
    v21 <= model_inp(410 downto 388);
    v22 <= model_inp(433 downto 411);
    v23 <= model_inp(454 downto 434);
    v24 <= model_inp(475 downto 455);
    v25 <= model_inp(497 downto 476);
    v26 <= model_inp(518 downto 498);
    op_27:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v1,in1=>v2,in2=>v10,result=>v27);
    op_28:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v5,in1=>v5,result=>v28);
    op_29:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v6,in1=>v6,result=>v29);
    op_30:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v4,in1=>v3,in2=>v15,result=>v30);
    op_31:entity work.shift_adder generic map(BW_INPUT0=>21,BW_INPUT1=>21,SIGNED0=>0,SIGNED1=>0,BW_OUT=>22,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v24,in1=>v26,result=>v31);
    op_32:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v9,in1=>v12,in2=>v21,result=>v32);
    op_33:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v11,in1=>v11,result=>v33);
    op_34:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v13,in1=>v13,result=>v34);
    op_35:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v23,in1=>v19,in2=>v25,result=>v35);
    op_36:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v16,in1=>v16,result=>v36);
    op_37:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v7,in1=>v8,in2=>v27,result=>v37);
    op_38:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v17,in1=>v17,result=>v38);
    op_39:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v18,in1=>v18,result=>v39);
    op_40:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v29,in1=>v28,in2=>v31,result=>v40);
    op_41:entity work.shift_adder generic map(BW_INPUT0=>21,BW_INPUT1=>21,SIGNED0=>0,SIGNED1=>0,BW_OUT=>22,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v36,in1=>v39,result=>v41);
    model_out(18 downto 0) <= v0(18 downto 0);
    model_out(41 downto 19) <= v14(22 downto 0);
    model_out(64 downto 42) <= v20(22 downto 0);
    model_out(87 downto 65) <= v22(22 downto 0);
    model_out(111 downto 88) <= v30(23 downto 0);
    model_out(134 downto 112) <= v32(22 downto 0);
    model_out(155 downto 135) <= v33(20 downto 0);
    model_out(176 downto 156) <= v34(20 downto 0);
    model_out(199 downto 177) <= v35(22 downto 0);
    model_out(223 downto 200) <= v37(23 downto 0);
    model_out(244 downto 224) <= v38(20 downto 0);
    model_out(267 downto 245) <= v40(22 downto 0);
    model_out(289 downto 268) <= v41(21 downto 0);

end architecture rtl;

