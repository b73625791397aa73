library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic24 is port(
    model_inp:in std_logic_vector(369 downto 0);
    model_out:out std_logic_vector(118 downto 0)
);
end entity logic24;

architecture rtl of logic24 is
    signal v0:std_logic_vector(21 downto 0);
    signal v1:std_logic_vector(22 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(22 downto 0);
    signal v4:std_logic_vector(11 downto 0);
    signal v5:std_logic_vector(22 downto 0);
    signal v6:std_logic_vector(22 downto 0);
    signal v7:std_logic_vector(22 downto 0);
    signal v8:std_logic_vector(22 downto 0);
    signal v9:std_logic_vector(22 downto 0);
    signal v10:std_logic_vector(21 downto 0);
    signal v11:std_logic_vector(22 downto 0);
    signal v12:std_logic_vector(20 downto 0);
    signal v13:std_logic_vector(21 downto 0);
    signal v14:std_logic_vector(20 downto 0);
    signal v15:std_logic_vector(21 downto 0);
    signal v16:std_logic_vector(22 downto 0);
    signal v17:std_logic_vector(20 downto 0);
    signal v18:std_logic_vector(23 downto 0);
    signal v19:std_logic_vector(21 downto 0);
    signal v20:std_logic_vector(23 downto 0);
    signal v21:std_logic_vector(22 downto 0);
    signal v22:std_logic_vector(24 downto 0);
    signal v23:std_logic_vector(24 downto 0);


begin
    v0 <= model_inp(21 downto 0);
    v1 <= model_inp(44 downto 22);
    v2 <= model_inp(65 downto 45);
    v3 <= model_inp(88 downto 66);
    v4 <= model_inp(100 downto 89);
    v5 <= model_inp(123 downto 101);
    v6 <= model_inp(146 downto 124);
    v7 <= model_inp(169 downto 147);
    v8 <= model_inp(192 downto 170);
    v9 <= model_inp(215 downto 193);
    v10 <= model_inp(237 downto 216);
    v11 <= model_inp(260 downto 238);
    v12 <= model_inp(281 downto 261);
    v13 <= model_inp(303 downto 282);
    v14 <= model_inp(324 downto 304);
    v15 <= model_inp(346 downto 325);
    v16 <= model_inp(369 downto 347);
    op_17:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v4,in1=>v4,result=>v17);
    op_18:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v3,in1=>v7,in2=>v13,result=>v18);
    op_19:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v12,in1=>v2,in2=>v14,result=>v19);
    op_20:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v10,in1=>v11,in2=>v15,result=>v20);
    op_21:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v0,in1=>v1,in2=>v17,result=>v21);
    op_22:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>24,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v19,in1=>v16,in2=>v18,result=>v22);
    op_23:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>24,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>25,DROP_LSBS=>0) port map(in0=>v9,in1=>v8,in2=>v20,result=>v23);
    model_out(22 downto 0) <= v5(22 downto 0);
    model_out(45 downto 23) <= v6(22 downto 0);
    model_out(68 downto 46) <= v21(22 downto 0);
    model_out(93 downto 69) <= v22(24 downto 0);
    model_out(118 downto 94) <= v23(24 downto 0);

end architecture rtl;

