library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic25 is port(
    model_inp:in std_logic_vector(332 downto 0);
    model_out:out std_logic_vector(108 downto 0)
);
end entity logic25;

architecture rtl of logic25 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(18 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(20 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(20 downto 0);
    signal v7:std_logic_vector(18 downto 0);
    signal v8:std_logic_vector(18 downto 0);
    signal v9:std_logic_vector(18 downto 0);
    signal v10:std_logic_vector(9 downto 0);
    signal v11:std_logic_vector(20 downto 0);
    signal v12:std_logic_vector(18 downto 0);
    signal v13:std_logic_vector(18 downto 0);
    signal v14:std_logic_vector(20 downto 0);
    signal v15:std_logic_vector(21 downto 0);
    signal v16:std_logic_vector(20 downto 0);
    signal v17:std_logic_vector(18 downto 0);
    signal v18:std_logic_vector(21 downto 0);
    signal v19:std_logic_vector(19 downto 0);
    signal v20:std_logic_vector(19 downto 0);
    signal v21:std_logic_vector(22 downto 0);
    signal v22:std_logic_vector(21 downto 0);
    signal v23:std_logic_vector(22 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(37 downto 19);
    v2 <= model_inp(58 downto 38);
    v3 <= model_inp(79 downto 59);
    v4 <= model_inp(100 downto 80);
    v5 <= model_inp(121 downto 101);
    v6 <= model_inp(142 downto 122);
    v7 <= model_inp(161 downto 143);
    v8 <= model_inp(180 downto 162);
    v9 <= model_inp(199 downto 181);
    v10 <= model_inp(209 downto 200);
    v11 <= model_inp(230 downto 210);
    v12 <= model_inp(249 downto 231);
    v13 <= model_inp(268 downto 250);
    v14 <= model_inp(289 downto 269);
    v15 <= model_inp(311 downto 290);
    v16 <= model_inp(332 downto 312);
    op_17:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>19) port map(in0=>v10,in1=>v10,result=>v17);
    op_18:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v3,in1=>v8,in2=>v11,result=>v18);
    op_19:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>20,DROP_LSBS=>0) port map(in0=>v7,in1=>v9,in2=>v12,result=>v19);
    op_20:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>20,DROP_LSBS=>0) port map(in0=>v0,in1=>v1,in2=>v13,result=>v20);
    op_21:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v6,in1=>v5,in2=>v15,result=>v21);
    op_22:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v2,in1=>v4,in2=>v17,result=>v22);
    op_23:entity work.ternary_adder generic map(BW_INPUT0=>20,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v20,in1=>v14,in2=>v18,result=>v23);
    model_out(20 downto 0) <= v16(20 downto 0);
    model_out(40 downto 21) <= v19(19 downto 0);
    model_out(63 downto 41) <= v21(22 downto 0);
    model_out(85 downto 64) <= v22(21 downto 0);
    model_out(108 downto 86) <= v23(22 downto 0);

end architecture rtl;

