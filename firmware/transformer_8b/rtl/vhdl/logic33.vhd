library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic33 is port(
    model_inp:in std_logic_vector(394 downto 0);
    model_out:out std_logic_vector(108 downto 0)
);
end entity logic33;

architecture rtl of logic33 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(18 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(18 downto 0);
    signal v4:std_logic_vector(18 downto 0);
    signal v5:std_logic_vector(18 downto 0);
    signal v6:std_logic_vector(18 downto 0);
    signal v7:std_logic_vector(19 downto 0);
    signal v8:std_logic_vector(20 downto 0);
    signal v9:std_logic_vector(9 downto 0);
    signal v10:std_logic_vector(9 downto 0);
    signal v11:std_logic_vector(18 downto 0);
    signal v12:std_logic_vector(18 downto 0);
    signal v13:std_logic_vector(21 downto 0);
    signal v14:std_logic_vector(18 downto 0);
    signal v15:std_logic_vector(18 downto 0);
    signal v16:std_logic_vector(18 downto 0);
    signal v17:std_logic_vector(19 downto 0);
    signal v18:std_logic_vector(20 downto 0);
    signal v19:std_logic_vector(18 downto 0);
    signal v20:std_logic_vector(21 downto 0);
    signal v21:std_logic_vector(18 downto 0);
    signal v22:std_logic_vector(18 downto 0);
    signal v23:std_logic_vector(19 downto 0);
    signal v24:std_logic_vector(20 downto 0);
    signal v25:std_logic_vector(21 downto 0);
    signal v26:std_logic_vector(19 downto 0);
    signal v27:std_logic_vector(21 downto 0);
    signal v28:std_logic_vector(20 downto 0);
    signal v29:std_logic_vector(21 downto 0);
    signal v30:std_logic_vector(21 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(37 downto 19);
    v2 <= model_inp(58 downto 38);
    v3 <= model_inp(77 downto 59);
    v4 <= model_inp(96 downto 78);
    v5 <= model_inp(115 downto 97);
    v6 <= model_inp(134 downto 116);
    v7 <= model_inp(154 downto 135);
    v8 <= model_inp(175 downto 155);
    v9 <= model_inp(185 downto 176);
    v10 <= model_inp(195 downto 186);
    v11 <= model_inp(214 downto 196);
    v12 <= model_inp(233 downto 215);
    v13 <= model_inp(255 downto 234);
    v14 <= model_inp(274 downto 256);
    v15 <= model_inp(293 downto 275);
    v16 <= model_inp(312 downto 294);
    v17 <= model_inp(332 downto 313);
    v18 <= model_inp(353 downto 333);
    v19 <= model_inp(372 downto 354);
    v20 <= model_inp(394 downto 373);
    op_21:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>19) port map(in0=>v9,in1=>v9,result=>v21);
    op_22:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>19) port map(in0=>v10,in1=>v10,result=>v22);
    op_23:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>20,DROP_LSBS=>0) port map(in0=>v1,in1=>v0,in2=>v15,result=>v23);
    op_24:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v6,in1=>v3,in2=>v17,result=>v24);
    op_25:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v7,in1=>v2,in2=>v18,result=>v25);
    op_26:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>20,DROP_LSBS=>0) port map(in0=>v11,in1=>v12,in2=>v19,result=>v26);
    op_27:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v14,in1=>v21,in2=>v20,result=>v27);
    op_28:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v16,in1=>v4,in2=>v23,result=>v28);
    op_29:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v8,in1=>v5,in2=>v24,result=>v29);
    op_30:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v13,in1=>v22,in2=>v26,result=>v30);
    model_out(21 downto 0) <= v25(21 downto 0);
    model_out(43 downto 22) <= v27(21 downto 0);
    model_out(64 downto 44) <= v28(20 downto 0);
    model_out(86 downto 65) <= v29(21 downto 0);
    model_out(108 downto 87) <= v30(21 downto 0);

end architecture rtl;

