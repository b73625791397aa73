library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic51 is port(
    model_inp:in std_logic_vector(506 downto 0);
    model_out:out std_logic_vector(201 downto 0)
);
end entity logic51;

architecture rtl of logic51 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(20 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(21 downto 0);
    signal v4:std_logic_vector(22 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(20 downto 0);
    signal v7:std_logic_vector(21 downto 0);
    signal v8:std_logic_vector(22 downto 0);
    signal v9:std_logic_vector(10 downto 0);
    signal v10:std_logic_vector(11 downto 0);
    signal v11:std_logic_vector(10 downto 0);
    signal v12:std_logic_vector(20 downto 0);
    signal v13:std_logic_vector(20 downto 0);
    signal v14:std_logic_vector(20 downto 0);
    signal v15:std_logic_vector(20 downto 0);
    signal v16:std_logic_vector(20 downto 0);
    signal v17:std_logic_vector(19 downto 0);
    signal v18:std_logic_vector(21 downto 0);
    signal v19:std_logic_vector(20 downto 0);
    signal v20:std_logic_vector(22 downto 0);
    signal v21:std_logic_vector(22 downto 0);
    signal v22:std_logic_vector(20 downto 0);
    signal v23:std_logic_vector(21 downto 0);
    signal v24:std_logic_vector(22 downto 0);
    signal v25:std_logic_vector(21 downto 0);
    signal v26:std_logic_vector(19 downto 0);
    signal v27:std_logic_vector(20 downto 0);
    signal v28:std_logic_vector(19 downto 0);
    signal v29:std_logic_vector(22 downto 0);
    signal v30:std_logic_vector(22 downto 0);
    signal v31:std_logic_vector(21 downto 0);
    signal v32:std_logic_vector(22 downto 0);
    signal v33:std_logic_vector(20 downto 0);
    signal v34:std_logic_vector(23 downto 0);
    signal v35:std_logic_vector(22 downto 0);
    signal v36:std_logic_vector(23 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(39 downto 19);
    v2 <= model_inp(60 downto 40);
    v3 <= model_inp(82 downto 61);
    v4 <= model_inp(105 downto 83);
    v5 <= model_inp(126 downto 106);
    v6 <= model_inp(147 downto 127);
    v7 <= model_inp(169 downto 148);
    v8 <= model_inp(192 downto 170);
    v9 <= model_inp(203 downto 193);
    v10 <= model_inp(215 downto 204);
    v11 <= model_inp(226 downto 216);
    v12 <= model_inp(247 downto 227);
    v13 <= model_inp(268 downto 248);
    v14 <= model_inp(289 downto 269);
    v15 <= model_inp(310 downto 290);
    v16 <= model_inp(331 downto 311);
    v17 <= model_inp(351 downto 332);
    v18 <= model_inp(373 downto 352);
    v19 <= model_inp(394 downto 374);
    v20 <= model_inp(417 downto 395);
    v21 <= model_inp(440 downto 418);
    v22 <= model_inp(461 downto 441);
    v23 <= model_inp(483 downto 462);
    v24 <= model_inp(506 downto 484);
    op_25:entity work.shift_adder generic map(BW_INPUT0=>21,BW_INPUT1=>21,SIGNED0=>0,SIGNED1=>0,BW_OUT=>22,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v16,in1=>v19,result=>v25);
    op_26:entity work.multiplier generic map(BW_INPUT0=>11,BW_INPUT1=>11,SIGNED0=>1,SIGNED1=>1,BW_OUT=>20) port map(in0=>v9,in1=>v9,result=>v26);
    op_27:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v10,in1=>v10,result=>v27);
    op_28:entity work.multiplier generic map(BW_INPUT0=>11,BW_INPUT1=>11,SIGNED0=>1,SIGNED1=>1,BW_OUT=>20) port map(in0=>v11,in1=>v11,result=>v28);
    op_29:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v3,in1=>v4,in2=>v17,result=>v29);
    op_30:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v6,in1=>v5,in2=>v18,result=>v30);
    op_31:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v1,in1=>v2,in2=>v22,result=>v31);
    op_32:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v13,in1=>v12,in2=>v23,result=>v32);
    op_33:entity work.shift_adder generic map(BW_INPUT0=>20,BW_INPUT1=>21,SIGNED0=>0,SIGNED1=>0,BW_OUT=>21,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v26,in1=>v27,result=>v33);
    op_34:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v21,in1=>v24,in2=>v28,result=>v34);
    op_35:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v14,in1=>v15,in2=>v30,result=>v35);
    op_36:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v7,in1=>v8,in2=>v31,result=>v36);
    model_out(18 downto 0) <= v0(18 downto 0);
    model_out(41 downto 19) <= v20(22 downto 0);
    model_out(63 downto 42) <= v25(21 downto 0);
    model_out(86 downto 64) <= v29(22 downto 0);
    model_out(109 downto 87) <= v32(22 downto 0);
    model_out(130 downto 110) <= v33(20 downto 0);
    model_out(154 downto 131) <= v34(23 downto 0);
    model_out(177 downto 155) <= v35(22 downto 0);
    model_out(201 downto 178) <= v36(23 downto 0);

end architecture rtl;

