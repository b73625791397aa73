library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic25 is port(
    model_inp:in std_logic_vector(556 downto 0);
    model_out:out std_logic_vector(332 downto 0)
);
end entity logic25;

architecture rtl of logic25 is
    signal v0:std_logic_vector(20 downto 0);
    signal v1:std_logic_vector(20 downto 0);
    signal v2:std_logic_vector(21 downto 0);
    signal v3:std_logic_vector(21 downto 0);
    signal v4:std_logic_vector(22 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(11 downto 0);
    signal v7:std_logic_vector(20 downto 0);
    signal v8:std_logic_vector(20 downto 0);
    signal v9:std_logic_vector(11 downto 0);
    signal v10:std_logic_vector(20 downto 0);
    signal v11:std_logic_vector(21 downto 0);
    signal v12:std_logic_vector(22 downto 0);
    signal v13:std_logic_vector(20 downto 0);
    signal v14:std_logic_vector(21 downto 0);
    signal v15:std_logic_vector(21 downto 0);
    signal v16:std_logic_vector(23 downto 0);
    signal v17:std_logic_vector(21 downto 0);
    signal v18:std_logic_vector(20 downto 0);
    signal v19:std_logic_vector(22 downto 0);
    signal v20:std_logic_vector(22 downto 0);
    signal v21:std_logic_vector(20 downto 0);
    signal v22:std_logic_vector(20 downto 0);
    signal v23:std_logic_vector(20 downto 0);
    signal v24:std_logic_vector(20 downto 0);
    signal v25:std_logic_vector(11 downto 0);
    signal v26:std_logic_vector(20 downto 0);
    signal v27:std_logic_vector(21 downto 0);
    signal v28:std_logic_vector(22 downto 0);
    signal v29:std_logic_vector(22 downto 0);
    signal v30:std_logic_vector(20 downto 0);
    signal v31:std_logic_vector(22 downto 0);
    signal v32:std_logic_vector(20 downto 0);
    signal v33:std_logic_vector(23 downto 0);
    signal v34:std_logic_vector(22 downto 0);
    signal v35:std_logic_vector(20 downto 0);


begin
    v0 <= model_inp(20 downto 0);
    v1 <= model_inp(41 downto 21);
    v2 <= model_inp(63 downto 42);
    v3 <= model_inp(85 downto 64);
    v4 <= model_inp(108 downto 86);
    v5 <= model_inp(129 downto 109);
    v6 <= model_inp(141 downto 130);
    v7 <= model_inp(162 downto 142);
    v8 <= model_inp(183 downto 163);
    v9 <= model_inp(195 downto 184);
    v10 <= model_inp(216 downto 196);
    v11 <= model_inp(238 downto 217);
    v12 <= model_inp(261 downto 239);
    v13 <= model_inp(282 downto 262);
    v14 <= model_inp(304 downto 283);
    v15 <= model_inp(326 downto 305);
    v16 <= model_inp(350 downto 327);
    v17 <= model_inp(372 downto 351);
    v18 <= model_inp(393 downto 373);
    v19 <= model_inp(416 downto 394);
    v20 <= model_inp(439 downto 417);
    v21 <= model_inp(460 downto 440);
    v22 <= model_inp(481 downto 461);
    v23 <= model_inp(502 downto 482);
    v24 <= model_inp(523 downto 503);
    v25 <= model_inp(535 downto 524);
    v26 <= model_inp(556 downto 536);
    op_27:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v1,in1=>v0,in2=>v13,result=>v27);
    op_28:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v8,in1=>v5,in2=>v14,result=>v28);
    op_29:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v7,in1=>v10,in2=>v15,result=>v29);
    op_30:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v6,in1=>v6,result=>v30);
    op_31:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v2,in1=>v3,in2=>v17,result=>v31);
    op_32:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v9,in1=>v9,result=>v32);
    op_33:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v11,in1=>v4,in2=>v19,result=>v33);
    op_34:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v18,in1=>v22,in2=>v27,result=>v34);
    op_35:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v25,in1=>v25,result=>v35);
    model_out(22 downto 0) <= v12(22 downto 0);
    model_out(46 downto 23) <= v16(23 downto 0);
    model_out(69 downto 47) <= v20(22 downto 0);
    model_out(90 downto 70) <= v21(20 downto 0);
    model_out(111 downto 91) <= v23(20 downto 0);
    model_out(132 downto 112) <= v24(20 downto 0);
    model_out(153 downto 133) <= v26(20 downto 0);
    model_out(176 downto 154) <= v28(22 downto 0);
    model_out(199 downto 177) <= v29(22 downto 0);
    model_out(220 downto 200) <= v30(20 downto 0);
    model_out(243 downto 221) <= v31(22 downto 0);
    model_out(264 downto 244) <= v32(20 downto 0);
    model_out(288 downto 265) <= v33(23 downto 0);
    model_out(311 downto 289) <= v34(22 downto 0);
    model_out(332 downto 312) <= v35(20 downto 0);

end architecture rtl;

