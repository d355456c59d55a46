package org.minebantreaty.data;

/**
 * A file of the data set, bundled or a user's, is malformed or its records contradict each other:
 * the message names the file, the line, the column, the value and the rule it breaks. Nothing
 * half-loaded is ever used: the bundled set fails on first use, and every later use fails again
 * with the same message; a user's directory fails in {@link StatesParties#load}.
 */
public final class DataSetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  DataSetException(String resource, int line, String column, String value, String rule) {
    super(resource + " line " + line + ", column " + column + ", value " + InputText.quoted(value) + ": " + rule);
  }

  DataSetException(String message, Throwable cause) {
    super(message, cause);
  }
}
