library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic23 is port(
    model_inp:in std_logic_vector(219 downto 0);
    model_out:out std_logic_vector(61 downto 0)
);
end entity logic23;

architecture rtl of logic23 is
    signal v0:std_logic_vector(8 downto 0);
    signal v1:std_logic_vector(0 downto 0);
    signal v2:std_logic_vector(0 downto 0);
    signal v3:std_logic_vector(9 downto 0);
    signal v4:std_logic_vector(9 downto 0);
    signal v5:std_logic_vector(9 downto 0);
    signal v6:std_logic_vector(9 downto 0);
    signal v7:std_logic_vector(9 downto 0);
    signal v8:std_logic_vector(11 downto 0);
    signal v9:std_logic_vector(11 downto 0);
    signal v10:std_logic_vector(11 downto 0);
    signal v11:std_logic_vector(9 downto 0);
    signal v12:std_logic_vector(9 downto 0);
    signal v13:std_logic_vector(9 downto 0);
    signal v14:std_logic_vector(11 downto 0);
    signal v15:std_logic_vector(10 downto 0);
    signal v16:std_logic_vector(11 downto 0);
    signal v17:std_logic_vector(13 downto 0);
    signal v18:std_logic_vector(9 downto 0);
    signal v19:std_logic_vector(9 downto 0);
    signal v20:std_logic_vector(10 downto 0);
    signal v21:std_logic_vector(10 downto 0);
    signal v22:std_logic_vector(11 downto 0);
    signal v23:std_logic_vector(9 downto 0);
    signal v24:std_logic_vector(10 downto 0);
    signal v25:std_logic_vector(10 downto 0);
    signal v26:std_logic_vector(12 downto 0);
    signal v27:std_logic_vector(9 downto 0);
    signal v28:std_logic_vector(10 downto 0);
    signal v29:std_logic_vector(11 downto 0);
    signal v30:std_logic_vector(9 downto 0);
    signal v31:std_logic_vector(10 downto 0);
    signal v32:std_logic_vector(12 downto 0);
    signal v33:std_logic_vector(9 downto 0);
    signal v34:std_logic_vector(10 downto 0);
    signal v35:std_logic_vector(11 downto 0);
    signal v36:std_logic_vector(13 downto 0);


begin
    v0 <= "111111111";
    v1 <= "1";
    v2 <= model_inp(0 downto 0);
    v3 <= model_inp(10 downto 1);
    v4 <= model_inp(20 downto 11);
    v5 <= model_inp(30 downto 21);
    v6 <= model_inp(40 downto 31);
    v7 <= model_inp(50 downto 41);
    v8 <= model_inp(62 downto 51);
    v9 <= model_inp(74 downto 63);
    v10 <= model_inp(86 downto 75);
    v11 <= model_inp(96 downto 87);
    v12 <= model_inp(106 downto 97);
    v13 <= model_inp(116 downto 107);
    v14 <= model_inp(128 downto 117);
    v15 <= model_inp(139 downto 129);
    v16 <= model_inp(151 downto 140);
    v17 <= model_inp(165 downto 152);
    v18 <= model_inp(175 downto 166);
    v19 <= model_inp(185 downto 176);
    v20 <= model_inp(196 downto 186);
    v21 <= model_inp(207 downto 197);
    v22 <= model_inp(219 downto 208);
    op_23:entity work.mux generic map(BW_INPUT0=>11,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>10,SHIFT1=>0) port map(key=>v19(9),in0=>v20,in1=>v19,result=>v23);
    op_24:entity work.mux generic map(BW_INPUT0=>1,BW_INPUT1=>11,SIGNED0=>1,SIGNED1=>1,BW_OUT=>11,SHIFT1=>-9) port map(key=>v22(11),in0=>v1,in1=>v21,result=>v24);
    op_25:entity work.shift_adder generic map(BW_INPUT0=>11,BW_INPUT1=>9,SIGNED0=>1,SIGNED1=>0,BW_OUT=>11,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>1) port map(in0=>v24,in1=>"111111111",result=>v25);
    op_26:entity work.ternary_adder generic map(BW_INPUT0=>12,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>10,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>12,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>13,DROP_LSBS=>0) port map(in0=>v8,in1=>v3,in2=>v14,result=>v26);
    op_27:entity work.mux generic map(BW_INPUT0=>11,BW_INPUT1=>9,SIGNED0=>1,SIGNED1=>0,BW_OUT=>10,SHIFT1=>0) port map(key=>v25(10),in0=>v24,in1=>v0,result=>v27);
    op_28:entity work.shift_adder generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>0,SIGNED1=>0,BW_OUT=>11,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v5,in1=>v18,result=>v28);
    op_29:entity work.ternary_adder generic map(BW_INPUT0=>10,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>10,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>11,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>12,DROP_LSBS=>0) port map(in0=>v11,in1=>v6,in2=>v15,result=>v29);
    op_30:entity work.binop generic map(BW_INPUT0=>1,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>10,SHIFT1=>0,SUBOP=>0) port map(in0=>v2,in1=>v27,result=>v30);
    op_31:entity work.negative generic map(BW_IN=>10,BW_OUT=>11,IN_SIGNED=>1) port map(neg_in=>v30,neg_out=>v31);
    op_32:entity work.ternary_adder generic map(BW_INPUT0=>12,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>12,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>12,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>13,DROP_LSBS=>0) port map(in0=>v9,in1=>v10,in2=>v16,result=>v32);
    op_33:entity work.mux generic map(BW_INPUT0=>11,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>10,SHIFT1=>0) port map(key=>v30(9),in0=>v31,in1=>v30,result=>v33);
    op_34:entity work.ternary_adder generic map(BW_INPUT0=>10,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>10,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>10,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>11,DROP_LSBS=>0) port map(in0=>v13,in1=>v12,in2=>v23,result=>v34);
    op_35:entity work.ternary_adder generic map(BW_INPUT0=>10,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>10,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>11,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>12,DROP_LSBS=>0) port map(in0=>v7,in1=>v4,in2=>v28,result=>v35);
    op_36:entity work.ternary_adder generic map(BW_INPUT0=>13,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>14,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>10,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>14,DROP_LSBS=>0) port map(in0=>v26,in1=>v17,in2=>v33,result=>v36);
    model_out(11 downto 0) <= v29(11 downto 0);
    model_out(24 downto 12) <= v32(12 downto 0);
    model_out(35 downto 25) <= v34(10 downto 0);
    model_out(47 downto 36) <= v35(11 downto 0);
    model_out(61 downto 48) <= v36(13 downto 0);

end architecture rtl;

