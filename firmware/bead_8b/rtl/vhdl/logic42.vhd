library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;


entity logic42 is port(
    model_inp:in std_logic_vector(502 downto 0);
    model_out:out std_logic_vector(244 downto 0)
);
end entity logic42;

architecture rtl of logic42 is
    signal v0:std_logic_vector(18 downto 0);
    signal v1:std_logic_vector(20 downto 0);
    signal v2:std_logic_vector(20 downto 0);
    signal v3:std_logic_vector(20 downto 0);
    signal v4:std_logic_vector(11 downto 0);
    signal v5:std_logic_vector(10 downto 0);
    signal v6:std_logic_vector(11 downto 0);
    signal v7:std_logic_vector(22 downto 0);
    signal v8:std_logic_vector(21 downto 0);
    signal v9:std_logic_vector(20 downto 0);
    signal v10:std_logic_vector(20 downto 0);
    signal v11:std_logic_vector(21 downto 0);
    signal v12:std_logic_vector(22 downto 0);
    signal v13:std_logic_vector(22 downto 0);
    signal v14:std_logic_vector(20 downto 0);
    signal v15:std_logic_vector(19 downto 0);
    signal v16:std_logic_vector(22 downto 0);
    signal v17:std_logic_vector(10 downto 0);
    signal v18:std_logic_vector(11 downto 0);
    signal v19:std_logic_vector(10 downto 0);
    signal v20:std_logic_vector(22 downto 0);
    signal v21:std_logic_vector(22 downto 0);
    signal v22:std_logic_vector(20 downto 0);
    signal v23:std_logic_vector(20 downto 0);
    signal v24:std_logic_vector(21 downto 0);
    signal v25:std_logic_vector(22 downto 0);
    signal v26:std_logic_vector(23 downto 0);
    signal v27:std_logic_vector(20 downto 0);
    signal v28:std_logic_vector(19 downto 0);
    signal v29:std_logic_vector(20 downto 0);
    signal v30:std_logic_vector(23 downto 0);
    signal v31:std_logic_vector(22 downto 0);
    signal v32:std_logic_vector(23 downto 0);
    signal v33:std_logic_vector(19 downto 0);
    signal v34:std_logic_vector(20 downto 0);
    signal v35:std_logic_vector(19 downto 0);
    signal v36:std_logic_vector(21 downto 0);
    signal v37:std_logic_vector(21 downto 0);
    signal v38:std_logic_vector(22 downto 0);
    signal v39:std_logic_vector(20 downto 0);


begin
    v0 <= model_inp(18 downto 0);
    v1 <= model_inp(39 downto 19);
    v2 <= model_inp(60 downto 40);
    v3 <= model_inp(81 downto 61);
    v4 <= model_inp(93 downto 82);
    v5 <= model_inp(104 downto 94);
    v6 <= model_inp(116 downto 105);
    v7 <= model_inp(139 downto 117);
    v8 <= model_inp(161 downto 140);
    v9 <= model_inp(182 downto 162);
    v10 <= model_inp(203 downto 183);
    v11 <= model_inp(225 downto 204);
    v12 <= model_inp(248 downto 226);
    v13 <= model_inp(271 downto 249);
    v14 <= model_inp(292 downto 272);
    v15 <= model_inp(312 downto 293);
    v16 <= model_inp(335 downto 313);
    v17 <= model_inp(346 downto 336);
    v18 <= model_inp(358 downto 347);
    v19 <= model_inp(369 downto 359);
    v20 <= model_inp(392 downto 370);
    v21 <= model_inp(415 downto 393);
    v22 <= model_inp(436 downto 416);
    v23 <= model_inp(457 downto 437);
    v24 <= model_inp(479 downto 458);
    v25 <= model_inp(502 downto 480);
    op_26:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>23,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v8,in1=>v7,in2=>v13,result=>v26);
    op_27:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v4,in1=>v4,result=>v27);
    op_28:entity work.multiplier generic map(BW_INPUT0=>11,BW_INPUT1=>11,SIGNED0=>1,SIGNED1=>1,BW_OUT=>20) port map(in0=>v5,in1=>v5,result=>v28);
    op_29:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v6,in1=>v6,result=>v29);
    op_30:entity work.ternary_adder generic map(BW_INPUT0=>22,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v11,in1=>v3,in2=>v16,result=>v30);
    op_31:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v1,in1=>v2,in2=>v21,result=>v31);
    op_32:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>20,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>23,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>24,DROP_LSBS=>0) port map(in0=>v20,in1=>v15,in2=>v25,result=>v32);
    op_33:entity work.multiplier generic map(BW_INPUT0=>11,BW_INPUT1=>11,SIGNED0=>1,SIGNED1=>1,BW_OUT=>20) port map(in0=>v17,in1=>v17,result=>v33);
    op_34:entity work.multiplier generic map(BW_INPUT0=>12,BW_INPUT1=>12,SIGNED0=>1,SIGNED1=>1,BW_OUT=>21) port map(in0=>v18,in1=>v18,result=>v34);
    op_35:entity work.multiplier generic map(BW_INPUT0=>11,BW_INPUT1=>11,SIGNED0=>1,SIGNED1=>1,BW_OUT=>20) port map(in0=>v19,in1=>v19,result=>v35);
    op_36:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v9,in1=>v10,in2=>v27,result=>v36);
    op_37:entity work.ternary_adder generic map(BW_INPUT0=>21,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>21,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>22,DROP_LSBS=>0) port map(in0=>v23,in1=>v22,in2=>v29,result=>v37);
    op_38:entity work.ternary_adder generic map(BW_INPUT0=>23,SIGNED0=>0,NEGATE0=>0,PAD0=>0,BW_INPUT1=>21,SIGNED1=>0,NEGATE1=>0,PAD1=>0,BW_INPUT2=>20,SIGNED2=>0,NEGATE2=>0,PAD2=>0,BW_OUT=>23,DROP_LSBS=>0) port map(in0=>v12,in1=>v14,in2=>v28,result=>v38);
    op_39:entity work.shift_adder generic map(BW_INPUT0=>20,BW_INPUT1=>20,SIGNED0=>0,SIGNED1=>0,BW_OUT=>21,DROP_LSBS=>0,SHIFT1=>0,IS_SUB=>0) port map(in0=>v35,in1=>v33,result=>v39);
    model_out(18 downto 0) <= v0(18 downto 0);
    model_out(40 downto 19) <= v24(21 downto 0);
    model_out(64 downto 41) <= v26(23 downto 0);
    model_out(88 downto 65) <= v30(23 downto 0);
    model_out(111 downto 89) <= v31(22 downto 0);
    model_out(135 downto 112) <= v32(23 downto 0);
    model_out(156 downto 136) <= v34(20 downto 0);
    model_out(178 downto 157) <= v36(21 downto 0);
    model_out(200 downto 179) <= v37(21 downto 0);
    model_out(223 downto 201) <= v38(22 downto 0);
    model_out(244 downto 224) <= v39(20 downto 0);

end architecture rtl;

