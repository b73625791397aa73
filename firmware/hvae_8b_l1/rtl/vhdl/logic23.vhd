library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic23 is port(
    model_inp:in std_logic_vector(240 downto 0);
    model_out:out std_logic_vector(66 downto 0)
);
end entity logic23;

architecture rtl of logic23 is
    signal v0:std_logic_vector(8 downto 0);
    signal v1:std_logic_vector(1 downto 0);
    signal v2:std_logic_vector(1 downto 0);
    signal v3:std_logic_vector(10 downto 0);
    signal v4:std_logic_vector(10 downto 0);
    signal v5:std_logic_vector(12 downto 0);
    signal v6:std_logic_vector(13 downto 0);
    signal v7:std_logic_vector(10 downto 0);
    signal v8:std_logic_vector(10 downto 0);
    signal v9:std_logic_vector(12 downto 0);
    signal v10:std_logic_vector(10 downto 0);
    signal v11:std_logic_vector(10 downto 0);
    signal v12:std_logic_vector(9 downto 0);
    signal v13:std_logic_vector(10 downto 0);
    signal v14:std_logic_vector(13 downto 0);
    signal v15:std_logic_vector(12 downto 0);
    signal v16:std_logic_vector(11 downto 0);
    signal v17:std_logic_vector(11 downto 0);
    signal v18:std_logic_vector(10 downto 0);
    signal v19:std_logic_vector(10 downto 0);
    signal v20:std_logic_vector(10 downto 0);
    signal v21:std_logic_vector(12 downto 0);
    signal v22:std_logic_vector(12 downto 0);
    signal v23:std_logic_vector(10 downto 0);
    signal v24:std_logic_vector(11 downto 0);
    signal v25:std_logic_vector(10 downto 0);
    signal v26:std_logic_vector(9 downto 0);
    signal v27:std_logic_vector(10 downto 0);
    signal v28:std_logic_vector(14 downto 0);
    signal v29:std_logic_vector(14 downto 0);
    signal v30:std_logic_vector(12 downto 0);
    signal v31:std_logic_vector(11 downto 0);
    signal v32:std_logic_vector(10 downto 0);
    signal v33:std_logic_vector(12 downto 0);
    signal v34:std_logic_vector(11 downto 0);
    signal v35:std_logic_vector(10 downto 0);
    signal v36:std_logic_vector(14 downto 0);
    signal v37:std_logic_vector(11 downto 0);


begin
    v0 <= "111111111";
    v1 <= model_inp(1 downto 0);
    v2 <= model_inp(3 downto 2);
    v3 <= model_inp(14 downto 4);
    v4 <= model_inp(25 downto 15);
    v5 <= model_inp(38 downto 26);
    v6 <= model_inp(52 downto 39);
    v7 <= model_inp(63 downto 53);
    v8 <= model_inp(74 downto 64);
    v9 <= model_inp(87 downto 75);
    v10 <= model_inp(98 downto 88);
    v11 <= model_inp(109 downto 99);
    v12 <= model_inp(119 downto 110);
    v13 <= model_inp(130 downto 120);
    v14 <= model_inp(144 downto 131);
    v15 <= model_inp(157 downto 145);
    v16 <= model_inp(169 downto 158);
    v17 <= model_inp(181 downto 170);
    v18 <= model_inp(192 downto 182);
    v19 <= model_inp(203 downto 193);
    v20 <= model_inp(214 downto 204);
    v21 <= model_inp(227 downto 215);
    v22 <= model_inp(240 downto 228);
    op_23:entity work.mux generic map(BW_INPUT0=>11,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>11,SHIFT1=>0) port map(key=>v17(11),in0=>v18,in1=>v17,result=>v23);
    op_24:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>2,SIGNED0=>1,SIGNED1=>1,BW_OUT=>12) port map(in0=>v12,in1=>v1,result=>v24);
    op_25:entity work.negative generic map(BW_IN=>12,BW_OUT=>11,IN_SIGNED=>1) port map(neg_in=>v24,neg_out=>v25);
    op_26:entity work.mux generic map(BW_INPUT0=>11,BW_INPUT1=>9,SIGNED0=>1,SIGNED1=>0,BW_OUT=>10,SHIFT1=>0) port map(key=>v20(10),in0=>v19,in1=>v0,result=>v26);
    op_27:entity work.mux generic map(BW_INPUT0=>11,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>11,SHIFT1=>0) port map(key=>v24(11),in0=>v25,in1=>v24,result=>v27);
    op_28:entity work.ternary_adder generic map(BW_INPUT0=>13,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>14,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>11,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>15,DROP_LSBS=>0) port map(in0=>v5,in1=>v6,in2=>v13,result=>v28);
    op_29:entity work.ternary_adder generic map(BW_INPUT0=>13,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>13,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>14,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>15,DROP_LSBS=>0) port map(in0=>v9,in1=>v15,in2=>v14,result=>v29);
    op_30:entity work.ternary_adder generic map(BW_INPUT0=>11,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>11,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>12,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>13,DROP_LSBS=>0) port map(in0=>v4,in1=>v3,in2=>v16,result=>v30);
    op_31:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>2,SIGNED0=>1,SIGNED1=>1,BW_OUT=>12) port map(in0=>v26,in1=>v2,result=>v31);
    op_32:entity work.negative generic map(BW_IN=>12,BW_OUT=>11,IN_SIGNED=>1) port map(neg_in=>v31,neg_out=>v32);
    op_33:entity work.ternary_adder generic map(BW_INPUT0=>11,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>11,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>13,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>13,DROP_LSBS=>0) port map(in0=>v10,in1=>v7,in2=>v22,result=>v33);
    op_34:entity work.ternary_adder generic map(BW_INPUT0=>11,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>11,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>11,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>12,DROP_LSBS=>0) port map(in0=>v23,in1=>v8,in2=>v11,result=>v34);
    op_35:entity work.mux generic map(BW_INPUT0=>11,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>11,SHIFT1=>0) port map(key=>v31(11),in0=>v32,in1=>v31,result=>v35);
    op_36:entity work.ternary_adder generic map(BW_INPUT0=>13,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>13,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>15,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>15,DROP_LSBS=>0) port map(in0=>v30,in1=>v21,in2=>v29,result=>v36);
    op_37:entity work.shift_adder generic map(BW_INPUT0=>11,BW_INPUT1=>11,SIGNED0=>0,SIGNED1=>0,BW_OUT=>12,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v35,in1=>v27,result=>v37);
    model_out(14 downto 0) <= v28(14 downto 0);
    model_out(27 downto 15) <= v33(12 downto 0);
    model_out(39 downto 28) <= v34(11 downto 0);
    model_out(54 downto 40) <= v36(14 downto 0);
    model_out(66 downto 55) <= v37(11 downto 0);

end architecture rtl;

