library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;
use ieee.std_logic_misc.or_reduce;


entity logic25 is port(
    model_inp:in std_logic_vector(108 downto 0);
    model_out:out std_logic_vector(15 downto 0)
);
end entity logic25;

architecture rtl of logic25 is
    signal v0:std_logic_vector(15 downto 0);
    signal v1:std_logic_vector(21 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(22 downto 0);
    signal v4:std_logic_vector(21 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(22 downto 0);
    signal v7:std_logic_vector(23 downto 0);
    signal v8:std_logic_vector(23 downto 0);
    signal v9:std_logic_vector(1 downto 0);
    signal v10:std_logic_vector(21 downto 0);
    signal v11:std_logic_vector(0 downto 0);
    signal v12:std_logic_vector(0 downto 0);
    signal v13:std_logic_vector(20 downto 0);
    signal v14:std_logic_vector(0 downto 0);
    signal v15:std_logic_vector(21 downto 0);
    signal v16:std_logic_vector(15 downto 0);
    signal v17:std_logic_vector(5 downto 0);
    signal v18:std_logic_vector(0 downto 0);
    signal v19:std_logic_vector(15 downto 0);


begin
    v0 <= "1111111111111111";
    v1 <= model_inp(21 downto 0);
    v2 <= model_inp(42 downto 22);
    v3 <= model_inp(65 downto 43);
    v4 <= model_inp(87 downto 66);
    v5 <= model_inp(108 downto 88);
    op_6:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v1,in1=>v2,in2=>v5,result=>v6);
    op_7:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v4,in1=>v3,in2=>v6,result=>v7);
    op_8:entity work.shift_adder generic map(BW_INPUT0=>24,BW_INPUT1=>1,SIGNED0=>0,SIGNED1=>0,BW_OUT=>24,DROP_LSBS=>0,SHIFT1=>1,IS_SUB=>0) port map(in0=>v7,in1=>"1",result=>v8);
    v9 <= v8(1 downto 0);
    v10 <= v8(23 downto 2);
    v11(0) <= or_reduce(v9);
    v12 <= v10(0 downto 0);
    v13 <= v10(21 downto 1);
    op_14:entity work.binop generic map(BW_INPUT0=>1,BW_INPUT1=>1,SIGNED0=>0,SIGNED1=>0,BW_OUT=>1,SHIFT1=>0,SUBOP=>0) port map(in0=>v11,in1=>v12,result=>v14);
    op_15:entity work.shift_adder generic map(BW_INPUT0=>1,BW_INPUT1=>21,SIGNED0=>0,SIGNED1=>0,BW_OUT=>22,DROP_LSBS=>0,SHIFT1=>1,IS_SUB=>0) port map(in0=>v14,in1=>v13,result=>v15);
    v16 <= v15(15 downto 0);
    v17 <= v15(21 downto 16);
    v18(0) <= or_reduce(v17);
    op_19:entity work.mux generic map(BW_INPUT0=>16,BW_INPUT1=>16,SIGNED0=>0,SIGNED1=>0,BW_OUT=>16,SHIFT1=>0) port map(key=>v18(0),in0=>v0,in1=>v16,result=>v19);
    model_out(15 downto 0) <= v19(15 downto 0);

end architecture rtl;

