library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic23 is port(
    model_inp:in std_logic_vector(270 downto 0);
    model_out:out std_logic_vector(109 downto 0)
);
end entity logic23;

architecture rtl of logic23 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(18 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(20 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(20 downto 0);
    signal v7:std_logic_vector(20 downto 0);
    signal v8:std_logic_vector(20 downto 0);
    signal v9:std_logic_vector(20 downto 0);
    signal v10:std_logic_vector(20 downto 0);
    signal v11:std_logic_vector(21 downto 0);
    signal v12:std_logic_vector(21 downto 0);
    signal v13:std_logic_vector(20 downto 0);
    signal v14:std_logic_vector(22 downto 0);
    signal v15:std_logic_vector(22 downto 0);
    signal v16:std_logic_vector(21 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(37 downto 19);
    v2 <= model_inp(58 downto 38);
    v3 <= model_inp(79 downto 59);
    v4 <= model_inp(100 downto 80);
    v5 <= model_inp(121 downto 101);
    v6 <= model_inp(142 downto 122);
    v7 <= model_inp(163 downto 143);
    v8 <= model_inp(184 downto 164);
    v9 <= model_inp(205 downto 185);
    v10 <= model_inp(226 downto 206);
    v11 <= model_inp(248 downto 227);
    v12 <= model_inp(270 downto 249);
    op_13:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v0,in1=>v1,in2=>v6,result=>v13);
    op_14:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v10,in1=>v3,in2=>v11,result=>v14);
    op_15:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v7,in1=>v8,in2=>v12,result=>v15);
    op_16:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v2,in1=>v5,in2=>v13,result=>v16);
    model_out(20 downto 0) <= v4(20 downto 0);
    model_out(41 downto 21) <= v9(20 downto 0);
    model_out(64 downto 42) <= v14(22 downto 0);
    model_out(87 downto 65) <= v15(22 downto 0);
    model_out(109 downto 88) <= v16(21 downto 0);

end architecture rtl;

