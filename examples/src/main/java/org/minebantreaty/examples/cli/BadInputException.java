package org.minebantreaty.examples.cli;

import org.minebantreaty.data.InputText;

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

  /** Returns {@code value} in quotes as a message repeats it, cut when long (see {@link InputText#quoted}). */
  static String quoted(String value) {
    return InputText.quoted(value);
  }
}
