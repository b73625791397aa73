library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;
use ieee.std_logic_misc.or_reduce;


entity logic53 is port(
    model_inp:in std_logic_vector(68 downto 0);
    model_out:out std_logic_vector(15 downto 0)
);
end entity logic53;

architecture rtl of logic53 is
    signal v0:std_logic_vector(15 downto 0);
    signal v1:std_logic_vector(18 downto 0);
    signal v2:std_logic_vector(24 downto 0);
    signal v3:std_logic_vector(24 downto 0);
    signal v4:std_logic_vector(28 downto 0);
    signal v5:std_logic_vector(28 downto 0);
    signal v6:std_logic_vector(24 downto 0);
    signal v7:std_logic_vector(0 downto 0);
    signal v8:std_logic_vector(23 downto 0);
    signal v9:std_logic_vector(29 downto 0);
    signal v10:std_logic_vector(0 downto 0);
    signal v11:std_logic_vector(0 downto 0);
    signal v12:std_logic_vector(24 downto 0);
    signal v13:std_logic_vector(25 downto 0);
    signal v14:std_logic_vector(15 downto 0);


begin
    v0 <= "1111111111111111";
    v1 <= model_inp(18 downto 0);
    v2 <= model_inp(43 downto 19);
    v3 <= model_inp(68 downto 44);
    op_4:entity work.ternary_adder generic map(BW_INPUT0=>25,SIGNED0=>0,NEGATE0=>0,PAD0=>3,BW_INPUT1=>25,SIGNED1=>0,NEGATE1=>0,PAD1=>3,BW_INPUT2=>19,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>29,DROP_LSBS=>0) port map(in0=>v2,in1=>v3,in2=>v1,result=>v4);
    op_5:entity work.shift_adder generic map(BW_INPUT0=>29,BW_INPUT1=>1,SIGNED0=>0,SIGNED1=>0,BW_OUT=>29,DROP_LSBS=>0,SHIFT1=>3,IS_SUB=>0) port map(in0=>v4,in1=>"1",result=>v5);
    v6 <= v5(28 downto 4);
    v7 <= v6(0 downto 0);
    v8 <= v6(24 downto 1);
    op_9:entity work.shift_adder generic map(BW_INPUT0=>29,BW_INPUT1=>25,SIGNED0=>0,SIGNED1=>0,BW_OUT=>30,DROP_LSBS=>0,SHIFT1=>4,IS_SUB=>1) port map(in0=>v5,in1=>v6,result=>v9);
    v10(0) <= or_reduce(v9);
    op_11:entity work.binop generic map(BW_INPUT0=>1,BW_INPUT1=>1,SIGNED0=>0,SIGNED1=>0,BW_OUT=>1,SHIFT1=>0,SUBOP=>0) port map(in0=>v10,in1=>v7,result=>v11);
    op_12:entity work.shift_adder generic map(BW_INPUT0=>1,BW_INPUT1=>24,SIGNED0=>0,SIGNED1=>0,BW_OUT=>25,DROP_LSBS=>0,SHIFT1=>1,IS_SUB=>0) port map(in0=>v11,in1=>v8,result=>v12);
    op_13:entity work.shift_adder generic map(BW_INPUT0=>25,BW_INPUT1=>16,SIGNED0=>0,SIGNED1=>0,BW_OUT=>26,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>1) port map(in0=>v12,in1=>"1111111111111111",result=>v13);
    op_14:entity work.mux generic map(BW_INPUT0=>25,BW_INPUT1=>16,SIGNED0=>0,SIGNED1=>0,BW_OUT=>16,SHIFT1=>0) port map(key=>v13(25),in0=>v12,in1=>v0,result=>v14);
    model_out(15 downto 0) <= v14(15 downto 0);

end architecture rtl;

