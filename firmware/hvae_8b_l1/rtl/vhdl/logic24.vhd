library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic24 is port(
    model_inp:in std_logic_vector(61 downto 0);
    model_out:out std_logic_vector(15 downto 0)
);
end entity logic24;

architecture rtl of logic24 is
    signal v0:std_logic_vector(15 downto 0);
    signal v1:std_logic_vector(11 downto 0);
    signal v2:std_logic_vector(12 downto 0);
    signal v3:std_logic_vector(10 downto 0);
    signal v4:std_logic_vector(11 downto 0);
    signal v5:std_logic_vector(13 downto 0);
    signal v6:std_logic_vector(14 downto 0);
    signal v7:std_logic_vector(14 downto 0);
    signal v8:std_logic_vector(21 downto 0);
    signal v9:std_logic_vector(15 downto 0);


begin
    v0 <= "1111111111111111";
    v1 <= model_inp(11 downto 0);
    v2 <= model_inp(24 downto 12);
    v3 <= model_inp(35 downto 25);
    v4 <= model_inp(47 downto 36);
    v5 <= model_inp(61 downto 48);
    op_6:entity work.ternary_adder generic map(BW_INPUT0=>12,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>12,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>14,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>15,DROP_LSBS=>0) port map(in0=>v4,in1=>v1,in2=>v5,result=>v6);
    op_7:entity work.ternary_adder generic map(BW_INPUT0=>13,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>11,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>15,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>15,DROP_LSBS=>0) port map(in0=>v2,in1=>v3,in2=>v6,result=>v7);
    op_8:entity work.shift_adder generic map(BW_INPUT0=>15,BW_INPUT1=>16,SIGNED0=>0,SIGNED1=>0,BW_OUT=>22,DROP_LSBS=>0,SHIFT1=>-6,IS_SUB=>1) port map(in0=>v7,in1=>"1111111111111111",result=>v8);
    op_9:entity work.mux generic map(BW_INPUT0=>15,BW_INPUT1=>16,SIGNED0=>0,SIGNED1=>0,BW_OUT=>16,SHIFT1=>-6) port map(key=>v8(21),in0=>v7,in1=>v0,result=>v9);
    model_out(15 downto 0) <= v9(15 downto 0);

end architecture rtl;

