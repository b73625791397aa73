library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic23 is port(
    model_inp:in std_logic_vector(422 downto 0);
    model_out:out std_logic_vector(149 downto 0)
);
end entity logic23;

architecture rtl of logic23 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(18 downto 0);
    signal v2:std_logic_vector(19 downto 0);
    signal v3:std_logic_vector(18 downto 0);
    signal v4:std_logic_vector(18 downto 0);
    signal v5:std_logic_vector(18 downto 0);
    signal v6:std_logic_vector(18 downto 0);
    signal v7:std_logic_vector(19 downto 0);
    signal v8:std_logic_vector(20 downto 0);
    signal v9:std_logic_vector(20 downto 0);
    signal v10:std_logic_vector(19 downto 0);
    signal v11:std_logic_vector(20 downto 0);
    signal v12:std_logic_vector(20 downto 0);
    signal v13:std_logic_vector(19 downto 0);
    signal v14:std_logic_vector(20 downto 0);
    signal v15:std_logic_vector(18 downto 0);
    signal v16:std_logic_vector(20 downto 0);
    signal v17:std_logic_vector(20 downto 0);
    signal v18:std_logic_vector(20 downto 0);
    signal v19:std_logic_vector(20 downto 0);
    signal v20:std_logic_vector(20 downto 0);
    signal v21:std_logic_vector(20 downto 0);
    signal v22:std_logic_vector(20 downto 0);
    signal v23:std_logic_vector(20 downto 0);
    signal v24:std_logic_vector(20 downto 0);
    signal v25:std_logic_vector(21 downto 0);
    signal v26:std_logic_vector(21 downto 0);
    signal v27:std_logic_vector(21 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(37 downto 19);
    v2 <= model_inp(57 downto 38);
    v3 <= model_inp(76 downto 58);
    v4 <= model_inp(95 downto 77);
    v5 <= model_inp(114 downto 96);
    v6 <= model_inp(133 downto 115);
    v7 <= model_inp(153 downto 134);
    v8 <= model_inp(174 downto 154);
    v9 <= model_inp(195 downto 175);
    v10 <= model_inp(215 downto 196);
    v11 <= model_inp(236 downto 216);
    v12 <= model_inp(257 downto 237);
    v13 <= model_inp(277 downto 258);
    v14 <= model_inp(298 downto 278);
    v15 <= model_inp(317 downto 299);
    v16 <= model_inp(338 downto 318);
    v17 <= model_inp(359 downto 339);
    v18 <= model_inp(380 downto 360);
    v19 <= model_inp(401 downto 381);
    v20 <= model_inp(422 downto 402);
    op_21:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v2,in1=>v6,in2=>v10,result=>v21);
    op_22:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v1,in1=>v0,in2=>v13,result=>v22);
    op_23:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v5,in1=>v7,in2=>v15,result=>v23);
    op_24:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v4,in1=>v3,in2=>v16,result=>v24);
    op_25:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v9,in1=>v8,in2=>v22,result=>v25);
    op_26:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v12,in1=>v11,in2=>v23,result=>v26);
    op_27:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v19,in1=>v18,in2=>v24,result=>v27);
    model_out(20 downto 0) <= v14(20 downto 0);
    model_out(41 downto 21) <= v17(20 downto 0);
    model_out(62 downto 42) <= v20(20 downto 0);
    model_out(83 downto 63) <= v21(20 downto 0);
    model_out(105 downto 84) <= v25(21 downto 0);
    model_out(127 downto 106) <= v26(21 downto 0);
    model_out(149 downto 128) <= v27(21 downto 0);

end architecture rtl;

