library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic5 is port(
    model_inp:in std_logic_vector(105 downto 0);
    model_out:out std_logic_vector(73 downto 0)
);
end entity logic5;

architecture rtl of logic5 is
    signal v0:std_logic_vector(7 downto 0);
    signal v1:std_logic_vector(7 downto 0);
    signal v2:std_logic_vector(7 downto 0);
    signal v3:std_logic_vector(7 downto 0);
    signal v4:std_logic_vector(7 downto 0);
    signal v5:std_logic_vector(7 downto 0);
    signal v6:std_logic_vector(10 downto 0);
    signal v7:std_logic_vector(10 downto 0);
    signal v8:std_logic_vector(8 downto 0);
    signal v9:std_logic_vector(10 downto 0);
    signal v10:std_logic_vector(15 downto 0);
    signal v11:std_logic_vector(13 downto 0);
    signal v12:std_logic_vector(12 downto 0);
    signal v13:std_logic_vector(13 downto 0);
    signal v14:std_logic_vector(11 downto 0);
    signal v15:std_logic_vector(13 downto 0);
    signal v16:std_logic_vector(15 downto 0);
    signal v17:std_logic_vector(16 downto 0);


begin
    v0 <= model_inp(7 downto 0);
    v1 <= model_inp(15 downto 8);
    v2 <= model_inp(23 downto 16);
    v3 <= model_inp(31 downto 24);
    v4 <= model_inp(39 downto 32);
    v5 <= model_inp(47 downto 40);
    v6 <= model_inp(58 downto 48);
    v7 <= model_inp(69 downto 59);
    v8 <= model_inp(78 downto 70);
    v9 <= model_inp(89 downto 79);
    v10 <= model_inp(105 downto 90);
    op_11:entity work.ternary_adder generic map(BW_INPUT0=>8,SIGNED0=>0,NEGATE0=>0,PAD0=>4,BW_INPUT1=>8,SIGNED1=>0,NEGATE1=>0,PAD1=>3,BW_INPUT2=>11,SIGNED2=>1,NEGATE2=>0,PAD2=>0,BW_OUT=>14,DROP_LSBS=>0) port map(in0=>v1,in1=>v4,in2=>v6,result=>v11);
    op_12:entity work.shift_adder generic map(BW_INPUT0=>8,BW_INPUT1=>9,SIGNED0=>0,SIGNED1=>0,BW_OUT=>13,DROP_LSBS=>0,SHIFT1=>3,IS_SUB=>1) port map(in0=>v5,in1=>v8,result=>v12);
    op_13:entity work.ternary_adder generic map(BW_INPUT0=>8,SIGNED0=>0,NEGATE0=>0,PAD0=>4,BW_INPUT1=>8,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>11,SIGNED2=>1,NEGATE2=>0,PAD2=>2,BW_OUT=>14,DROP_LSBS=>0) port map(in0=>v3,in1=>v3,in2=>v7,result=>v13);
    op_14:entity work.ternary_adder generic map(BW_INPUT0=>8,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>8,SIGNED1=>0,NEGATE1=>0,PAD1=>3,BW_INPUT2=>9,SIGNED2=>0,NEGATE2=>0,PAD2=>1,BW_OUT=>12,DROP_LSBS=>0) port map(in0=>v0,in1=>v2,in2=>v8,result=>v14);
    op_15:entity work.ternary_adder generic map(BW_INPUT0=>8,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>11,SIGNED1=>1,NEGATE1=>0,PAD1=>0,BW_INPUT2=>14,SIGNED2=>1,NEGATE2=>0,PAD2=>0,BW_OUT=>14,DROP_LSBS=>0) port map(in0=>v5,in1=>v7,in2=>v11,result=>v15);
    op_16:entity work.ternary_adder generic map(BW_INPUT0=>11,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>11,SIGNED1=>0,NEGATE1=>0,PAD1=>2,BW_INPUT2=>13,SIGNED2=>1,NEGATE2=>0,PAD2=>3,BW_OUT=>16,DROP_LSBS=>0) port map(in0=>v9,in1=>v9,in2=>v12,result=>v16);
    op_17:entity work.ternary_adder generic map(BW_INPUT0=>11,SIGNED0=>1,NEGATE0=>0,PAD0=>3,BW_INPUT1=>16,SIGNED1=>1,NEGATE1=>0,PAD1=>0,BW_INPUT2=>12,SIGNED2=>0,NEGATE2=>1,PAD2=>0,BW_OUT=>17,DROP_LSBS=>0) port map(in0=>v6,in1=>v10,in2=>v14,result=>v17);
    model_out(12 downto 0) <= v12(12 downto 0);
    model_out(26 downto 13) <= v13(13 downto 0);
    model_out(40 downto 27) <= v15(13 downto 0);
    model_out(56 downto 41) <= v16(15 downto 0);
    model_out(73 downto 57) <= v17(16 downto 0);

end architecture rtl;

