library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic26 is port(
    model_inp:in std_logic_vector(377 downto 0);
    model_out:out std_logic_vector(118 downto 0)
);
end entity logic26;

architecture rtl of logic26 is
    signal v0:std_logic_vector(22 downto 0);
    signal v1:std_logic_vector(22 downto 0);
    signal v2:std_logic_vector(22 downto 0);
    signal v3:std_logic_vector(20 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(22 downto 0);
    signal v6:std_logic_vector(22 downto 0);
    signal v7:std_logic_vector(20 downto 0);
    signal v8:std_logic_vector(20 downto 0);
    signal v9:std_logic_vector(20 downto 0);
    signal v10:std_logic_vector(22 downto 0);
    signal v11:std_logic_vector(22 downto 0);
    signal v12:std_logic_vector(21 downto 0);
    signal v13:std_logic_vector(22 downto 0);
    signal v14:std_logic_vector(21 downto 0);
    signal v15:std_logic_vector(22 downto 0);
    signal v16:std_logic_vector(21 downto 0);
    signal v17:std_logic_vector(22 downto 0);
    signal v18:std_logic_vector(22 downto 0);
    signal v19:std_logic_vector(23 downto 0);
    signal v20:std_logic_vector(23 downto 0);
    signal v21:std_logic_vector(23 downto 0);
    signal v22:std_logic_vector(23 downto 0);


begin
    v0 <= model_inp(22 downto 0);
    v1 <= model_inp(45 downto 23);
    v2 <= model_inp(68 downto 46);
    v3 <= model_inp(89 downto 69);
    v4 <= model_inp(110 downto 90);
    v5 <= model_inp(133 downto 111);
    v6 <= model_inp(156 downto 134);
    v7 <= model_inp(177 downto 157);
    v8 <= model_inp(198 downto 178);
    v9 <= model_inp(219 downto 199);
    v10 <= model_inp(242 downto 220);
    v11 <= model_inp(265 downto 243);
    v12 <= model_inp(287 downto 266);
    v13 <= model_inp(310 downto 288);
    v14 <= model_inp(332 downto 311);
    v15 <= model_inp(355 downto 333);
    v16 <= model_inp(377 downto 356);
    op_17:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v7,in1=>v9,in2=>v12,result=>v17);
    op_18:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v8,in1=>v4,in2=>v14,result=>v18);
    op_19:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v0,in1=>v2,in2=>v13,result=>v19);
    op_20:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v1,in1=>v3,in2=>v15,result=>v20);
    op_21:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v5,in1=>v6,in2=>v16,result=>v21);
    op_22:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v10,in1=>v11,in2=>v17,result=>v22);
    model_out(22 downto 0) <= v18(22 downto 0);
    model_out(46 downto 23) <= v19(23 downto 0);
    model_out(70 downto 47) <= v20(23 downto 0);
    model_out(94 downto 71) <= v21(23 downto 0);
    model_out(118 downto 95) <= v22(23 downto 0);

end architecture rtl;

