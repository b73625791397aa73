library ieee;
use ieee.std_logic_1164.all;

entity hvae_8b_l1_wrapper is port(
    clk: in std_logic;
    model_inp: in std_logic_vector(683 downto 0);
    model_out: out std_logic_vector(15 downto 0)
);
end entity hvae_8b_l1_wrapper;

architecture rtl of hvae_8b_l1_wrapper is
    signal p0: std_logic_vector(683 downto 0);
    signal p1: std_logic_vector(15 downto 0);
begin
    p0(683 downto 0) <= model_inp(683 downto 0);
    model_out(15 downto 0) <= p1(15 downto 0);

    hvae_8b_l1_inst: entity work.hvae_8b_l1 port map(
        clk=>clk,
        model_inp=>p0,
        model_out=>p1
    );

end architecture rtl;
