package org.minebantreaty.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One CSV file of the data set, bundled or a user's, parsed strictly: UTF-8 only, a header naming
 * only known columns and each once, every row the header's width. Errors name the file, the line,
 * the column and the value.
 */
final class CsvResource {

  /** Columns every file may leave out: a row's remarks. */
  private static final List<String> OPTIONAL = List.of("notes");

  private final String name;
  private final ImmutableList<Row> rows;

  private CsvResource(String name, ImmutableList<Row> rows) {
    this.name = name;
    this.rows = rows;
  }

  /** Loads the bundled resource {@code name} (a class-path name), whose header names exactly {@code columns}, "notes" aside. */
  static CsvResource load(String name, List<String> columns) {
    try (InputStream stream = CsvResource.class.getResourceAsStream(name)) {
      if (stream == null) {
        throw new DataSetException("the bundled resource " + name + " is missing", null);
      }
      return parse(name, stream.readAllBytes(), columns);
    } catch (IOException unreadable) {
      throw new DataSetException("the bundled resource " + name + " cannot be read", unreadable);
    }
  }

  /** Parses {@code data}, the file called {@code name} in messages, whose header names {@code columns} in any order, "notes" optional. */
  static CsvResource parse(String name, byte[] data, List<String> columns) {
    List<String> lines = decode(name, data).lines().toList();
    if (lines.isEmpty()) {
      throw new DataSetException(name, 1, "(header)", "", "the file is empty; expected a header naming " + String.join(",", columns));
    }
    List<String> header = split(name, 1, lines.get(0).replace("\uFEFF", ""));
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).strip();
      if (!columns.contains(column) && !OPTIONAL.contains(column)) {
        throw new DataSetException(name, 1, "(header)", column, "unknown column"
            + InputText.nearest(column, columns).map(near -> "; did you mean " + near + "?").orElse(";") + " the columns are " + String.join(",", columns));
      }
      if (seen.contains(column)) {
        throw new DataSetException(name, 1, "(header)", column, "the header names this column twice");
      }
      seen.add(column);
      index.put(column, i);
    }
    for (String required : columns) {
      if (!seen.contains(required)) {
        throw new DataSetException(name, 1, required, String.join(",", header), "a required column is missing from the header");
      }
    }
    ImmutableMap<String, Integer> columnIndex = index.buildOrThrow();
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) {
        continue;
      }
      List<String> cells = split(name, i + 1, lines.get(i));
      if (cells.size() != header.size()) {
        throw new DataSetException(name, i + 1, "(row)", lines.get(i), "the row has " + cells.size() + (cells.size() == 1 ? " cell" : " cells")
            + " but the header names " + header.size() + (header.size() == 1 ? " column" : " columns"));
      }
      rows.add(new Row(name, columnIndex, i + 1, ImmutableList.copyOf(cells)));
    }
    return new CsvResource(name, rows.build());
  }

  /** The file's text, or a refusal naming the first line that is not UTF-8. */
  private static String decode(String name, byte[] data) {
    try {
      // The whole file at once; only a file that is not UTF-8 is read again, line by line, for the line to name.
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(data)).toString();
    } catch (java.nio.charset.CharacterCodingException notUtf8) {
      OptionalInt line = InputText.firstLineNotUtf8(data);
      throw new DataSetException(name, line.orElse(1), "(row)", "", "the file is not UTF-8 text; save it as UTF-8");
    }
  }

  String name() {
    return name;
  }

  private static List<String> split(String name, int line, String text) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new DataSetException(name, line, "(row)", text, "a quoted cell is not closed");
    }
    cells.add(cell.toString());
    return cells;
  }

  ImmutableList<Row> rows() {
    return rows;
  }

  /** A data row, read cell by cell with errors that name the resource, line, column and value. */
  static final class Row {
    private final String name;
    private final ImmutableMap<String, Integer> columns;
    private final int line;
    private final ImmutableList<String> cells;

    private Row(String name, ImmutableMap<String, Integer> columns, int line, ImmutableList<String> cells) {
      this.name = name;
      this.columns = columns;
      this.line = line;
      this.cells = cells;
    }

    /** The file the row was read from, as messages name it. */
    String file() {
      return name;
    }

    /** The row's line in its file, counting the header as line 1. */
    int line() {
      return line;
    }

    String text(String column) {
      Integer index = columns.get(column);
      // Only an optional column ("notes") can be absent from a header the loader accepted.
      return index == null ? "" : cells.get(index).strip();
    }

    /** The row's {@code source} cell, which no row may leave empty: every fact names where it was read. */
    String source() {
      return required("source", "every row names the source of its facts");
    }

    String required(String column) {
      return required(column, "the cell must not be empty");
    }

    private String required(String column, String rule) {
      String value = text(column);
      if (value.isEmpty()) {
        throw fail(column, value, rule);
      }
      return value;
    }

    Optional<LocalDate> date(String column) {
      String value = text(column);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(IsoDates.day(value));
      } catch (DateTimeParseException notADate) {
        throw fail(column, value, "expected a date YYYY-MM-DD or an empty cell");
      }
    }

    LocalDate requiredDate(String column) {
      return date(column).orElseThrow(() -> fail(column, "", "a date YYYY-MM-DD is required"));
    }

    Optional<PartialDate> partialDate(String column) {
      String value = text(column);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(PartialDate.parse(value));
      } catch (IllegalArgumentException notADate) {
        throw fail(column, value, notADate.getMessage());
      }
    }

    OptionalLong count(String column) {
      String value = text(column);
      if (value.isEmpty()) {
        return OptionalLong.empty();
      }
      try {
        long count = Long.parseLong(value);
        if (count < 0) {
          throw fail(column, value, "a count cannot be negative");
        }
        return OptionalLong.of(count);
      } catch (NumberFormatException notANumber) {
        throw fail(column, value, "expected a whole number or an empty cell");
      }
    }

    boolean yes(String column, boolean emptyMeans) {
      String value = text(column);
      switch (value) {
        case "yes":
          return true;
        case "no":
          return false;
        case "":
          return emptyMeans;
        default:
          throw fail(column, value, "expected yes, no or an empty cell");
      }
    }

    DataSetException fail(String column, String value, String rule) {
      return new DataSetException(name, line, column, value, rule);
    }
  }
}
