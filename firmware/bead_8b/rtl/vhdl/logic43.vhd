library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic43 is port(
    model_inp:in std_logic_vector(541 downto 0);
    model_out:out std_logic_vector(299 downto 0)
);
end entity logic43;

architecture rtl of logic43 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(21 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(20 downto 0);
    signal v4:std_logic_vector(21 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(20 downto 0);
    signal v7:std_logic_vector(20 downto 0);
    signal v8:std_logic_vector(20 downto 0);
    signal v9:std_logic_vector(11 downto 0);
    signal v10:std_logic_vector(10 downto 0);
    signal v11:std_logic_vector(11 downto 0);
    signal v12:std_logic_vector(20 downto 0);
    signal v13:std_logic_vector(20 downto 0);
    signal v14:std_logic_vector(22 downto 0);
    signal v15:std_logic_vector(22 downto 0);
    signal v16:std_logic_vector(20 downto 0);
    signal v17:std_logic_vector(21 downto 0);
    signal v18:std_logic_vector(19 downto 0);
    signal v19:std_logic_vector(10 downto 0);
    signal v20:std_logic_vector(11 downto 0);
    signal v21:std_logic_vector(10 downto 0);
    signal v22:std_logic_vector(22 downto 0);
    signal v23:std_logic_vector(22 downto 0);
    signal v24:std_logic_vector(20 downto 0);
    signal v25:std_logic_vector(20 downto 0);
    signal v26:std_logic_vector(22 downto 0);
    signal v27:std_logic_vector(21 downto 0);
    signal v28:std_logic_vector(22 downto 0);
    signal v29:std_logic_vector(20 downto 0);
    signal v30:std_logic_vector(22 downto 0);
    signal v31:std_logic_vector(19 downto 0);
    signal v32:std_logic_vector(20 downto 0);
    signal v33:std_logic_vector(22 downto 0);
    signal v34:std_logic_vector(21 downto 0);
    signal v35:std_logic_vector(19 downto 0);
    signal v36:std_logic_vector(20 downto 0);
    signal v37:std_logic_vector(24 downto 0);
    signal v38:std_logic_vector(19 downto 0);
    signal v39:std_logic_vector(21 downto 0);
    signal v40:std_logic_vector(23 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(40 downto 19);
    v2 <= model_inp(61 downto 41);
    v3 <= model_inp(82 downto 62);
    v4 <= model_inp(104 downto 83);
    v5 <= model_inp(125 downto 105);
    v6 <= model_inp(146 downto 126);
    v7 <= model_inp(167 downto 147);
    v8 <= model_inp(188 downto 168);
    v9 <= model_inp(200 downto 189);
    v10 <= model_inp(211 downto 201);
    v11 <= model_inp(223 downto 212);
    v12 <= model_inp(244 downto 224);
    v13 <= model_inp(265 downto 245);
    v14 <= model_inp(288 downto 266);
    v15 <= model_inp(311 downto 289);
    v16 <= model_inp(332 downto 312);
    v17 <= model_inp(354 downto 333);
    v18 <= model_inp(374 downto 355);
    v19 <= model_inp(385 downto 375);
    v20 <= model_inp(397 downto 386);
    v21 <= model_inp(408 downto 398);
    v22 <= model_inp(431 downto 409);
    v23 <= model_inp(454 downto 432);
    v24 <= model_inp(475 downto 455);
    v25 <= model_inp(496 downto 476);
    v26 <= model_inp(519 downto 497);
    v27 <= model_inp(541 downto 520);
    op_28:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v1,in1=>v4,in2=>v16,result=>v28);
    op_29:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v9,in1=>v9,result=>v29);
    op_30:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v7,in1=>v8,in2=>v17,result=>v30);
    op_31:entity work.multiplier generic map(BW_INPUT0=>11,BW_INPUT1=>11,SIGNED0=>1,SIGNED1=>1,BW_OUT=>20) port map(in0=>v10,in1=>v10,result=>v31);
    op_32:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v11,in1=>v11,result=>v32);
    op_33:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v2,in1=>v3,in2=>v23,result=>v33);
    op_34:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v6,in1=>v5,in2=>v24,result=>v34);
    op_35:entity work.multiplier generic map(BW_INPUT0=>11,BW_INPUT1=>11,SIGNED0=>1,SIGNED1=>1,BW_OUT=>20) port map(in0=>v19,in1=>v19,result=>v35);
    op_36:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v20,in1=>v20,result=>v36);
    op_37:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v22,in1=>v14,in2=>v28,result=>v37);
    op_38:entity work.multiplier generic map(BW_INPUT0=>11,BW_INPUT1=>11,SIGNED0=>1,SIGNED1=>1,BW_OUT=>20) port map(in0=>v21,in1=>v21,result=>v38);
    op_39:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v12,in1=>v13,in2=>v29,result=>v39);
    op_40:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v15,in1=>v26,in2=>v30,result=>v40);
    model_out(18 downto 0) <= v0(18 downto 0);
    model_out(38 downto 19) <= v18(19 downto 0);
    model_out(59 downto 39) <= v25(20 downto 0);
    model_out(81 downto 60) <= v27(21 downto 0);
    model_out(101 downto 82) <= v31(19 downto 0);
    model_out(122 downto 102) <= v32(20 downto 0);
    model_out(145 downto 123) <= v33(22 downto 0);
    model_out(167 downto 146) <= v34(21 downto 0);
    model_out(187 downto 168) <= v35(19 downto 0);
    model_out(208 downto 188) <= v36(20 downto 0);
    model_out(233 downto 209) <= v37(24 downto 0);
    model_out(253 downto 234) <= v38(19 downto 0);
    model_out(275 downto 254) <= v39(21 downto 0);
    model_out(299 downto 276) <= v40(23 downto 0);

end architecture rtl;

