library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic33 is port(
    model_inp:in std_logic_vector(249 downto 0);
    model_out:out std_logic_vector(119 downto 0)
);
end entity logic33;

architecture rtl of logic33 is
    signal v0:std_logic_vector(22 downto 0);
    signal v1:std_logic_vector(22 downto 0);
    signal v2:std_logic_vector(22 downto 0);
    signal v3:std_logic_vector(21 downto 0);
    signal v4:std_logic_vector(23 downto 0);
    signal v5:std_logic_vector(22 downto 0);
    signal v6:std_logic_vector(20 downto 0);
    signal v7:std_logic_vector(22 downto 0);
    signal v8:std_logic_vector(23 downto 0);
    signal v9:std_logic_vector(21 downto 0);
    signal v10:std_logic_vector(21 downto 0);
    signal v11:std_logic_vector(23 downto 0);
    signal v12:std_logic_vector(23 downto 0);
    signal v13:std_logic_vector(24 downto 0);


begin
    v0 <= model_inp(22 downto 0);
    v1 <= model_inp(45 downto 23);
    v2 <= model_inp(68 downto 46);
    v3 <= model_inp(90 downto 69);
    v4 <= model_inp(114 downto 91);
    v5 <= model_inp(137 downto 115);
    v6 <= model_inp(158 downto 138);
    v7 <= model_inp(181 downto 159);
    v8 <= model_inp(205 downto 182);
    v9 <= model_inp(227 downto 206);
    v10 <= model_inp(249 downto 228);
    op_11:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v0,in1=>v1,in2=>v6,result=>v11);
    op_12:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v3,in1=>v2,in2=>v9,result=>v12);
    op_13:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>24,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v5,in1=>v4,in2=>v10,result=>v13);
    model_out(22 downto 0) <= v7(22 downto 0);
    model_out(46 downto 23) <= v8(23 downto 0);
    model_out(70 downto 47) <= v11(23 downto 0);
    model_out(94 downto 71) <= v12(23 downto 0);
    model_out(119 downto 95) <= v13(24 downto 0);

end architecture rtl;

