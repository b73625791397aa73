library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic41 is port(
    model_inp:in std_logic_vector(459 downto 0);
    model_out:out std_logic_vector(149 downto 0)
);
end entity logic41;

architecture rtl of logic41 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(18 downto 0);
    signal v2:std_logic_vector(19 downto 0);
    signal v3:std_logic_vector(18 downto 0);
    signal v4:std_logic_vector(18 downto 0);
    signal v5:std_logic_vector(19 downto 0);
    signal v6:std_logic_vector(18 downto 0);
    signal v7:std_logic_vector(20 downto 0);
    signal v8:std_logic_vector(18 downto 0);
    signal v9:std_logic_vector(18 downto 0);
    signal v10:std_logic_vector(19 downto 0);
    signal v11:std_logic_vector(20 downto 0);
    signal v12:std_logic_vector(20 downto 0);
    signal v13:std_logic_vector(19 downto 0);
    signal v14:std_logic_vector(19 downto 0);
    signal v15:std_logic_vector(19 downto 0);
    signal v16:std_logic_vector(19 downto 0);
    signal v17:std_logic_vector(19 downto 0);
    signal v18:std_logic_vector(19 downto 0);
    signal v19:std_logic_vector(20 downto 0);
    signal v20:std_logic_vector(20 downto 0);
    signal v21:std_logic_vector(20 downto 0);
    signal v22:std_logic_vector(20 downto 0);
    signal v23:std_logic_vector(21 downto 0);
    signal v24:std_logic_vector(20 downto 0);
    signal v25:std_logic_vector(20 downto 0);
    signal v26:std_logic_vector(20 downto 0);
    signal v27:std_logic_vector(21 downto 0);
    signal v28:std_logic_vector(22 downto 0);
    signal v29:std_logic_vector(21 downto 0);
    signal v30:std_logic_vector(21 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(37 downto 19);
    v2 <= model_inp(57 downto 38);
    v3 <= model_inp(76 downto 58);
    v4 <= model_inp(95 downto 77);
    v5 <= model_inp(115 downto 96);
    v6 <= model_inp(134 downto 116);
    v7 <= model_inp(155 downto 135);
    v8 <= model_inp(174 downto 156);
    v9 <= model_inp(193 downto 175);
    v10 <= model_inp(213 downto 194);
    v11 <= model_inp(234 downto 214);
    v12 <= model_inp(255 downto 235);
    v13 <= model_inp(275 downto 256);
    v14 <= model_inp(295 downto 276);
    v15 <= model_inp(315 downto 296);
    v16 <= model_inp(335 downto 316);
    v17 <= model_inp(355 downto 336);
    v18 <= model_inp(375 downto 356);
    v19 <= model_inp(396 downto 376);
    v20 <= model_inp(417 downto 397);
    v21 <= model_inp(438 downto 418);
    v22 <= model_inp(459 downto 439);
    op_23:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v2,in1=>v5,in2=>v12,result=>v23);
    op_24:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v8,in1=>v4,in2=>v13,result=>v24);
    op_25:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v9,in1=>v6,in2=>v17,result=>v25);
    op_26:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v3,in1=>v1,in2=>v18,result=>v26);
    op_27:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v10,in1=>v7,in2=>v20,result=>v27);
    op_28:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v21,in1=>v19,in2=>v23,result=>v28);
    op_29:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v15,in1=>v16,in2=>v26,result=>v29);
    op_30:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v11,in1=>v14,in2=>v25,result=>v30);
    model_out(18 downto 0) <= v0(18 downto 0);
    model_out(39 downto 19) <= v22(20 downto 0);
    model_out(60 downto 40) <= v24(20 downto 0);
    model_out(82 downto 61) <= v27(21 downto 0);
    model_out(105 downto 83) <= v28(22 downto 0);
    model_out(127 downto 106) <= v29(21 downto 0);
    model_out(149 downto 128) <= v30(21 downto 0);

end architecture rtl;

