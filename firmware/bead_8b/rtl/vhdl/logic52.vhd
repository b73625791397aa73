library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic52 is port(
    model_inp:in std_logic_vector(201 downto 0);
    model_out:out std_logic_vector(68 downto 0)
);
end entity logic52;

architecture rtl of logic52 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(22 downto 0);
    signal v2:std_logic_vector(21 downto 0);
    signal v3:std_logic_vector(22 downto 0);
    signal v4:std_logic_vector(22 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(23 downto 0);
    signal v7:std_logic_vector(22 downto 0);
    signal v8:std_logic_vector(23 downto 0);
    signal v9:std_logic_vector(23 downto 0);
    signal v10:std_logic_vector(24 downto 0);
    signal v11:std_logic_vector(24 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(41 downto 19);
    v2 <= model_inp(63 downto 42);
    v3 <= model_inp(86 downto 64);
    v4 <= model_inp(109 downto 87);
    v5 <= model_inp(130 downto 110);
    v6 <= model_inp(154 downto 131);
    v7 <= model_inp(177 downto 155);
    v8 <= model_inp(201 downto 178);
    op_9:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v4,in1=>v1,in2=>v5,result=>v9);
    op_10:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>24,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v2,in1=>v3,in2=>v6,result=>v10);
    op_11:entity work.ternary_adder generic map(BW_INPUT0=>24,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>24,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v8,in1=>v7,in2=>v9,result=>v11);
    model_out(18 downto 0) <= v0(18 downto 0);
    model_out(43 downto 19) <= v10(24 downto 0);
    model_out(68 downto 44) <= v11(24 downto 0);

end architecture rtl;

