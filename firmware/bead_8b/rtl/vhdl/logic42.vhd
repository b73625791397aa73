library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;
use ieee.std_logic_misc.or_reduce;


entity logic42 is port(
    model_inp:in std_logic_vector(149 downto 0);
    model_out:out std_logic_vector(15 downto 0)
);
end entity logic42;

architecture rtl of logic42 is
    signal v0:std_logic_vector(15 downto 0);
    signal v1:std_logic_vector(18 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(20 downto 0);
    signal v4:std_logic_vector(21 downto 0);
    signal v5:std_logic_vector(22 downto 0);
    signal v6:std_logic_vector(21 downto 0);
    signal v7:std_logic_vector(21 downto 0);
    signal v8:std_logic_vector(22 downto 0);
    signal v9:std_logic_vector(23 downto 0);
    signal v10:std_logic_vector(26 downto 0);
    signal v11:std_logic_vector(26 downto 0);
    signal v12:std_logic_vector(3 downto 0);
    signal v13:std_logic_vector(22 downto 0);
    signal v14:std_logic_vector(0 downto 0);
    signal v15:std_logic_vector(0 downto 0);
    signal v16:std_logic_vector(21 downto 0);
    signal v17:std_logic_vector(0 downto 0);
    signal v18:std_logic_vector(22 downto 0);
    signal v19:std_logic_vector(15 downto 0);
    signal v20:std_logic_vector(6 downto 0);
    signal v21:std_logic_vector(0 downto 0);
    signal v22:std_logic_vector(15 downto 0);


begin
    v0 <= "1111111111111111";
    v1 <= model_inp(18 downto 0);
    v2 <= model_inp(39 downto 19);
    v3 <= model_inp(60 downto 40);
    v4 <= model_inp(82 downto 61);
    v5 <= model_inp(105 downto 83);
    v6 <= model_inp(127 downto 106);
    v7 <= model_inp(149 downto 128);
    op_8:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>22,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v3,in1=>v2,in2=>v7,result=>v8);
    op_9:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v4,in1=>v6,in2=>v5,result=>v9);
    op_10:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>3,BW_INPUT1=>24,SIGNED1=>0,NEGATE1=>0,PAD1=>3,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>27,DROP_LSBS=>0) port map(in0=>v8,in1=>v9,in2=>v1,result=>v10);
    op_11:entity work.shift_adder generic map(BW_INPUT0=>27,BW_INPUT1=>1,SIGNED0=>0,SIGNED1=>0,BW_OUT=>27,DROP_LSBS=>0,SHIFT1=>3,IS_SUB=>0) port map(in0=>v10,in1=>"1",result=>v11);
    v12 <= v11(3 downto 0);
    v13 <= v11(26 downto 4);
    v14(0) <= or_reduce(v12);
    v15 <= v13(0 downto 0);
    v16 <= v13(22 downto 1);
    op_17:entity work.binop generic map(BW_INPUT0=>1,BW_INPUT1=>1,SIGNED0=>0,SIGNED1=>0,BW_OUT=>1,SHIFT1=>0,SUBOP=>0) port map(in0=>v14,in1=>v15,result=>v17);
    op_18:entity work.shift_adder generic map(BW_INPUT0=>1,BW_INPUT1=>22,SIGNED0=>0,SIGNED1=>0,BW_OUT=>23,DROP_LSBS=>0,SHIFT1=>1,IS_SUB=>0) port map(in0=>v17,in1=>v16,result=>v18);
    v19 <= v18(15 downto 0);
    v20 <= v18(22 downto 16);
    v21(0) <= or_reduce(v20);
    op_22:entity work.mux generic map(BW_INPUT0=>16,BW_INPUT1=>16,SIGNED0=>0,SIGNED1=>0,BW_OUT=>16,SHIFT1=>0) port map(key=>v21(0),in0=>v0,in1=>v19,result=>v22);
    model_out(15 downto 0) <= v22(15 downto 0);

end architecture rtl;

