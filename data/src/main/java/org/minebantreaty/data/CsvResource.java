package org.minebantreaty.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** One bundled CSV resource, parsed strictly: quoted fields, a header, every row the header's width. */
final class CsvResource {

  private final ImmutableList<Row> rows;

  private CsvResource(ImmutableList<Row> rows) {
    this.rows = rows;
  }

  static CsvResource load(String name, List<String> requiredColumns) {
    try (InputStream stream = CsvResource.class.getResourceAsStream(name)) {
      if (stream == null) {
        throw new DataSetException("the bundled resource " + name + " is missing", null);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
      List<String> lines = reader.lines().toList();
      if (lines.isEmpty()) {
        throw new DataSetException(name, 1, "(header)", "", "the resource is empty");
      }
      List<String> header = split(name, 1, lines.get(0));
      ImmutableMap.Builder<String, Integer> columns = ImmutableMap.builder();
      for (int i = 0; i < header.size(); i++) {
        columns.put(header.get(i), i);
      }
      ImmutableMap<String, Integer> index = columns.buildOrThrow();
      for (String required : requiredColumns) {
        if (!index.containsKey(required)) {
          throw new DataSetException(name, 1, required, String.join(",", header), "a required column is missing from the header");
        }
      }
      ImmutableList.Builder<Row> rows = ImmutableList.builder();
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).isEmpty()) {
          continue;
        }
        List<String> cells = split(name, i + 1, lines.get(i));
        if (cells.size() != header.size()) {
          throw new DataSetException(name, i + 1, "(row)", lines.get(i), "expected " + header.size() + " cells, found " + cells.size());
        }
        rows.add(new Row(name, index, i + 1, ImmutableList.copyOf(cells)));
      }
      return new CsvResource(rows.build());
    } catch (IOException unreadable) {
      throw new DataSetException("the bundled resource " + name + " cannot be read", unreadable);
    }
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

    String text(String column) {
      return cells.get(columns.get(column)).strip();
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
        return Optional.of(LocalDate.parse(value));
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
