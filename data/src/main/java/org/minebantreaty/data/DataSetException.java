package org.minebantreaty.data;

/**
 * A bundled resource is malformed: the message names the resource, the line, the column, the value
 * and the rule it breaks. Thrown on first use, so a broken build of the data set fails loudly
 * rather than assessing from half the records.
 */
public final class DataSetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  DataSetException(String resource, int line, String column, String value, String rule) {
    super(resource + " line " + line + ", column " + column + ", value \"" + value + "\": " + rule);
  }

  DataSetException(String message, Throwable cause) {
    super(message, cause);
  }
}
