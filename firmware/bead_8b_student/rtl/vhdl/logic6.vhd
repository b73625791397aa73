library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic6 is port(
    model_inp:in std_logic_vector(58 downto 0);
    model_out:out std_logic_vector(14 downto 0)
);
end entity logic6;

architecture rtl of logic6 is
    signal v0:std_logic_vector(12 downto 0);
    signal v1:std_logic_vector(14 downto 0);
    signal v2:std_logic_vector(14 downto 0);
    signal v3:std_logic_vector(15 downto 0);
    signal v4:std_logic_vector(16 downto 0);
    signal v5:std_logic_vector(16 downto 0);
    signal v6:std_logic_vector(16 downto 0);
    signal v7:std_logic_vector(14 downto 0);


begin
    v0 <= model_inp(12 downto 0);
    v1 <= model_inp(27 downto 13);
    v2 <= model_inp(42 downto 28);
    v3 <= model_inp(58 downto 43);
    op_4:entity work.ternary_adder generic map(BW_INPUT0=>16,SIGNED0=>1,NEGATE0=>0,PAD0=>0,BW_INPUT1=>15,SIGNED1=>1,NEGATE1=>0,PAD1=>0,BW_INPUT2=>13,SIGNED2=>0,NEGATE2=>1,PAD2=>3,BW_OUT=>17,DROP_LSBS=>0) port map(in0=>v3,in1=>v1,in2=>v0,result=>v4);
    op_5:entity work.ternary_adder generic map(BW_INPUT0=>13,SIGNED0=>0,NEGATE0=>1,PAD0=>1,BW_INPUT1=>15,SIGNED1=>1,NEGATE1=>1,PAD1=>0,BW_INPUT2=>17,SIGNED2=>1,NEGATE2=>0,PAD2=>0,BW_OUT=>17,DROP_LSBS=>0) port map(in0=>v0,in1=>v2,in2=>v4,result=>v5);
    op_6:entity work.shift_adder generic map(BW_INPUT0=>17,BW_INPUT1=>6,SIGNED0=>1,SIGNED1=>0,BW_OUT=>17,DROP_LSBS=>0,SHIFT1=>6,IS_SUB=>0) port map(in0=>v5,in1=>"101111",result=>v6);
    v7 <= v6(14 downto 0) and (14 downto 0 => not v6(16));
    model_out(14 downto 0) <= v7(14 downto 0);

end architecture rtl;

