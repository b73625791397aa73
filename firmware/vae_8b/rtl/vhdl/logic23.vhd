library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic23 is port(
    model_inp:in std_logic_vector(569 downto 0);
    model_out:out std_logic_vector(148 downto 0)
);
end entity logic23;

architecture rtl of logic23 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(18 downto 0);
    signal v2:std_logic_vector(18 downto 0);
    signal v3:std_logic_vector(19 downto 0);
    signal v4:std_logic_vector(18 downto 0);
    signal v5:std_logic_vector(19 downto 0);
    signal v6:std_logic_vector(18 downto 0);
    signal v7:std_logic_vector(18 downto 0);
    signal v8:std_logic_vector(20 downto 0);
    signal v9:std_logic_vector(18 downto 0);
    signal v10:std_logic_vector(18 downto 0);
    signal v11:std_logic_vector(18 downto 0);
    signal v12:std_logic_vector(18 downto 0);
    signal v13:std_logic_vector(18 downto 0);
    signal v14:std_logic_vector(19 downto 0);
    signal v15:std_logic_vector(18 downto 0);
    signal v16:std_logic_vector(20 downto 0);
    signal v17:std_logic_vector(19 downto 0);
    signal v18:std_logic_vector(19 downto 0);
    signal v19:std_logic_vector(19 downto 0);
    signal v20:std_logic_vector(19 downto 0);
    signal v21:std_logic_vector(20 downto 0);
    signal v22:std_logic_vector(19 downto 0);
    signal v23:std_logic_vector(19 downto 0);
    signal v24:std_logic_vector(19 downto 0);
    signal v25:std_logic_vector(18 downto 0);
    signal v26:std_logic_vector(19 downto 0);
    signal v27:std_logic_vector(19 downto 0);
    signal v28:std_logic_vector(19 downto 0);
    signal v29:std_logic_vector(21 downto 0);
    signal v30:std_logic_vector(20 downto 0);
    signal v31:std_logic_vector(20 downto 0);
    signal v32:std_logic_vector(20 downto 0);
    signal v33:std_logic_vector(20 downto 0);
    signal v34:std_logic_vector(20 downto 0);
    signal v35:std_logic_vector(19 downto 0);
    signal v36:std_logic_vector(20 downto 0);
    signal v37:std_logic_vector(20 downto 0);
    signal v38:std_logic_vector(22 downto 0);
    signal v39:std_logic_vector(21 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(37 downto 19);
    v2 <= model_inp(56 downto 38);
    v3 <= model_inp(76 downto 57);
    v4 <= model_inp(95 downto 77);
    v5 <= model_inp(115 downto 96);
    v6 <= model_inp(134 downto 116);
    v7 <= model_inp(153 downto 135);
    v8 <= model_inp(174 downto 154);
    v9 <= model_inp(193 downto 175);
    v10 <= model_inp(212 downto 194);
    v11 <= model_inp(231 downto 213);
    v12 <= model_inp(250 downto 232);
    v13 <= model_inp(269 downto 251);
    v14 <= model_inp(289 downto 270);
    v15 <= model_inp(308 downto 290);
    v16 <= model_inp(329 downto 309);
    v17 <= model_inp(349 downto 330);
    v18 <= model_inp(369 downto 350);
    v19 <= model_inp(389 downto 370);
    v20 <= model_inp(409 downto 390);
    v21 <= model_inp(430 downto 410);
    v22 <= model_inp(450 downto 431);
    v23 <= model_inp(470 downto 451);
    v24 <= model_inp(490 downto 471);
    v25 <= model_inp(509 downto 491);
    v26 <= model_inp(529 downto 510);
    v27 <= model_inp(549 downto 530);
    v28 <= model_inp(569 downto 550);
    op_29:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v14,in1=>v8,in2=>v16,result=>v29);
    op_30:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v0,in1=>v12,in2=>v17,result=>v30);
    op_31:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v2,in1=>v1,in2=>v20,result=>v31);
    op_32:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v15,in1=>v10,in2=>v22,result=>v32);
    op_33:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v5,in1=>v3,in2=>v23,result=>v33);
    op_34:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v19,in1=>v18,in2=>v24,result=>v34);
    op_35:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>20,DROP_LSBS=>0) port map(in0=>v6,in1=>v11,in2=>v25,result=>v35);
    op_36:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v13,in1=>v7,in2=>v27,result=>v36);
    op_37:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v9,in1=>v4,in2=>v28,result=>v37);
    op_38:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v26,in1=>v21,in2=>v29,result=>v38);
    op_39:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v30,in1=>v31,in2=>v33,result=>v39);
    model_out(20 downto 0) <= v32(20 downto 0);
    model_out(41 downto 21) <= v34(20 downto 0);
    model_out(61 downto 42) <= v35(19 downto 0);
    model_out(82 downto 62) <= v36(20 downto 0);
    model_out(103 downto 83) <= v37(20 downto 0);
    model_out(126 downto 104) <= v38(22 downto 0);
    model_out(148 downto 127) <= v39(21 downto 0);

end architecture rtl;

