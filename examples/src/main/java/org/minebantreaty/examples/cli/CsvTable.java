package org.minebantreaty.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minebantreaty.data.InputText;

/**
 * A CSV table read whole (RFC 4180: comma-separated, fields optionally in double quotes, a doubled
 * quote inside quotes is a quote), with a header row naming the columns in any order. Blank lines
 * are skipped; each row remembers its line number for error messages.
 */
final class CsvTable {

  /** One data row: its 1-based line number and its cells by column name. */
  static final class Row {
    private final int line;
    private final Map<String, String> cells;

    Row(int line, Map<String, String> cells) {
      this.line = line;
      this.cells = cells;
    }

    int line() {
      return line;
    }

    /** Returns the trimmed cell of {@code column}, or "" when the column is absent or the cell empty. */
    String cell(String column) {
      return cells.getOrDefault(column, "").trim();
    }
  }

  private final List<String> header;
  private final List<Row> rows;

  private CsvTable(List<String> header, List<Row> rows) {
    this.header = header;
    this.rows = rows;
  }

  List<String> header() {
    return header;
  }

  List<Row> rows() {
    return rows;
  }

  /**
   * Reads a table whose header names only columns of {@code known}, each once; a misspelled or
   * repeated column is refused with the nearest known name, since its cells would otherwise be
   * silently ignored.
   */
  static CsvTable read(Reader input, List<String> known) throws IOException, BadInputException {
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    parse(new BufferedReader(input), records, lines);
    if (records.isEmpty()) {
      throw new BadInputException("line 1: the input is empty; expected a header row naming the columns");
    }
    List<String> header = new ArrayList<>();
    for (String name : records.get(0)) {
      String column = name.trim().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
      if (!known.contains(column)) {
        throw BadInputException.at(lines.get(0), "(header)", name, "unknown column" + InputText.nearest(column, known).map(n -> "; did you mean " + n + "?").orElse(";")
            + " the columns are " + String.join(",", known));
      }
      if (header.contains(column)) {
        throw BadInputException.at(lines.get(0), "(header)", name, "the header names this column twice");
      }
      header.add(column);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> record = records.get(i);
      if (record.size() != header.size()) {
        throw new BadInputException("line " + lines.get(i) + ": the row has " + count(record.size(), "cell", "cells")
            + " but the header names " + count(header.size(), "column", "columns"));
      }
      Map<String, String> cells = new HashMap<>();
      for (int c = 0; c < record.size(); c++) {
        cells.put(header.get(c), record.get(c));
      }
      rows.add(new Row(lines.get(i), cells));
    }
    return new CsvTable(header, rows);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static void parse(BufferedReader in, List<List<String>> records, List<Integer> lines) throws IOException, BadInputException {
    int line = 0;
    String text;
    List<String> record = null;
    StringBuilder field = null;
    boolean quoted = false;
    int recordLine = 0;
    while ((text = in.readLine()) != null) {
      line++;
      if (!quoted) {
        if (text.isBlank()) {
          continue;
        }
        record = new ArrayList<>();
        field = new StringBuilder();
        recordLine = line;
      } else {
        field.append('\n');
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
        } else if (c == ',') {
          record.add(field.toString());
          field = new StringBuilder();
        } else {
          field.append(c);
        }
      }
      if (!quoted) {
        record.add(field.toString());
        records.add(record);
        lines.add(recordLine);
      }
    }
    if (quoted) {
      throw new BadInputException("line " + recordLine + ": a quoted cell is never closed");
    }
  }
}
