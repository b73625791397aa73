library ieee;
use ieee.std_logic_1164.all;

entity bead_8b_wrapper is port(
    clk: in std_logic;
    model_inp: in std_logic_vector(911 downto 0);
    model_out: out std_logic_vector(15 downto 0)
);
end entity bead_8b_wrapper;

architecture rtl of bead_8b_wrapper is
    signal p0: std_logic_vector(879 downto 0);
    signal p1: std_logic_vector(15 downto 0);
begin
    p0(15 downto 0) <= model_inp(15 downto 0);
    p0(879 downto 16) <= model_inp(911 downto 48);
    model_out(15 downto 0) <= p1(15 downto 0);

    bead_8b_inst: entity work.bead_8b port map(
        clk=>clk,
        model_inp=>p0,
        model_out=>p1
    );

end architecture rtl;
