library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic24 is port(
    model_inp:in std_logic_vector(376 downto 0);
    model_out:out std_logic_vector(118 downto 0)
);
end entity logic24;

architecture rtl of logic24 is
    signal v0:std_logic_vector(22 downto 0);
    signal v1:std_logic_vector(20 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(22 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(20 downto 0);
    signal v7:std_logic_vector(20 downto 0);
    signal v8:std_logic_vector(22 downto 0);
    signal v9:std_logic_vector(22 downto 0);
    signal v10:std_logic_vector(21 downto 0);
    signal v11:std_logic_vector(21 downto 0);
    signal v12:std_logic_vector(21 downto 0);
    signal v13:std_logic_vector(22 downto 0);
    signal v14:std_logic_vector(22 downto 0);
    signal v15:std_logic_vector(23 downto 0);
    signal v16:std_logic_vector(22 downto 0);
    signal v17:std_logic_vector(22 downto 0);
    signal v18:std_logic_vector(22 downto 0);
    signal v19:std_logic_vector(22 downto 0);
    signal v20:std_logic_vector(23 downto 0);
    signal v21:std_logic_vector(24 downto 0);
    signal v22:std_logic_vector(23 downto 0);


begin
    v0 <= model_inp(22 downto 0);
    v1 <= model_inp(43 downto 23);
    v2 <= model_inp(64 downto 44);
    v3 <= model_inp(87 downto 65);
    v4 <= model_inp(108 downto 88);
    v5 <= model_inp(129 downto 109);
    v6 <= model_inp(150 downto 130);
    v7 <= model_inp(171 downto 151);
    v8 <= model_inp(194 downto 172);
    v9 <= model_inp(217 downto 195);
    v10 <= model_inp(239 downto 218);
    v11 <= model_inp(261 downto 240);
    v12 <= model_inp(283 downto 262);
    v13 <= model_inp(306 downto 284);
    v14 <= model_inp(329 downto 307);
    v15 <= model_inp(353 downto 330);
    v16 <= model_inp(376 downto 354);
    op_17:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v4,in1=>v7,in2=>v10,result=>v17);
    op_18:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v2,in1=>v5,in2=>v11,result=>v18);
    op_19:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v6,in1=>v1,in2=>v12,result=>v19);
    op_20:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v8,in1=>v9,in2=>v16,result=>v20);
    op_21:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>24,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v14,in1=>v13,in2=>v15,result=>v21);
    op_22:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v3,in1=>v0,in2=>v17,result=>v22);
    model_out(22 downto 0) <= v18(22 downto 0);
    model_out(45 downto 23) <= v19(22 downto 0);
    model_out(69 downto 46) <= v20(23 downto 0);
    model_out(94 downto 70) <= v21(24 downto 0);
    model_out(118 downto 95) <= v22(23 downto 0);

end architecture rtl;

