library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;
use ieee.std_logic_misc.or_reduce;


entity logic34 is port(
    model_inp:in std_logic_vector(189 downto 0);
    model_out:out std_logic_vector(15 downto 0)
);
end entity logic34;

architecture rtl of logic34 is
    signal v0:std_logic_vector(15 downto 0);
    signal v1:std_logic_vector(21 downto 0);
    signal v2:std_logic_vector(21 downto 0);
    signal v3:std_logic_vector(20 downto 0);
    signal v4:std_logic_vector(20 downto 0);
    signal v5:std_logic_vector(20 downto 0);
    signal v6:std_logic_vector(21 downto 0);
    signal v7:std_logic_vector(19 downto 0);
    signal v8:std_logic_vector(19 downto 0);
    signal v9:std_logic_vector(20 downto 0);
    signal v10:std_logic_vector(22 downto 0);
    signal v11:std_logic_vector(22 downto 0);
    signal v12:std_logic_vector(22 downto 0);
    signal v13:std_logic_vector(23 downto 0);
    signal v14:std_logic_vector(23 downto 0);
    signal v15:std_logic_vector(4 downto 0);
    signal v16:std_logic_vector(18 downto 0);
    signal v17:std_logic_vector(0 downto 0);
    signal v18:std_logic_vector(0 downto 0);
    signal v19:std_logic_vector(17 downto 0);
    signal v20:std_logic_vector(0 downto 0);
    signal v21:std_logic_vector(18 downto 0);
    signal v22:std_logic_vector(15 downto 0);
    signal v23:std_logic_vector(2 downto 0);
    signal v24:std_logic_vector(0 downto 0);
    signal v25:std_logic_vector(15 downto 0);


begin
    v0 <= "1111111111111111";
    v1 <= model_inp(21 downto 0);
    v2 <= model_inp(43 downto 22);
    v3 <= model_inp(64 downto 44);
    v4 <= model_inp(85 downto 65);
    v5 <= model_inp(106 downto 86);
    v6 <= model_inp(128 downto 107);
    v7 <= model_inp(148 downto 129);
    v8 <= model_inp(168 downto 149);
    v9 <= model_inp(189 downto 169);
    op_10:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v4,in1=>v1,in2=>v7,result=>v10);
    op_11:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v3,in1=>v2,in2=>v8,result=>v11);
    op_12:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>22,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v5,in1=>v6,in2=>v9,result=>v12);
    op_13:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v11,in1=>v10,in2=>v12,result=>v13);
    op_14:entity work.shift_adder generic map(BW_INPUT0=>24,BW_INPUT1=>1,SIGNED0=>0,SIGNED1=>0,BW_OUT=>24,DROP_LSBS=>0,SHIFT1=>4,IS_SUB=>0) port map(in0=>v13,in1=>"1",result=>v14);
    v15 <= v14(4 downto 0);
    v16 <= v14(23 downto 5);
    v17(0) <= or_reduce(v15);
    v18 <= v16(0 downto 0);
    v19 <= v16(18 downto 1);
    op_20:entity work.binop generic map(BW_INPUT0=>1,BW_INPUT1=>1,SIGNED0=>0,SIGNED1=>0,BW_OUT=>1,SHIFT1=>0,SUBOP=>0) port map(in0=>v17,in1=>v18,result=>v20);
    op_21:entity work.shift_adder generic map(BW_INPUT0=>1,BW_INPUT1=>18,SIGNED0=>0,SIGNED1=>0,BW_OUT=>19,DROP_LSBS=>0,SHIFT1=>1,IS_SUB=>0) port map(in0=>v20,in1=>v19,result=>v21);
    v22 <= v21(15 downto 0);
    v23 <= v21(18 downto 16);
    v24(0) <= or_reduce(v23);
    op_25:entity work.mux generic map(BW_INPUT0=>16,BW_INPUT1=>16,SIGNED0=>0,SIGNED1=>0,BW_OUT=>16,SHIFT1=>0) port map(key=>v24(0),in0=>v0,in1=>v22,result=>v25);
    model_out(15 downto 0) <= v25(15 downto 0);

end architecture rtl;

