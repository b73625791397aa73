library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic44 is port(
    model_inp:in std_logic_vector(299 downto 0);
    model_out:out std_logic_vector(111 downto 0)
);
end entity logic44;

architecture rtl of logic44 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(19 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(21 downto 0);
    signal v4:std_logic_vector(19 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(22 downto 0);
    signal v7:std_logic_vector(21 downto 0);
    signal v8:std_logic_vector(19 downto 0);
    signal v9:std_logic_vector(20 downto 0);
    signal v10:std_logic_vector(24 downto 0);
    signal v11:std_logic_vector(19 downto 0);
    signal v12:std_logic_vector(21 downto 0);
    signal v13:std_logic_vector(23 downto 0);
    signal v14:std_logic_vector(22 downto 0);
    signal v15:std_logic_vector(20 downto 0);
    signal v16:std_logic_vector(24 downto 0);
    signal v17:std_logic_vector(22 downto 0);
    signal v18:std_logic_vector(24 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(38 downto 19);
    v2 <= model_inp(59 downto 39);
    v3 <= model_inp(81 downto 60);
    v4 <= model_inp(101 downto 82);
    v5 <= model_inp(122 downto 102);
    v6 <= model_inp(145 downto 123);
    v7 <= model_inp(167 downto 146);
    v8 <= model_inp(187 downto 168);
    v9 <= model_inp(208 downto 188);
    v10 <= model_inp(233 downto 209);
    v11 <= model_inp(253 downto 234);
    v12 <= model_inp(275 downto 254);
    v13 <= model_inp(299 downto 276);
    op_14:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v1,in1=>v2,in2=>v7,result=>v14);
    op_15:entity work.shift_adder generic map(BW_INPUT0=>20,BW_INPUT1=>20,SIGNED0=>0,SIGNED1=>0,BW_OUT=>21,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v11,in1=>v8,result=>v15);
    op_16:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>25,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v3,in1=>v6,in2=>v10,result=>v16);
    op_17:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v4,in1=>v5,in2=>v14,result=>v17);
    op_18:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>25,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v9,in1=>v12,in2=>v16,result=>v18);
    model_out(18 downto 0) <= v0(18 downto 0);
    model_out(42 downto 19) <= v13(23 downto 0);
    model_out(63 downto 43) <= v15(20 downto 0);
    model_out(86 downto 64) <= v17(22 downto 0);
    model_out(111 downto 87) <= v18(24 downto 0);

end architecture rtl;

