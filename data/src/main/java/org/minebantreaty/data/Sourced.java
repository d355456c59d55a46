package org.minebantreaty.data;

/**
 * A record with the file and line it was read from, and the key by which a later layer replaces it.
 *
 * @param value the record
 * @param file the file as messages name it
 * @param line its line in the file
 * @param key what identifies it within its file, so that a user's row can replace a bundled one
 */
record Sourced<T>(T value, String file, int line, String key) {

  static <T> Sourced<T> of(T value, CsvResource.Row row, String key) {
    return new Sourced<>(value, row.file(), row.line(), key);
  }

  /** A refusal of this record's {@code column}, naming its file and line. */
  DataSetException fail(String column, String cellValue, String rule) {
    return new DataSetException(file, line, column, cellValue, rule);
  }
}
