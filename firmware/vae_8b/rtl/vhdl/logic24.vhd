library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic24 is port(
    model_inp:in std_logic_vector(463 downto 0);
    model_out:out std_logic_vector(164 downto 0)
);
end entity logic24;

architecture rtl of logic24 is
    signal v0:std_logic_vector(21 downto 0);
    signal v1:std_logic_vector(21 downto 0);
    signal v2:std_logic_vector(21 downto 0);
    signal v3:std_logic_vector(20 downto 0);
    signal v4:std_logic_vector(21 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(20 downto 0);
    signal v7:std_logic_vector(20 downto 0);
    signal v8:std_logic_vector(21 downto 0);
    signal v9:std_logic_vector(22 downto 0);
    signal v10:std_logic_vector(22 downto 0);
    signal v11:std_logic_vector(20 downto 0);
    signal v12:std_logic_vector(21 downto 0);
    signal v13:std_logic_vector(21 downto 0);
    signal v14:std_logic_vector(22 downto 0);
    signal v15:std_logic_vector(21 downto 0);
    signal v16:std_logic_vector(21 downto 0);
    signal v17:std_logic_vector(22 downto 0);
    signal v18:std_logic_vector(22 downto 0);
    signal v19:std_logic_vector(22 downto 0);
    signal v20:std_logic_vector(22 downto 0);
    signal v21:std_logic_vector(22 downto 0);
    signal v22:std_logic_vector(22 downto 0);
    signal v23:std_logic_vector(22 downto 0);
    signal v24:std_logic_vector(23 downto 0);
    signal v25:std_logic_vector(23 downto 0);
    signal v26:std_logic_vector(23 downto 0);
    signal v27:std_logic_vector(23 downto 0);


begin
    v0 <= model_inp(21 downto 0);
    v1 <= model_inp(43 downto 22);
    v2 <= model_inp(65 downto 44);
    v3 <= model_inp(86 downto 66);
    v4 <= model_inp(108 downto 87);
    v5 <= model_inp(129 downto 109);
    v6 <= model_inp(150 downto 130);
    v7 <= model_inp(171 downto 151);
    v8 <= model_inp(193 downto 172);
    v9 <= model_inp(216 downto 194);
    v10 <= model_inp(239 downto 217);
    v11 <= model_inp(260 downto 240);
    v12 <= model_inp(282 downto 261);
    v13 <= model_inp(304 downto 283);
    v14 <= model_inp(327 downto 305);
    v15 <= model_inp(349 downto 328);
    v16 <= model_inp(371 downto 350);
    v17 <= model_inp(394 downto 372);
    v18 <= model_inp(417 downto 395);
    v19 <= model_inp(440 downto 418);
    v20 <= model_inp(463 downto 441);
    op_21:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v4,in1=>v8,in2=>v11,result=>v21);
    op_22:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v2,in1=>v1,in2=>v12,result=>v22);
    op_23:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v6,in1=>v3,in2=>v16,result=>v23);
    op_24:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v13,in1=>v7,in2=>v17,result=>v24);
    op_25:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v0,in1=>v5,in2=>v18,result=>v25);
    op_26:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v15,in1=>v10,in2=>v20,result=>v26);
    op_27:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v14,in1=>v9,in2=>v22,result=>v27);
    model_out(22 downto 0) <= v19(22 downto 0);
    model_out(45 downto 23) <= v21(22 downto 0);
    model_out(68 downto 46) <= v23(22 downto 0);
    model_out(92 downto 69) <= v24(23 downto 0);
    model_out(116 downto 93) <= v25(23 downto 0);
    model_out(140 downto 117) <= v26(23 downto 0);
    model_out(164 downto 141) <= v27(23 downto 0);

end architecture rtl;

