library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

entity hvae_8b_student is port(
    clk: in std_logic;
    model_inp: in std_logic_vector(683 downto 0);
    model_out: out std_logic_vector(15 downto 0)
);
end entity hvae_8b_student;

architecture rtl of hvae_8b_student is
    signal INTERNAL_logic0_inp: std_logic_vector(683 downto 0);
    signal INTERNAL_logic0_outp: std_logic_vector(1517 downto 0);
    signal INTERNAL_logic1_inp: std_logic_vector(1517 downto 0);
    signal INTERNAL_logic1_outp: std_logic_vector(2172 downto 0);
    signal INTERNAL_logic2_inp: std_logic_vector(2172 downto 0);
    signal INTERNAL_logic2_outp: std_logic_vector(862 downto 0);
    signal INTERNAL_logic3_inp: std_logic_vector(862 downto 0);
    signal INTERNAL_logic3_outp: std_logic_vector(210 downto 0);
    signal INTERNAL_logic4_inp: std_logic_vector(210 downto 0);
    signal INTERNAL_logic4_outp: std_logic_vector(105 downto 0);
    signal INTERNAL_logic5_inp: std_logic_vector(105 downto 0);
    signal INTERNAL_logic5_outp: std_logic_vector(73 downto 0);
    signal INTERNAL_logic6_inp: std_logic_vector(73 downto 0);
    signal INTERNAL_logic6_outp: std_logic_vector(15 downto 0);
    signal model_inp_reg: std_logic_vector(683 downto 0);
    signal stage1_inp: std_logic_vector(1517 downto 0);
    signal stage2_inp: std_logic_vector(2172 downto 0);
    signal stage3_inp: std_logic_vector(862 downto 0);
    signal stage4_inp: std_logic_vector(210 downto 0);
    signal stage5_inp: std_logic_vector(105 downto 0);
    signal stage6_inp: std_logic_vector(73 downto 0);
begin
    inst_logic0: entity work.logic0 port map(model_inp=>INTERNAL_logic0_inp, model_out=>INTERNAL_logic0_outp);
    inst_logic1: entity work.logic1 port map(model_inp=>INTERNAL_logic1_inp, model_out=>INTERNAL_logic1_outp);
    inst_logic2: entity work.logic2 port map(model_inp=>INTERNAL_logic2_inp, model_out=>INTERNAL_logic2_outp);
    inst_logic3: entity work.logic3 port map(model_inp=>INTERNAL_logic3_inp, model_out=>INTERNAL_logic3_outp);
    inst_logic4: entity work.logic4 port map(model_inp=>INTERNAL_logic4_inp, model_out=>INTERNAL_logic4_outp);
    inst_logic5: entity work.logic5 port map(model_inp=>INTERNAL_logic5_inp, model_out=>INTERNAL_logic5_outp);
    inst_logic6: entity work.logic6 port map(model_inp=>INTERNAL_logic6_inp, model_out=>INTERNAL_logic6_outp);
        INTERNAL_logic0_inp(683 downto 0) <= model_inp_reg(683 downto 0);
        INTERNAL_logic1_inp(1517 downto 0) <= stage1_inp(1517 downto 0);
        INTERNAL_logic2_inp(2172 downto 0) <= stage2_inp(2172 downto 0);
        INTERNAL_logic3_inp(862 downto 0) <= stage3_inp(862 downto 0);
        INTERNAL_logic4_inp(210 downto 0) <= stage4_inp(210 downto 0);
        INTERNAL_logic5_inp(105 downto 0) <= stage5_inp(105 downto 0);
        INTERNAL_logic6_inp(73 downto 0) <= stage6_inp(73 downto 0);
    process(clk) begin
        if rising_edge(clk) then
            model_inp_reg(683 downto 0) <= model_inp(683 downto 0);
            stage1_inp(1517 downto 0) <= INTERNAL_logic0_outp(1517 downto 0);
            stage2_inp(2172 downto 0) <= INTERNAL_logic1_outp(2172 downto 0);
            stage3_inp(862 downto 0) <= INTERNAL_logic2_outp(862 downto 0);
            stage4_inp(210 downto 0) <= INTERNAL_logic3_outp(210 downto 0);
            stage5_inp(105 downto 0) <= INTERNAL_logic4_outp(105 downto 0);
            stage6_inp(73 downto 0) <= INTERNAL_logic5_outp(73 downto 0);
            model_out(15 downto 0) <= INTERNAL_logic6_outp(15 downto 0);
        end if;
    end process;

end architecture rtl;
