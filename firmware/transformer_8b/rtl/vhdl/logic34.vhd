library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic34 is port(
    model_inp:in std_logic_vector(288 downto 0);
    model_out:out std_logic_vector(118 downto 0)
);
end entity logic34;

architecture rtl of logic34 is
    signal v0:std_logic_vector(20 downto 0);
    signal v1:std_logic_vector(22 downto 0);
    signal v2:std_logic_vector(22 downto 0);
    signal v3:std_logic_vector(23 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(21 downto 0);
    signal v7:std_logic_vector(21 downto 0);
    signal v8:std_logic_vector(20 downto 0);
    signal v9:std_logic_vector(24 downto 0);
    signal v10:std_logic_vector(20 downto 0);
    signal v11:std_logic_vector(22 downto 0);
    signal v12:std_logic_vector(21 downto 0);
    signal v13:std_logic_vector(21 downto 0);
    signal v14:std_logic_vector(24 downto 0);
    signal v15:std_logic_vector(23 downto 0);
    signal v16:std_logic_vector(22 downto 0);


begin
    v0 <= model_inp(20 downto 0);
    v1 <= model_inp(43 downto 21);
    v2 <= model_inp(66 downto 44);
    v3 <= model_inp(90 downto 67);
    v4 <= model_inp(111 downto 91);
    v5 <= model_inp(132 downto 112);
    v6 <= model_inp(154 downto 133);
    v7 <= model_inp(176 downto 155);
    v8 <= model_inp(197 downto 177);
    v9 <= model_inp(222 downto 198);
    v10 <= model_inp(243 downto 223);
    v11 <= model_inp(266 downto 244);
    v12 <= model_inp(288 downto 267);
    op_13:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v0,in1=>v5,in2=>v8,result=>v13);
    op_14:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>25,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v10,in1=>v4,in2=>v9,result=>v14);
    op_15:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v2,in1=>v1,in2=>v12,result=>v15);
    op_16:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v7,in1=>v6,in2=>v13,result=>v16);
    model_out(23 downto 0) <= v3(23 downto 0);
    model_out(46 downto 24) <= v11(22 downto 0);
    model_out(71 downto 47) <= v14(24 downto 0);
    model_out(95 downto 72) <= v15(23 downto 0);
    model_out(118 downto 96) <= v16(22 downto 0);

end architecture rtl;

