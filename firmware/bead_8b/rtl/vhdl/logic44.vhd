library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic44 is port(
    model_inp:in std_logic_vector(321 downto 0);
    model_out:out std_logic_vector(106 downto 0)
);
end entity logic44;

architecture rtl of logic44 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(19 downto 0);
    signal v2:std_logic_vector(19 downto 0);
    signal v3:std_logic_vector(18 downto 0);
    signal v4:std_logic_vector(18 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(18 downto 0);
    signal v7:std_logic_vector(21 downto 0);
    signal v8:std_logic_vector(20 downto 0);
    signal v9:std_logic_vector(18 downto 0);
    signal v10:std_logic_vector(18 downto 0);
    signal v11:std_logic_vector(18 downto 0);
    signal v12:std_logic_vector(20 downto 0);
    signal v13:std_logic_vector(20 downto 0);
    signal v14:std_logic_vector(20 downto 0);
    signal v15:std_logic_vector(21 downto 0);
    signal v16:std_logic_vector(20 downto 0);
    signal v17:std_logic_vector(19 downto 0);
    signal v18:std_logic_vector(19 downto 0);
    signal v19:std_logic_vector(21 downto 0);
    signal v20:std_logic_vector(22 downto 0);
    signal v21:std_logic_vector(22 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(38 downto 19);
    v2 <= model_inp(58 downto 39);
    v3 <= model_inp(77 downto 59);
    v4 <= model_inp(96 downto 78);
    v5 <= model_inp(117 downto 97);
    v6 <= model_inp(136 downto 118);
    v7 <= model_inp(158 downto 137);
    v8 <= model_inp(179 downto 159);
    v9 <= model_inp(198 downto 180);
    v10 <= model_inp(217 downto 199);
    v11 <= model_inp(236 downto 218);
    v12 <= model_inp(257 downto 237);
    v13 <= model_inp(278 downto 258);
    v14 <= model_inp(299 downto 279);
    v15 <= model_inp(321 downto 300);
    op_16:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v1,in1=>v2,in2=>v6,result=>v16);
    op_17:entity work.shift_adder generic map(BW_INPUT0=>19,BW_INPUT1=>19,SIGNED0=>0,SIGNED1=>0,BW_OUT=>20,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v11,in1=>v9,result=>v17);
    op_18:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>20,DROP_LSBS=>0) port map(in0=>v3,in1=>v4,in2=>v10,result=>v18);
    op_19:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v5,in1=>v8,in2=>v13,result=>v19);
    op_20:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v12,in1=>v16,in2=>v15,result=>v20);
    op_21:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v14,in1=>v7,in2=>v17,result=>v21);
    model_out(18 downto 0) <= v0(18 downto 0);
    model_out(38 downto 19) <= v18(19 downto 0);
    model_out(60 downto 39) <= v19(21 downto 0);
    model_out(83 downto 61) <= v20(22 downto 0);
    model_out(106 downto 84) <= v21(22 downto 0);

end architecture rtl;

