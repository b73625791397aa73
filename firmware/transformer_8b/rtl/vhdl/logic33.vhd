library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic33 is port(
    model_inp:in std_logic_vector(299 downto 0);
    model_out:out std_logic_vector(108 downto 0)
);
end entity logic33;

architecture rtl of logic33 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(18 downto 0);
    signal v2:std_logic_vector(18 downto 0);
    signal v3:std_logic_vector(20 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(21 downto 0);
    signal v6:std_logic_vector(18 downto 0);
    signal v7:std_logic_vector(18 downto 0);
    signal v8:std_logic_vector(19 downto 0);
    signal v9:std_logic_vector(18 downto 0);
    signal v10:std_logic_vector(19 downto 0);
    signal v11:std_logic_vector(22 downto 0);
    signal v12:std_logic_vector(18 downto 0);
    signal v13:std_logic_vector(18 downto 0);
    signal v14:std_logic_vector(20 downto 0);
    signal v15:std_logic_vector(19 downto 0);
    signal v16:std_logic_vector(19 downto 0);
    signal v17:std_logic_vector(22 downto 0);
    signal v18:std_logic_vector(21 downto 0);
    signal v19:std_logic_vector(20 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(37 downto 19);
    v2 <= model_inp(56 downto 38);
    v3 <= model_inp(77 downto 57);
    v4 <= model_inp(98 downto 78);
    v5 <= model_inp(120 downto 99);
    v6 <= model_inp(139 downto 121);
    v7 <= model_inp(158 downto 140);
    v8 <= model_inp(178 downto 159);
    v9 <= model_inp(197 downto 179);
    v10 <= model_inp(217 downto 198);
    v11 <= model_inp(240 downto 218);
    v12 <= model_inp(259 downto 241);
    v13 <= model_inp(278 downto 260);
    v14 <= model_inp(299 downto 279);
    op_15:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>20,DROP_LSBS=>0) port map(in0=>v0,in1=>v2,in2=>v9,result=>v15);
    op_16:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>20,DROP_LSBS=>0) port map(in0=>v1,in1=>v7,in2=>v12,result=>v16);
    op_17:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v13,in1=>v6,in2=>v11,result=>v17);
    op_18:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v4,in1=>v3,in2=>v15,result=>v18);
    op_19:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v10,in1=>v8,in2=>v16,result=>v19);
    model_out(21 downto 0) <= v5(21 downto 0);
    model_out(42 downto 22) <= v14(20 downto 0);
    model_out(65 downto 43) <= v17(22 downto 0);
    model_out(87 downto 66) <= v18(21 downto 0);
    model_out(108 downto 88) <= v19(20 downto 0);

end architecture rtl;

