library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic5 is port(
    model_inp:in std_logic_vector(84 downto 0);
    model_out:out std_logic_vector(58 downto 0)
);
end entity logic5;

architecture rtl of logic5 is
    signal v0:std_logic_vector(7 downto 0);
    signal v1:std_logic_vector(7 downto 0);
    signal v2:std_logic_vector(7 downto 0);
    signal v3:std_logic_vector(9 downto 0);
    signal v4:std_logic_vector(8 downto 0);
    signal v5:std_logic_vector(12 downto 0);
    signal v6:std_logic_vector(7 downto 0);
    signal v7:std_logic_vector(12 downto 0);
    signal v8:std_logic_vector(7 downto 0);
    signal v9:std_logic_vector(13 downto 0);
    signal v10:std_logic_vector(9 downto 0);
    signal v11:std_logic_vector(14 downto 0);
    signal v12:std_logic_vector(14 downto 0);
    signal v13:std_logic_vector(15 downto 0);


begin
    v0 <= model_inp(7 downto 0);
    v1 <= model_inp(15 downto 8);
    v2 <= model_inp(23 downto 16);
    v3 <= model_inp(33 downto 24);
    v4 <= model_inp(42 downto 34);
    v5 <= model_inp(55 downto 43);
    v6 <= model_inp(63 downto 56);
    v7 <= model_inp(76 downto 64);
    v8 <= model_inp(84 downto 77);
    op_9:entity work.ternary_adder generic map(BW_INPUT0=>8,SIGNED0=>0,NEGATE0=>0,PAD0=>4,BW_INPUT1=>8,SIGNED1=>0,NEGATE1=>1,PAD1=>3,BW_INPUT2=>10,SIGNED2=>1,NEGATE2=>1,PAD2=>0,BW_OUT=>14,DROP_LSBS=>0) port map(in0=>v0,in1=>v1,in2=>v3,result=>v9);
    op_10:entity work.shift_adder generic map(BW_INPUT0=>8,BW_INPUT1=>8,SIGNED0=>0,SIGNED1=>0,BW_OUT=>10,DROP_LSBS=>0,SHIFT1=>1,IS_SUB=>1) port map(in0=>v8,in1=>v2,result=>v10);
    op_11:entity work.ternary_adder generic map(BW_INPUT0=>9,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>8,SIGNED1=>0,NEGATE1=>0,PAD1=>4,BW_INPUT2=>14,SIGNED2=>1,NEGATE2=>0,PAD2=>0,BW_OUT=>15,DROP_LSBS=>0) port map(in0=>v4,in1=>v6,in2=>v9,result=>v11);
    op_12:entity work.ternary_adder generic map(BW_INPUT0=>10,SIGNED0=>1,NEGATE0=>0,PAD0=>3,BW_INPUT1=>10,SIGNED1=>1,NEGATE1=>0,PAD1=>3,BW_INPUT2=>13,SIGNED2=>1,NEGATE2=>0,PAD2=>0,BW_OUT=>15,DROP_LSBS=>0) port map(in0=>v3,in1=>v10,in2=>v5,result=>v12);
    op_13:entity work.ternary_adder generic map(BW_INPUT0=>10,SIGNED0=>1,NEGATE0=>0,PAD0=>0,BW_INPUT1=>8,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>13,SIGNED2=>1,NEGATE2=>0,PAD2=>2,BW_OUT=>16,DROP_LSBS=>0) port map(in0=>v10,in1=>v6,in2=>v5,result=>v13);
    model_out(12 downto 0) <= v7(12 downto 0);
    model_out(27 downto 13) <= v11(14 downto 0);
    model_out(42 downto 28) <= v12(14 downto 0);
    model_out(58 downto 43) <= v13(15 downto 0);

end architecture rtl;

