library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic32 is port(
    model_inp:in std_logic_vector(474 downto 0);
    model_out:out std_logic_vector(249 downto 0)
);
end entity logic32;

architecture rtl of logic32 is
    signal v0:std_logic_vector(22 downto 0);
    signal v1:std_logic_vector(22 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(22 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(11 downto 0);
    signal v6:std_logic_vector(22 downto 0);
    signal v7:std_logic_vector(20 downto 0);
    signal v8:std_logic_vector(11 downto 0);
    signal v9:std_logic_vector(11 downto 0);
    signal v10:std_logic_vector(20 downto 0);
    signal v11:std_logic_vector(20 downto 0);
    signal v12:std_logic_vector(22 downto 0);
    signal v13:std_logic_vector(22 downto 0);
    signal v14:std_logic_vector(20 downto 0);
    signal v15:std_logic_vector(20 downto 0);
    signal v16:std_logic_vector(22 downto 0);
    signal v17:std_logic_vector(22 downto 0);
    signal v18:std_logic_vector(21 downto 0);
    signal v19:std_logic_vector(22 downto 0);
    signal v20:std_logic_vector(20 downto 0);
    signal v21:std_logic_vector(20 downto 0);
    signal v22:std_logic_vector(20 downto 0);
    signal v23:std_logic_vector(23 downto 0);
    signal v24:std_logic_vector(20 downto 0);
    signal v25:std_logic_vector(22 downto 0);
    signal v26:std_logic_vector(20 downto 0);
    signal v27:std_logic_vector(20 downto 0);
    signal v28:std_logic_vector(22 downto 0);
    signal v29:std_logic_vector(23 downto 0);
    signal v30:std_logic_vector(21 downto 0);
    signal v31:std_logic_vector(21 downto 0);


begin
    v0 <= model_inp(22 downto 0);
    v1 <= model_inp(45 downto 23);
    v2 <= model_inp(66 downto 46);
    v3 <= model_inp(89 downto 67);
    v4 <= model_inp(110 downto 90);
    v5 <= model_inp(122 downto 111);
    v6 <= model_inp(145 downto 123);
    v7 <= model_inp(166 downto 146);
    v8 <= model_inp(178 downto 167);
    v9 <= model_inp(190 downto 179);
    v10 <= model_inp(211 downto 191);
    v11 <= model_inp(232 downto 212);
    v12 <= model_inp(255 downto 233);
    v13 <= model_inp(278 downto 256);
    v14 <= model_inp(299 downto 279);
    v15 <= model_inp(320 downto 300);
    v16 <= model_inp(343 downto 321);
    v17 <= model_inp(366 downto 344);
    v18 <= model_inp(388 downto 367);
    v19 <= model_inp(411 downto 389);
    v20 <= model_inp(432 downto 412);
    v21 <= model_inp(453 downto 433);
    v22 <= model_inp(474 downto 454);
    op_23:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v0,in1=>v1,in2=>v11,result=>v23);
    op_24:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v5,in1=>v5,result=>v24);
    op_25:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v4,in1=>v2,in2=>v13,result=>v25);
    op_26:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v8,in1=>v8,result=>v26);
    op_27:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v9,in1=>v9,result=>v27);
    op_28:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v10,in1=>v7,in2=>v19,result=>v28);
    op_29:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v3,in1=>v6,in2=>v22,result=>v29);
    op_30:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v14,in1=>v15,in2=>v24,result=>v30);
    op_31:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v21,in1=>v20,in2=>v26,result=>v31);
    model_out(22 downto 0) <= v12(22 downto 0);
    model_out(45 downto 23) <= v16(22 downto 0);
    model_out(68 downto 46) <= v17(22 downto 0);
    model_out(90 downto 69) <= v18(21 downto 0);
    model_out(114 downto 91) <= v23(23 downto 0);
    model_out(137 downto 115) <= v25(22 downto 0);
    model_out(158 downto 138) <= v27(20 downto 0);
    model_out(181 downto 159) <= v28(22 downto 0);
    model_out(205 downto 182) <= v29(23 downto 0);
    model_out(227 downto 206) <= v30(21 downto 0);
    model_out(249 downto 228) <= v31(21 downto 0);

end architecture rtl;

