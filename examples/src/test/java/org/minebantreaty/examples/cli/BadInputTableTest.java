package org.minebantreaty.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input the command line meets, one row each: exit status 2, one line on standard error
 * that says where and what, and nothing on standard output.
 */
class BadInputTableTest {

  private static final String HEADER = OttawaCliTest.HEADER;
  private static final String GOOD_ROW = "Greece,GRC,1997-12-03,2003-09-25,ratification,,,,\n";

  static Stream<Arguments> badInputs() {
    String huge = "x".repeat(1 << 20);
    return Stream.of(
        row("a misspelled column is refused with the nearest name",
            "iso3,deposited,instrument,withdrawl_received\nPOL,2012-12-27,ratification,2025-08-20\n", new String[] {"deadlines"},
            "line 1, column (header), value \"withdrawl_received\": unknown column; did you mean withdrawal_received?"),
        row("a column named twice is refused",
            "iso3,deposited,iso3\nGRC,2003-09-25,GRC\n", new String[] {"deadlines"}, "value \"iso3\": the header names this column twice"),
        row("a row with too few cells says how many each has",
            HEADER + "Greece,GRC,1997-12-03\n", new String[] {"deadlines"}, "line 2: the row has 3 cells but the header names 9 columns"),
        row("a row with too many cells says how many each has, in the singular where one",
            "iso3\nGRC,extra\n", new String[] {"deadlines"}, "line 2: the row has 2 cells but the header names 1 column"),
        row("a deposit before the Convention opened for signature is refused, not a stack trace",
            HEADER + "Greece,GRC,,1990-01-01,accession,,,,\n", new String[] {"deadlines"}, "line 2, column deposited, value \"1990-01-01\": Instrument.depositedOn"),
        row("a date that is not a date",
            HEADER + "Greece,GRC,1997-12-03,2003-13-25,ratification,,,,\n", new String[] {"assess"},
            "line 2, column deposited, value \"2003-13-25\": not a date (expected YYYY-MM-DD)"),
        row("an unknown kind of instrument",
            HEADER + "Greece,GRC,1997-12-03,2003-09-25,signature,,,,\n", new String[] {"deadlines"}, "column instrument, value \"signature\""),
        row("a withdrawal before the deposit",
            HEADER + "Greece,GRC,1997-12-03,2003-09-25,ratification,,2001-01-01,,\n", new String[] {"deadlines"}, "column withdrawal_received, value \"2001-01-01\""),
        row("a value of a megabyte is echoed cut",
            HEADER + "Greece,GRC,1997-12-03," + huge + ",ratification,,,,\n", new String[] {"deadlines"}, "characters in all): not a date"),
        row("an empty input", "", new String[] {"deadlines"}, "line 1: the input is empty"),
        row("a quoted cell never closed", HEADER + "\"Greece,GRC\n", new String[] {"deadlines"}, "a quoted cell is never closed"),
        row("--state with no value says what is missing", "", new String[] {"assess", "--state"}, "option --state needs a value: an ISO 3166-1 alpha-3 code"),
        row("--as-of with no value says what is missing", "", new String[] {"assess", "--all", "--as-of"}, "option --as-of needs a value: a date YYYY-MM-DD"),
        row("--as-of followed by another option", HEADER + GOOD_ROW, new String[] {"assess", "--as-of", "--all"}, "option --as-of needs a value"),
        row("a misspelled command", "", new String[] {"asess"}, "unknown command \"asess\"; did you mean assess?"),
        row("a misspelled option", "", new String[] {"assess", "--stat", "UKR"}, "argument \"--stat\" is not accepted by assess; did you mean --state?"),
        row("a format the command has not", "", new String[] {"assess", "--all", "--format", "json"}, "argument --format, value \"json\": expected text, markdown or csv with --all"),
        row("an armed conflict before 1800 is blamed on its own column",
            HEADER + "Greece,GRC,1997-12-03,2003-09-25,ratification,,,1700-01-01,\n", new String[] {"deadlines"},
            "line 2, column armed_conflict_since, value \"1700-01-01\": ArmedConflict.firstDay"),
        row("an option given twice", "", new String[] {"assess", "--all", "--as-of", "2025-01-01", "--as-of", "2026-01-01"}, "option --as-of is given twice"),
        row("help on a misspelled command", "", new String[] {"help", "asess"}, "help: unknown command \"asess\"; did you mean assess?"),
        row("an option written with = and no value", "", new String[] {"assess", "--all", "--as-of="}, "argument --as-of, value \"\": not a date"),
        row("a State the data set does not have", "", new String[] {"assess", "--state", "XYZ"}, "no State with this ISO 3166-1 alpha-3 code"));
  }

  private static Arguments row(String what, String input, String[] args, String expected) {
    return Arguments.of(what, input.getBytes(StandardCharsets.UTF_8), args, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void isRefusedWithOneLineNamingWhereAndWhat(String what, byte[] input, String[] args, String expected) {
    assertRefused(input, args, expected);
  }

  @org.junit.jupiter.api.Test
  void bytesThatAreNotUtf8AreRefusedNamingTheLine() {
    byte[] latin1 = (HEADER + GOOD_ROW + "C\u00f4te d'Ivoire,CIV,1997-12-03,2000-06-30,ratification,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
    assertRefused(latin1, new String[] {"deadlines"}, "line 3: the input is not UTF-8 text");
  }

  private static void assertRefused(byte[] input, String[] args, String expected) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = OttawaCli.run(args, Utf8Input.of(new ByteArrayInputStream(input)), new PrintWriter(out), new PrintWriter(err), OttawaCliTest.TODAY);
    assertThat(status).as("exit status; stderr: %s", err).isEqualTo(OttawaCli.BAD_INPUT);
    assertThat(out.toString()).as("standard output").isEmpty();
    assertThat(err.toString()).as("standard error").startsWith("ottawa-examples: ").contains(expected).endsWith("\n").hasSizeLessThan(500);
    assertThat(err.toString().strip()).as("one line").doesNotContain("\n");
  }
}
