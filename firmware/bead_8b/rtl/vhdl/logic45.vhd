library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic45 is port(
    model_inp:in std_logic_vector(298 downto 0);
    model_out:out std_logic_vector(106 downto 0)
);
end entity logic45;

architecture rtl of logic45 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(20 downto 0);
    signal v2:std_logic_vector(17 downto 0);
    signal v3:std_logic_vector(20 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(20 downto 0);
    signal v7:std_logic_vector(21 downto 0);
    signal v8:std_logic_vector(18 downto 0);
    signal v9:std_logic_vector(17 downto 0);
    signal v10:std_logic_vector(17 downto 0);
    signal v11:std_logic_vector(17 downto 0);
    signal v12:std_logic_vector(19 downto 0);
    signal v13:std_logic_vector(20 downto 0);
    signal v14:std_logic_vector(20 downto 0);
    signal v15:std_logic_vector(21 downto 0);
    signal v16:std_logic_vector(21 downto 0);
    signal v17:std_logic_vector(21 downto 0);
    signal v18:std_logic_vector(21 downto 0);
    signal v19:std_logic_vector(22 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(39 downto 19);
    v2 <= model_inp(57 downto 40);
    v3 <= model_inp(78 downto 58);
    v4 <= model_inp(99 downto 79);
    v5 <= model_inp(120 downto 100);
    v6 <= model_inp(141 downto 121);
    v7 <= model_inp(163 downto 142);
    v8 <= model_inp(182 downto 164);
    v9 <= model_inp(200 downto 183);
    v10 <= model_inp(218 downto 201);
    v11 <= model_inp(236 downto 219);
    v12 <= model_inp(256 downto 237);
    v13 <= model_inp(277 downto 257);
    v14 <= model_inp(298 downto 278);
    op_15:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>18,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v3,in1=>v4,in2=>v11,result=>v15);
    op_16:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v6,in1=>v5,in2=>v12,result=>v16);
    op_17:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>18,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v1,in1=>v2,in2=>v13,result=>v17);
    op_18:entity work.ternary_adder generic map(BW_INPUT0=>18,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>18,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v9,in1=>v10,in2=>v15,result=>v18);
    op_19:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>19,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v7,in1=>v8,in2=>v16,result=>v19);
    model_out(18 downto 0) <= v0(18 downto 0);
    model_out(39 downto 19) <= v14(20 downto 0);
    model_out(61 downto 40) <= v17(21 downto 0);
    model_out(83 downto 62) <= v18(21 downto 0);
    model_out(106 downto 84) <= v19(22 downto 0);

end architecture rtl;

