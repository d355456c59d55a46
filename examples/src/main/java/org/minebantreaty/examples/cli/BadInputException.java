package org.minebantreaty.examples.cli;

/**
 * A row or argument the command-line tool cannot use. Its message names the line, the column and
 * the value, and says what was expected; the tool prints it and exits with status 2.
 */
public final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates one whose message is {@code message}. */
  public BadInputException(String message) {
    super(message);
  }

  /** Returns one for line {@code line}, column {@code column}, value {@code value}: "line 4, column deposited, value "2001-13-01": ...". */
  static BadInputException at(int line, String column, String value, String problem) {
    return new BadInputException("line " + line + ", column " + column + ", value " + quoted(value) + ": " + problem);
  }

  /** The most characters of a value a message repeats; a longer value is cut, so one line stays readable. */
  static final int MOST_ECHOED = 60;

  /** Returns {@code value} in quotes as a message repeats it: whole when short, else its start and its length. */
  static String quoted(String value) {
    if (value.length() <= MOST_ECHOED) {
      return "\"" + value + "\"";
    }
    return "\"" + value.substring(0, MOST_ECHOED) + "…\" (" + String.format(java.util.Locale.ROOT, "%,d", value.length()) + " characters in all)";
  }
}
