package org.minebantreaty.data;

/**
 * A record with the file and line it was read from, and the key by which a later layer replaces it.
 *
 * @param value the record
 * @param file the file as messages name it
 * @param line its line in the file
 * @param key what identifies it within its file, so that a user's row can replace a bundled one
 * @param alternateKey a second identity, for a record a user may complete: a grant known by its new
 *     deadline is the same grant once its meeting is found
 */
record Sourced<T>(T value, String file, int line, String key, java.util.Optional<String> alternateKey) {

  static <T> Sourced<T> of(T value, CsvResource.Row row, String key) {
    return new Sourced<>(value, row.file(), row.line(), key, java.util.Optional.empty());
  }

  static <T> Sourced<T> of(T value, CsvResource.Row row, String key, java.util.Optional<String> alternateKey) {
    return new Sourced<>(value, row.file(), row.line(), key, alternateKey);
  }

  /** Whether this record and {@code other} are the same record of their file, by either key. */
  boolean sameAs(Sourced<?> other) {
    return key.equals(other.key) || alternateKey.isPresent() && alternateKey.equals(other.alternateKey);
  }

  /** A refusal of this record's {@code column}, naming its file and line. */
  DataSetException fail(String column, String cellValue, String rule) {
    return new DataSetException(file, line, column, cellValue, rule);
  }
}
