library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic43 is port(
    model_inp:in std_logic_vector(244 downto 0);
    model_out:out std_logic_vector(115 downto 0)
);
end entity logic43;

architecture rtl of logic43 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(21 downto 0);
    signal v2:std_logic_vector(23 downto 0);
    signal v3:std_logic_vector(23 downto 0);
    signal v4:std_logic_vector(22 downto 0);
    signal v5:std_logic_vector(23 downto 0);
    signal v6:std_logic_vector(20 downto 0);
    signal v7:std_logic_vector(21 downto 0);
    signal v8:std_logic_vector(21 downto 0);
    signal v9:std_logic_vector(22 downto 0);
    signal v10:std_logic_vector(20 downto 0);
    signal v11:std_logic_vector(23 downto 0);
    signal v12:std_logic_vector(24 downto 0);
    signal v13:std_logic_vector(24 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(40 downto 19);
    v2 <= model_inp(64 downto 41);
    v3 <= model_inp(88 downto 65);
    v4 <= model_inp(111 downto 89);
    v5 <= model_inp(135 downto 112);
    v6 <= model_inp(156 downto 136);
    v7 <= model_inp(178 downto 157);
    v8 <= model_inp(200 downto 179);
    v9 <= model_inp(223 downto 201);
    v10 <= model_inp(244 downto 224);
    op_11:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v1,in1=>v4,in2=>v8,result=>v11);
    op_12:entity work.ternary_adder generic map(BW_INPUT0=>24,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>24,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v3,in1=>v2,in2=>v10,result=>v12);
    op_13:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>24,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v6,in1=>v7,in2=>v11,result=>v13);
    model_out(18 downto 0) <= v0(18 downto 0);
    model_out(42 downto 19) <= v5(23 downto 0);
    model_out(65 downto 43) <= v9(22 downto 0);
    model_out(90 downto 66) <= v12(24 downto 0);
    model_out(115 downto 91) <= v13(24 downto 0);

end architecture rtl;

