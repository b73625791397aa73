library ieee;
use ieee.std_logic_1164.all;

entity bead_8b_student_wrapper is port(
    clk: in std_logic;
    model_inp: in std_logic_vector(911 downto 0);
    model_out: out std_logic_vector(14 downto 0)
);
end entity bead_8b_student_wrapper;

architecture rtl of bead_8b_student_wrapper is
    signal p0: std_logic_vector(911 downto 0);
    signal p1: std_logic_vector(14 downto 0);
begin
    p0(911 downto 0) <= model_inp(911 downto 0);
    model_out(14 downto 0) <= p1(14 downto 0);

    bead_8b_student_inst: entity work.bead_8b_student port map(
        clk=>clk,
        model_inp=>p0,
        model_out=>p1
    );

end architecture rtl;
