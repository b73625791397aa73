library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic6 is port(
    model_inp:in std_logic_vector(73 downto 0);
    model_out:out std_logic_vector(15 downto 0)
);
end entity logic6;

architecture rtl of logic6 is
    signal v0:std_logic_vector(15 downto 0);
    signal v1:std_logic_vector(12 downto 0);
    signal v2:std_logic_vector(13 downto 0);
    signal v3:std_logic_vector(13 downto 0);
    signal v4:std_logic_vector(15 downto 0);
    signal v5:std_logic_vector(16 downto 0);
    signal v6:std_logic_vector(16 downto 0);
    signal v7:std_logic_vector(17 downto 0);
    signal v8:std_logic_vector(17 downto 0);
    signal v9:std_logic_vector(15 downto 0);
    signal v10:std_logic_vector(16 downto 0);
    signal v11:std_logic_vector(15 downto 0);


begin
    v0 <= "1111111111111111";
    v1 <= model_inp(12 downto 0);
    v2 <= model_inp(26 downto 13);
    v3 <= model_inp(40 downto 27);
    v4 <= model_inp(56 downto 41);
    v5 <= model_inp(73 downto 57);
    op_6:entity work.ternary_adder generic map(BW_INPUT0=>14,SIGNED0=>1,NEGATE0=>0,PAD0=>0,BW_INPUT1=>14,SIGNED1=>1,NEGATE1=>1,PAD1=>2,BW_INPUT2=>17,SIGNED2=>1,NEGATE2=>0,PAD2=>0,BW_OUT=>17,DROP_LSBS=>0) port map(in0=>v3,in1=>v2,in2=>v5,result=>v6);
    op_7:entity work.ternary_adder generic map(BW_INPUT0=>16,SIGNED0=>1,NEGATE0=>0,PAD0=>1,BW_INPUT1=>13,SIGNED1=>1,NEGATE1=>1,PAD1=>2,BW_INPUT2=>17,SIGNED2=>1,NEGATE2=>0,PAD2=>0,BW_OUT=>18,DROP_LSBS=>0) port map(in0=>v4,in1=>v1,in2=>v6,result=>v7);
    op_8:entity work.shift_adder generic map(BW_INPUT0=>18,BW_INPUT1=>7,SIGNED0=>1,SIGNED1=>0,BW_OUT=>18,DROP_LSBS=>0,SHIFT1=>4,IS_SUB=>0) port map(in0=>v7,in1=>"1101011",result=>v8);
    v9 <= v8(15 downto 0) and (15 downto 0 => not v8(17));
    op_10:entity work.shift_adder generic map(BW_INPUT0=>16,BW_INPUT1=>16,SIGNED0=>0,SIGNED1=>0,BW_OUT=>17,DROP_LSBS=>0,SHIFT1=>-1,IS_SUB=>1) port map(in0=>v9,in1=>"1111111111111111",result=>v10);
    op_11:entity work.mux generic map(BW_INPUT0=>16,BW_INPUT1=>16,SIGNED0=>0,SIGNED1=>0,BW_OUT=>16,SHIFT1=>-1) port map(key=>v10(16),in0=>v9,in1=>v0,result=>v11);
    model_out(15 downto 0) <= v11(15 downto 0);

end architecture rtl;

