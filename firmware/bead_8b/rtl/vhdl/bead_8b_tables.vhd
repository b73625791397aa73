library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

entity table_b255567b_ed22_4d3f_8df7_121ae0fc9d1e is
    port (
        inp: in std_logic_vector(5 downto 0);
        outp: out std_logic_vector(2 downto 0)
    );
end entity table_b255567b_ed22_4d3f_8df7_121ae0fc9d1e;

architecture rtl of table_b255567b_ed22_4d3f_8df7_121ae0fc9d1e is
begin
    process(inp)
    begin
        case to_integer(unsigned(inp)) is
            when 0 => outp <= "000";
            when 1 => outp <= "001";
            when 2 => outp <= "001";
            when 3 => outp <= "010";
            when 4 => outp <= "001";
            when 5 => outp <= "010";
            when 6 => outp <= "010";
            when 7 => outp <= "011";
            when 8 => outp <= "001";
            when 9 => outp <= "010";
            when 10 => outp <= "010";
            when 11 => outp <= "011";
            when 12 => outp <= "010";
            when 13 => outp <= "011";
            when 14 => outp <= "011";
            when 15 => outp <= "100";
            when 16 => outp <= "001";
            when 17 => outp <= "010";
            when 18 => outp <= "010";
            when 19 => outp <= "011";
            when 20 => outp <= "010";
            when 21 => outp <= "011";
            when 22 => outp <= "011";
            when 23 => outp <= "100";
            when 24 => outp <= "010";
            when 25 => outp <= "011";
            when 26 => outp <= "011";
            when 27 => outp <= "100";
            when 28 => outp <= "011";
            when 29 => outp <= "100";
            when 30 => outp <= "100";
            when 31 => outp <= "101";
            when 32 => outp <= "001";
            when 33 => outp <= "010";
            when 34 => outp <= "010";
            when 35 => outp <= "011";
            when 36 => outp <= "010";
            when 37 => outp <= "011";
            when 38 => outp <= "011";
            when 39 => outp <= "100";
            when 40 => outp <= "010";
            when 41 => outp <= "011";
            when 42 => outp <= "011";
            when 43 => outp <= "100";
            when 44 => outp <= "011";
            when 45 => outp <= "100";
            when 46 => outp <= "100";
            when 47 => outp <= "101";
            when 48 => outp <= "010";
            when 49 => outp <= "011";
            when 50 => outp <= "011";
            when 51 => outp <= "100";
            when 52 => outp <= "011";
            when 53 => outp <= "100";
            when 54 => outp <= "100";
            when 55 => outp <= "101";
            when 56 => outp <= "011";
            when 57 => outp <= "100";
            when 58 => outp <= "100";
            when 59 => outp <= "101";
            when 60 => outp <= "100";
            when 61 => outp <= "101";
            when 62 => outp <= "101";
            when 63 => outp <= "110";
            when others => outp <= (others => 'X');
        end case;
    end process;
end architecture rtl;
