library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic25 is port(
    model_inp:in std_logic_vector(668 downto 0);
    model_out:out std_logic_vector(377 downto 0)
);
end entity logic25;

architecture rtl of logic25 is
    signal v0:std_logic_vector(20 downto 0);
    signal v1:std_logic_vector(22 downto 0);
    signal v2:std_logic_vector(21 downto 0);
    signal v3:std_logic_vector(20 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(20 downto 0);
    signal v7:std_logic_vector(20 downto 0);
    signal v8:std_logic_vector(22 downto 0);
    signal v9:std_logic_vector(20 downto 0);
    signal v10:std_logic_vector(20 downto 0);
    signal v11:std_logic_vector(22 downto 0);
    signal v12:std_logic_vector(11 downto 0);
    signal v13:std_logic_vector(20 downto 0);
    signal v14:std_logic_vector(22 downto 0);
    signal v15:std_logic_vector(11 downto 0);
    signal v16:std_logic_vector(20 downto 0);
    signal v17:std_logic_vector(20 downto 0);
    signal v18:std_logic_vector(20 downto 0);
    signal v19:std_logic_vector(20 downto 0);
    signal v20:std_logic_vector(21 downto 0);
    signal v21:std_logic_vector(21 downto 0);
    signal v22:std_logic_vector(20 downto 0);
    signal v23:std_logic_vector(20 downto 0);
    signal v24:std_logic_vector(20 downto 0);
    signal v25:std_logic_vector(22 downto 0);
    signal v26:std_logic_vector(22 downto 0);
    signal v27:std_logic_vector(20 downto 0);
    signal v28:std_logic_vector(20 downto 0);
    signal v29:std_logic_vector(20 downto 0);
    signal v30:std_logic_vector(20 downto 0);
    signal v31:std_logic_vector(20 downto 0);
    signal v32:std_logic_vector(21 downto 0);
    signal v33:std_logic_vector(22 downto 0);
    signal v34:std_logic_vector(20 downto 0);
    signal v35:std_logic_vector(22 downto 0);
    signal v36:std_logic_vector(21 downto 0);
    signal v37:std_logic_vector(20 downto 0);
    signal v38:std_logic_vector(22 downto 0);
    signal v39:std_logic_vector(21 downto 0);
    signal v40:std_logic_vector(22 downto 0);
    signal v41:std_logic_vector(21 downto 0);


begin
    v0 <= model_inp(20 downto 0);
    v1 <= model_inp(43 downto 21);
    v2 <= model_inp(65 downto 44);
    v3 <= model_inp(86 downto 66);
    v4 <= model_inp(107 downto 87);
    v5 <= model_inp(128 downto 108);
    v6 <= model_inp(149 downto 129);
    v7 <= model_inp(170 downto 150);
    v8 <= model_inp(193 downto 171);
    v9 <= model_inp(214 downto 194);
    v10 <= model_inp(235 downto 215);
    v11 <= model_inp(258 downto 236);
    v12 <= model_inp(270 downto 259);
    v13 <= model_inp(291 downto 271);
    v14 <= model_inp(314 downto 292);
    v15 <= model_inp(326 downto 315);
    v16 <= model_inp(347 downto 327);
    v17 <= model_inp(368 downto 348);
    v18 <= model_inp(389 downto 369);
    v19 <= model_inp(410 downto 390);
    v20 <= model_inp(432 downto 411);
    v21 <= model_inp(454 downto 433);
    v22 <= model_inp(475 downto 455);
    v23 <= model_inp(496 downto 476);
    v24 <= model_inp(517 downto 497);
    v25 <= model_inp(540 downto 518);
    v26 <= model_inp(563 downto 541);
    v27 <= model_inp(584 downto 564);
    v28 <= model_inp(605 downto 585);
    v29 <= model_inp(626 downto 606);
    v30 <= model_inp(647 downto 627);
    v31 <= model_inp(668 downto 648);
    op_32:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v0,in1=>v4,in2=>v19,result=>v32);
    op_33:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v5,in1=>v18,in2=>v20,result=>v33);
    op_34:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v12,in1=>v12,result=>v34);
    op_35:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v13,in1=>v9,in2=>v21,result=>v35);
    op_36:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v6,in1=>v10,in2=>v23,result=>v36);
    op_37:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v15,in1=>v15,result=>v37);
    op_38:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v2,in1=>v1,in2=>v28,result=>v38);
    op_39:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v7,in1=>v3,in2=>v30,result=>v39);
    op_40:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v16,in1=>v17,in2=>v32,result=>v40);
    op_41:entity work.shift_adder generic map(BW_INPUT0=>21,BW_INPUT1=>21,SIGNED0=>0,SIGNED1=>0,BW_OUT=>22,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v34,in1=>v37,result=>v41);
    model_out(22 downto 0) <= v8(22 downto 0);
    model_out(45 downto 23) <= v11(22 downto 0);
    model_out(68 downto 46) <= v14(22 downto 0);
    model_out(89 downto 69) <= v22(20 downto 0);
    model_out(110 downto 90) <= v24(20 downto 0);
    model_out(133 downto 111) <= v25(22 downto 0);
    model_out(156 downto 134) <= v26(22 downto 0);
    model_out(177 downto 157) <= v27(20 downto 0);
    model_out(198 downto 178) <= v29(20 downto 0);
    model_out(219 downto 199) <= v31(20 downto 0);
    model_out(242 downto 220) <= v33(22 downto 0);
    model_out(265 downto 243) <= v35(22 downto 0);
    model_out(287 downto 266) <= v36(21 downto 0);
    model_out(310 downto 288) <= v38(22 downto 0);
    model_out(332 downto 311) <= v39(21 downto 0);
    model_out(355 downto 333) <= v40(22 downto 0);
    model_out(377 downto 356) <= v41(21 downto 0);

end architecture rtl;

