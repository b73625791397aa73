library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;
use ieee.std_logic_misc.or_reduce;


entity logic24 is port(
    model_inp:in std_logic_vector(94 downto 0);
    model_out:out std_logic_vector(15 downto 0)
);
end entity logic24;

architecture rtl of logic24 is
    signal v0:std_logic_vector(15 downto 0);
    signal v1:std_logic_vector(11 downto 0);
    signal v2:std_logic_vector(11 downto 0);
    signal v3:std_logic_vector(9 downto 0);
    signal v4:std_logic_vector(11 downto 0);
    signal v5:std_logic_vector(11 downto 0);
    signal v6:std_logic_vector(13 downto 0);
    signal v7:std_logic_vector(9 downto 0);
    signal v8:std_logic_vector(12 downto 0);
    signal v9:std_logic_vector(10 downto 0);
    signal v10:std_logic_vector(14 downto 0);
    signal v11:std_logic_vector(13 downto 0);
    signal v12:std_logic_vector(14 downto 0);
    signal v13:std_logic_vector(9 downto 0);
    signal v14:std_logic_vector(4 downto 0);
    signal v15:std_logic_vector(0 downto 0);
    signal v16:std_logic_vector(15 downto 0);


begin
    v0 <= "1111111111111111";
    v1 <= model_inp(11 downto 0);
    v2 <= model_inp(23 downto 12);
    v3 <= model_inp(33 downto 24);
    v4 <= model_inp(45 downto 34);
    v5 <= model_inp(57 downto 46);
    v6 <= model_inp(71 downto 58);
    v7 <= model_inp(81 downto 72);
    v8 <= model_inp(94 downto 82);
    op_9:entity work.shift_adder generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>0,SIGNED1=>0,BW_OUT=>11,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v7,in1=>v3,result=>v9);
    op_10:entity work.ternary_adder generic map(BW_INPUT0=>12,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>12,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>14,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>15,DROP_LSBS=>0) port map(in0=>v1,in1=>v2,in2=>v6,result=>v10);
    op_11:entity work.ternary_adder generic map(BW_INPUT0=>12,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>13,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>12,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>14,DROP_LSBS=>0) port map(in0=>v4,in1=>v8,in2=>v5,result=>v11);
    op_12:entity work.ternary_adder generic map(BW_INPUT0=>15,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>11,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>14,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>15,DROP_LSBS=>0) port map(in0=>v10,in1=>v9,in2=>v11,result=>v12);
    v13 <= v12(9 downto 0);
    v14 <= v12(14 downto 10);
    v15(0) <= or_reduce(v14);
    op_16:entity work.mux generic map(BW_INPUT0=>16,BW_INPUT1=>10,SIGNED0=>0,SIGNED1=>0,BW_OUT=>16,SHIFT1=>6) port map(key=>v15(0),in0=>v0,in1=>v13,result=>v16);
    model_out(15 downto 0) <= v16(15 downto 0);

end architecture rtl;

