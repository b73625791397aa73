library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic24 is port(
    model_inp:in std_logic_vector(255 downto 0);
    model_out:out std_logic_vector(108 downto 0)
);
end entity logic24;

architecture rtl of logic24 is
    signal v0:std_logic_vector(20 downto 0);
    signal v1:std_logic_vector(20 downto 0);
    signal v2:std_logic_vector(18 downto 0);
    signal v3:std_logic_vector(18 downto 0);
    signal v4:std_logic_vector(9 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(18 downto 0);
    signal v7:std_logic_vector(18 downto 0);
    signal v8:std_logic_vector(20 downto 0);
    signal v9:std_logic_vector(21 downto 0);
    signal v10:std_logic_vector(20 downto 0);
    signal v11:std_logic_vector(21 downto 0);
    signal v12:std_logic_vector(20 downto 0);
    signal v13:std_logic_vector(18 downto 0);
    signal v14:std_logic_vector(20 downto 0);
    signal v15:std_logic_vector(22 downto 0);
    signal v16:std_logic_vector(21 downto 0);
    signal v17:std_logic_vector(20 downto 0);


begin
    v0 <= model_inp(20 downto 0);
    v1 <= model_inp(41 downto 21);
    v2 <= model_inp(60 downto 42);
    v3 <= model_inp(79 downto 61);
    v4 <= model_inp(89 downto 80);
    v5 <= model_inp(110 downto 90);
    v6 <= model_inp(129 downto 111);
    v7 <= model_inp(148 downto 130);
    v8 <= model_inp(169 downto 149);
    v9 <= model_inp(191 downto 170);
    v10 <= model_inp(212 downto 192);
    v11 <= model_inp(234 downto 213);
    v12 <= model_inp(255 downto 235);
    op_13:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>19) port map(in0=>v4,in1=>v4,result=>v13);
    op_14:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v6,in1=>v2,in2=>v8,result=>v14);
    op_15:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v5,in1=>v1,in2=>v9,result=>v15);
    op_16:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v0,in1=>v3,in2=>v12,result=>v16);
    op_17:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v13,in1=>v7,in2=>v10,result=>v17);
    model_out(21 downto 0) <= v11(21 downto 0);
    model_out(42 downto 22) <= v14(20 downto 0);
    model_out(65 downto 43) <= v15(22 downto 0);
    model_out(87 downto 66) <= v16(21 downto 0);
    model_out(108 downto 88) <= v17(20 downto 0);

end architecture rtl;

