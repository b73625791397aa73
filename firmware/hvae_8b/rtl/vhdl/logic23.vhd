library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic23 is port(
    model_inp:in std_logic_vector(475 downto 0);
    model_out:out std_logic_vector(188 downto 0)
);
end entity logic23;

architecture rtl of logic23 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(20 downto 0);
    signal v2:std_logic_vector(18 downto 0);
    signal v3:std_logic_vector(19 downto 0);
    signal v4:std_logic_vector(19 downto 0);
    signal v5:std_logic_vector(19 downto 0);
    signal v6:std_logic_vector(18 downto 0);
    signal v7:std_logic_vector(18 downto 0);
    signal v8:std_logic_vector(19 downto 0);
    signal v9:std_logic_vector(18 downto 0);
    signal v10:std_logic_vector(9 downto 0);
    signal v11:std_logic_vector(20 downto 0);
    signal v12:std_logic_vector(19 downto 0);
    signal v13:std_logic_vector(18 downto 0);
    signal v14:std_logic_vector(19 downto 0);
    signal v15:std_logic_vector(20 downto 0);
    signal v16:std_logic_vector(20 downto 0);
    signal v17:std_logic_vector(19 downto 0);
    signal v18:std_logic_vector(18 downto 0);
    signal v19:std_logic_vector(18 downto 0);
    signal v20:std_logic_vector(21 downto 0);
    signal v21:std_logic_vector(9 downto 0);
    signal v22:std_logic_vector(18 downto 0);
    signal v23:std_logic_vector(19 downto 0);
    signal v24:std_logic_vector(18 downto 0);
    signal v25:std_logic_vector(20 downto 0);
    signal v26:std_logic_vector(20 downto 0);
    signal v27:std_logic_vector(18 downto 0);
    signal v28:std_logic_vector(21 downto 0);
    signal v29:std_logic_vector(21 downto 0);
    signal v30:std_logic_vector(20 downto 0);
    signal v31:std_logic_vector(18 downto 0);
    signal v32:std_logic_vector(20 downto 0);
    signal v33:std_logic_vector(21 downto 0);
    signal v34:std_logic_vector(20 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(39 downto 19);
    v2 <= model_inp(58 downto 40);
    v3 <= model_inp(78 downto 59);
    v4 <= model_inp(98 downto 79);
    v5 <= model_inp(118 downto 99);
    v6 <= model_inp(137 downto 119);
    v7 <= model_inp(156 downto 138);
    v8 <= model_inp(176 downto 157);
    v9 <= model_inp(195 downto 177);
    v10 <= model_inp(205 downto 196);
    v11 <= model_inp(226 downto 206);
    v12 <= model_inp(246 downto 227);
    v13 <= model_inp(265 downto 247);
    v14 <= model_inp(285 downto 266);
    v15 <= model_inp(306 downto 286);
    v16 <= model_inp(327 downto 307);
    v17 <= model_inp(347 downto 328);
    v18 <= model_inp(366 downto 348);
    v19 <= model_inp(385 downto 367);
    v20 <= model_inp(407 downto 386);
    v21 <= model_inp(417 downto 408);
    v22 <= model_inp(436 downto 418);
    v23 <= model_inp(456 downto 437);
    v24 <= model_inp(475 downto 457);
    op_25:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v13,in1=>v2,in2=>v8,result=>v25);
    op_26:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v7,in1=>v6,in2=>v14,result=>v26);
    op_27:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>19) port map(in0=>v10,in1=>v10,result=>v27);
    op_28:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v4,in1=>v12,in2=>v15,result=>v28);
    op_29:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v3,in1=>v11,in2=>v16,result=>v29);
    op_30:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v18,in1=>v9,in2=>v17,result=>v30);
    op_31:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>19) port map(in0=>v21,in1=>v21,result=>v31);
    op_32:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v1,in1=>v0,in2=>v24,result=>v32);
    op_33:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v23,in1=>v5,in2=>v25,result=>v33);
    op_34:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v22,in1=>v19,in2=>v26,result=>v34);
    model_out(21 downto 0) <= v20(21 downto 0);
    model_out(40 downto 22) <= v27(18 downto 0);
    model_out(62 downto 41) <= v28(21 downto 0);
    model_out(84 downto 63) <= v29(21 downto 0);
    model_out(105 downto 85) <= v30(20 downto 0);
    model_out(124 downto 106) <= v31(18 downto 0);
    model_out(145 downto 125) <= v32(20 downto 0);
    model_out(167 downto 146) <= v33(21 downto 0);
    model_out(188 downto 168) <= v34(20 downto 0);

end architecture rtl;

