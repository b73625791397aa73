library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic33 is port(
    model_inp:in std_logic_vector(526 downto 0);
    model_out:out std_logic_vector(288 downto 0)
);
end entity logic33;

architecture rtl of logic33 is
    signal v0:std_logic_vector(20 downto 0);
    signal v1:std_logic_vector(21 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(22 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(11 downto 0);
    signal v6:std_logic_vector(11 downto 0);
    signal v7:std_logic_vector(11 downto 0);
    signal v8:std_logic_vector(21 downto 0);
    signal v9:std_logic_vector(19 downto 0);
    signal v10:std_logic_vector(20 downto 0);
    signal v11:std_logic_vector(20 downto 0);
    signal v12:std_logic_vector(11 downto 0);
    signal v13:std_logic_vector(22 downto 0);
    signal v14:std_logic_vector(22 downto 0);
    signal v15:std_logic_vector(22 downto 0);
    signal v16:std_logic_vector(20 downto 0);
    signal v17:std_logic_vector(20 downto 0);
    signal v18:std_logic_vector(20 downto 0);
    signal v19:std_logic_vector(11 downto 0);
    signal v20:std_logic_vector(20 downto 0);
    signal v21:std_logic_vector(22 downto 0);
    signal v22:std_logic_vector(11 downto 0);
    signal v23:std_logic_vector(21 downto 0);
    signal v24:std_logic_vector(22 downto 0);
    signal v25:std_logic_vector(20 downto 0);
    signal v26:std_logic_vector(20 downto 0);
    signal v27:std_logic_vector(23 downto 0);
    signal v28:std_logic_vector(23 downto 0);
    signal v29:std_logic_vector(20 downto 0);
    signal v30:std_logic_vector(20 downto 0);
    signal v31:std_logic_vector(20 downto 0);
    signal v32:std_logic_vector(21 downto 0);
    signal v33:std_logic_vector(21 downto 0);
    signal v34:std_logic_vector(20 downto 0);
    signal v35:std_logic_vector(21 downto 0);
    signal v36:std_logic_vector(20 downto 0);
    signal v37:std_logic_vector(24 downto 0);
    signal v38:std_logic_vector(20 downto 0);
    signal v39:std_logic_vector(22 downto 0);
    signal v40:std_logic_vector(21 downto 0);


begin
    v0 <= model_inp(20 downto 0);
    v1 <= model_inp(42 downto 21);
    v2 <= model_inp(63 downto 43);
    v3 <= model_inp(86 downto 64);
    v4 <= model_inp(107 downto 87);
    v5 <= model_inp(119 downto 108);
    v6 <= model_inp(131 downto 120);
    v7 <= model_inp(143 downto 132);
    v8 <= model_inp(165 downto 144);
    v9 <= model_inp(185 downto 166);
    v10 <= model_inp(206 downto 186);
    v11 <= model_inp(227 downto 207);
    v12 <= model_inp(239 downto 228);
    v13 <= model_inp(262 downto 240);
    v14 <= model_inp(285 downto 263);
    v15 <= model_inp(308 downto 286);
    v16 <= model_inp(329 downto 309);
    v17 <= model_inp(350 downto 330);
    v18 <= model_inp(371 downto 351);
    v19 <= model_inp(383 downto 372);
    v20 <= model_inp(404 downto 384);
    v21 <= model_inp(427 downto 405);
    v22 <= model_inp(439 downto 428);
    v23 <= model_inp(461 downto 440);
    v24 <= model_inp(484 downto 462);
    v25 <= model_inp(505 downto 485);
    v26 <= model_inp(526 downto 506);
    op_27:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v1,in1=>v8,in2=>v14,result=>v27);
    op_28:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v3,in1=>v9,in2=>v15,result=>v28);
    op_29:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v5,in1=>v5,result=>v29);
    op_30:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v6,in1=>v6,result=>v30);
    op_31:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v7,in1=>v7,result=>v31);
    op_32:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v2,in1=>v0,in2=>v20,result=>v32);
    op_33:entity work.shift_adder generic map(BW_INPUT0=>21,BW_INPUT1=>21,SIGNED0=>0,SIGNED1=>0,BW_OUT=>22,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v25,in1=>v26,result=>v33);
    op_34:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v12,in1=>v12,result=>v34);
    op_35:entity work.shift_adder generic map(BW_INPUT0=>21,BW_INPUT1=>21,SIGNED0=>0,SIGNED1=>0,BW_OUT=>22,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v16,in1=>v30,result=>v35);
    op_36:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v19,in1=>v19,result=>v36);
    op_37:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>24,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v23,in1=>v13,in2=>v27,result=>v37);
    op_38:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v22,in1=>v22,result=>v38);
    op_39:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v10,in1=>v11,in2=>v32,result=>v39);
    op_40:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v4,in1=>v18,in2=>v34,result=>v40);
    model_out(20 downto 0) <= v17(20 downto 0);
    model_out(43 downto 21) <= v21(22 downto 0);
    model_out(66 downto 44) <= v24(22 downto 0);
    model_out(90 downto 67) <= v28(23 downto 0);
    model_out(111 downto 91) <= v29(20 downto 0);
    model_out(132 downto 112) <= v31(20 downto 0);
    model_out(154 downto 133) <= v33(21 downto 0);
    model_out(176 downto 155) <= v35(21 downto 0);
    model_out(197 downto 177) <= v36(20 downto 0);
    model_out(222 downto 198) <= v37(24 downto 0);
    model_out(243 downto 223) <= v38(20 downto 0);
    model_out(266 downto 244) <= v39(22 downto 0);
    model_out(288 downto 267) <= v40(21 downto 0);

end architecture rtl;

