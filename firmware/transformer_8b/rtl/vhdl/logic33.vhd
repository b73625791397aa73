library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic33 is port(
    model_inp:in std_logic_vector(340 downto 0);
    model_out:out std_logic_vector(189 downto 0)
);
end entity logic33;

architecture rtl of logic33 is
    signal v0:std_logic_vector(20 downto 0);
    signal v1:std_logic_vector(20 downto 0);
    signal v2:std_logic_vector(18 downto 0);
    signal v3:std_logic_vector(18 downto 0);
    signal v4:std_logic_vector(9 downto 0);
    signal v5:std_logic_vector(9 downto 0);
    signal v6:std_logic_vector(18 downto 0);
    signal v7:std_logic_vector(18 downto 0);
    signal v8:std_logic_vector(21 downto 0);
    signal v9:std_logic_vector(21 downto 0);
    signal v10:std_logic_vector(20 downto 0);
    signal v11:std_logic_vector(19 downto 0);
    signal v12:std_logic_vector(18 downto 0);
    signal v13:std_logic_vector(18 downto 0);
    signal v14:std_logic_vector(18 downto 0);
    signal v15:std_logic_vector(20 downto 0);
    signal v16:std_logic_vector(20 downto 0);
    signal v17:std_logic_vector(18 downto 0);
    signal v18:std_logic_vector(20 downto 0);
    signal v19:std_logic_vector(18 downto 0);
    signal v20:std_logic_vector(18 downto 0);
    signal v21:std_logic_vector(21 downto 0);
    signal v22:std_logic_vector(19 downto 0);
    signal v23:std_logic_vector(19 downto 0);
    signal v24:std_logic_vector(20 downto 0);


begin
    v0 <= model_inp(20 downto 0);
    v1 <= model_inp(41 downto 21);
    v2 <= model_inp(60 downto 42);
    v3 <= model_inp(79 downto 61);
    v4 <= model_inp(89 downto 80);
    v5 <= model_inp(99 downto 90);
    v6 <= model_inp(118 downto 100);
    v7 <= model_inp(137 downto 119);
    v8 <= model_inp(159 downto 138);
    v9 <= model_inp(181 downto 160);
    v10 <= model_inp(202 downto 182);
    v11 <= model_inp(222 downto 203);
    v12 <= model_inp(241 downto 223);
    v13 <= model_inp(260 downto 242);
    v14 <= model_inp(279 downto 261);
    v15 <= model_inp(300 downto 280);
    v16 <= model_inp(321 downto 301);
    v17 <= model_inp(340 downto 322);
    op_18:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v3,in1=>v2,in2=>v11,result=>v18);
    op_19:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>19) port map(in0=>v4,in1=>v4,result=>v19);
    op_20:entity work.multiplier generic map(BW_INPUT0=>10,BW_INPUT1=>10,SIGNED0=>1,SIGNED1=>1,BW_OUT=>19) port map(in0=>v5,in1=>v5,result=>v20);
    op_21:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v0,in1=>v1,in2=>v14,result=>v21);
    op_22:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>20,DROP_LSBS=>0) port map(in0=>v13,in1=>v12,in2=>v17,result=>v22);
    op_23:entity work.shift_adder generic map(BW_INPUT0=>19,BW_INPUT1=>19,SIGNED0=>0,SIGNED1=>0,BW_OUT=>20,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v20,in1=>v19,result=>v23);
    op_24:entity work.ternary_adder generic map(BW_INPUT0=>19,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>21,DROP_LSBS=>0) port map(in0=>v6,in1=>v7,in2=>v18,result=>v24);
    model_out(21 downto 0) <= v8(21 downto 0);
    model_out(43 downto 22) <= v9(21 downto 0);
    model_out(64 downto 44) <= v10(20 downto 0);
    model_out(85 downto 65) <= v15(20 downto 0);
    model_out(106 downto 86) <= v16(20 downto 0);
    model_out(128 downto 107) <= v21(21 downto 0);
    model_out(148 downto 129) <= v22(19 downto 0);
    model_out(168 downto 149) <= v23(19 downto 0);
    model_out(189 downto 169) <= v24(20 downto 0);

end architecture rtl;

