library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic26 is port(
    model_inp:in std_logic_vector(332 downto 0);
    model_out:out std_logic_vector(118 downto 0)
);
end entity logic26;

architecture rtl of logic26 is
    signal v0:std_logic_vector(22 downto 0);
    signal v1:std_logic_vector(23 downto 0);
    signal v2:std_logic_vector(22 downto 0);
    signal v3:std_logic_vector(20 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(20 downto 0);
    signal v7:std_logic_vector(22 downto 0);
    signal v8:std_logic_vector(22 downto 0);
    signal v9:std_logic_vector(20 downto 0);
    signal v10:std_logic_vector(22 downto 0);
    signal v11:std_logic_vector(20 downto 0);
    signal v12:std_logic_vector(23 downto 0);
    signal v13:std_logic_vector(22 downto 0);
    signal v14:std_logic_vector(20 downto 0);
    signal v15:std_logic_vector(22 downto 0);
    signal v16:std_logic_vector(21 downto 0);
    signal v17:std_logic_vector(24 downto 0);
    signal v18:std_logic_vector(23 downto 0);
    signal v19:std_logic_vector(24 downto 0);


begin
    v0 <= model_inp(22 downto 0);
    v1 <= model_inp(46 downto 23);
    v2 <= model_inp(69 downto 47);
    v3 <= model_inp(90 downto 70);
    v4 <= model_inp(111 downto 91);
    v5 <= model_inp(132 downto 112);
    v6 <= model_inp(153 downto 133);
    v7 <= model_inp(176 downto 154);
    v8 <= model_inp(199 downto 177);
    v9 <= model_inp(220 downto 200);
    v10 <= model_inp(243 downto 221);
    v11 <= model_inp(264 downto 244);
    v12 <= model_inp(288 downto 265);
    v13 <= model_inp(311 downto 289);
    v14 <= model_inp(332 downto 312);
    op_15:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v5,in1=>v4,in2=>v8,result=>v15);
    op_16:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v3,in1=>v6,in2=>v11,result=>v16);
    op_17:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>24,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v2,in1=>v9,in2=>v12,result=>v17);
    op_18:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>24,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v0,in1=>v1,in2=>v14,result=>v18);
    op_19:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v7,in1=>v10,in2=>v15,result=>v19);
    model_out(22 downto 0) <= v13(22 downto 0);
    model_out(44 downto 23) <= v16(21 downto 0);
    model_out(69 downto 45) <= v17(24 downto 0);
    model_out(93 downto 70) <= v18(23 downto 0);
    model_out(118 downto 94) <= v19(24 downto 0);

end architecture rtl;

