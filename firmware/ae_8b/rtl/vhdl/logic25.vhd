library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic25 is port(
    model_inp:in std_logic_vector(355 downto 0);
    model_out:out std_logic_vector(188 downto 0)
);
end entity logic25;

architecture rtl of logic25 is
    signal v0:std_logic_vector(20 downto 0);
    signal v1:std_logic_vector(19 downto 0);
    signal v2:std_logic_vector(19 downto 0);
    signal v3:std_logic_vector(19 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(9 downto 0);
    signal v6:std_logic_vector(9 downto 0);
    signal v7:std_logic_vector(20 downto 0);
    signal v8:std_logic_vector(20 downto 0);
    signal v9:std_logic_vector(20 downto 0);
    signal v10:std_logic_vector(18 downto 0);
    signal v11:std_logic_vector(18 downto 0);
    signal v12:std_logic_vector(18 downto 0);
    signal v13:std_logic_vector(9 downto 0);
    signal v14:std_logic_vector(21 downto 0);
    signal v15:std_logic_vector(19 downto 0);
    signal v16:std_logic_vector(19 downto 0);
    signal v17:std_logic_vector(20 downto 0);
    signal v18:std_logic_vector(20 downto 0);
    signal v19:std_logic_vector(18 downto 0);
    signal v20:std_logic_vector(21 downto 0);
    signal v21:std_logic_vector(18 downto 0);
    signal v22:std_logic_vector(21 downto 0);
    signal v23:std_logic_vector(18 downto 0);
    signal v24:std_logic_vector(19 downto 0);
    signal v25:std_logic_vector(22 downto 0);
    signal v26:std_logic_vector(21 downto 0);


begin
    v0 <= model_inp(20 downto 0);
    v1 <= model_inp(40 downto 21);
    v2 <= model_inp(60 downto 41);
    v3 <= model_inp(80 downto 61);
    v4 <= model_inp(101 downto 81);
    v5 <= model_inp(111 downto 102);
    v6 <= model_inp(121 downto 112);
    v7 <= model_inp(142 downto 122);
    v8 <= model_inp(163 downto 143);
    v9 <= model_inp(184 downto 164);
    v10 <= model_inp(203 downto 185);
    v11 <= model_inp(222 downto 204);
    v12 <= model_inp(241 downto 223);
    v13 <= model_inp(251 downto 242);
    v14 <= model_inp(273 downto 252);
    v15 <= model_inp(293 downto 274);
    v16 <= model_inp(313 downto 294);
    v17 <= model_inp(334 downto 314);
    v18 <= model_inp(355 downto 335);
    op_19:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>19) port map(in0=>v5,in1=>v5,result=>v19);
    op_20:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v1,in1=>v3,in2=>v7,result=>v20);
    op_21:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>19) port map(in0=>v6,in1=>v6,result=>v21);
    op_22:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v4,in1=>v11,in2=>v18,result=>v22);
    op_23:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>19) port map(in0=>v13,in1=>v13,result=>v23);
    op_24:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>20,DROP_LSBS=>0) port map(in0=>v10,in1=>v12,in2=>v19,result=>v24);
    op_25:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v8,in1=>v9,in2=>v20,result=>v25);
    op_26:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v2,in1=>v0,in2=>v21,result=>v26);
    model_out(21 downto 0) <= v14(21 downto 0);
    model_out(41 downto 22) <= v15(19 downto 0);
    model_out(61 downto 42) <= v16(19 downto 0);
    model_out(82 downto 62) <= v17(20 downto 0);
    model_out(104 downto 83) <= v22(21 downto 0);
    model_out(123 downto 105) <= v23(18 downto 0);
    model_out(143 downto 124) <= v24(19 downto 0);
    model_out(166 downto 144) <= v25(22 downto 0);
    model_out(188 downto 167) <= v26(21 downto 0);

end architecture rtl;

