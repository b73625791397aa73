library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic48 is port(
    model_inp:in std_logic_vector(289 downto 0);
    model_out:out std_logic_vector(114 downto 0)
);
end entity logic48;

architecture rtl of logic48 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(22 downto 0);
    signal v2:std_logic_vector(22 downto 0);
    signal v3:std_logic_vector(22 downto 0);
    signal v4:std_logic_vector(23 downto 0);
    signal v5:std_logic_vector(22 downto 0);
    signal v6:std_logic_vector(20 downto 0);
    signal v7:std_logic_vector(20 downto 0);
    signal v8:std_logic_vector(22 downto 0);
    signal v9:std_logic_vector(23 downto 0);
    signal v10:std_logic_vector(20 downto 0);
    signal v11:std_logic_vector(22 downto 0);
    signal v12:std_logic_vector(21 downto 0);
    signal v13:std_logic_vector(22 downto 0);
    signal v14:std_logic_vector(23 downto 0);
    signal v15:std_logic_vector(23 downto 0);
    signal v16:std_logic_vector(24 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(41 downto 19);
    v2 <= model_inp(64 downto 42);
    v3 <= model_inp(87 downto 65);
    v4 <= model_inp(111 downto 88);
    v5 <= model_inp(134 downto 112);
    v6 <= model_inp(155 downto 135);
    v7 <= model_inp(176 downto 156);
    v8 <= model_inp(199 downto 177);
    v9 <= model_inp(223 downto 200);
    v10 <= model_inp(244 downto 224);
    v11 <= model_inp(267 downto 245);
    v12 <= model_inp(289 downto 268);
    op_13:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v7,in1=>v6,in2=>v8,result=>v13);
    op_14:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v2,in1=>v1,in2=>v10,result=>v14);
    op_15:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>24,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v3,in1=>v4,in2=>v12,result=>v15);
    op_16:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>24,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v5,in1=>v9,in2=>v13,result=>v16);
    model_out(18 downto 0) <= v0(18 downto 0);
    model_out(41 downto 19) <= v11(22 downto 0);
    model_out(65 downto 42) <= v14(23 downto 0);
    model_out(89 downto 66) <= v15(23 downto 0);
    model_out(114 downto 90) <= v16(24 downto 0);

end architecture rtl;

