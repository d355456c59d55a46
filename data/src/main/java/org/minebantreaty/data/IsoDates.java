package org.minebantreaty.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads the dates of the data files, YYYY-MM-DD and YYYY-MM, digit by digit: what {@link
 * LocalDate#parse} and {@link YearMonth#parse} read, without starting {@code java.time}'s formatters,
 * which cost a command-line run more than every file they would read. Any other form, and any
 * impossible day, goes to those methods, so that it fails as they fail.
 */
final class IsoDates {

  private IsoDates() {}

  /** The day {@code text} writes, as {@link LocalDate#parse} reads it. */
  static LocalDate day(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
          // Read again below, for the message java.time gives.
        }
      }
    }
    return LocalDate.parse(text);
  }

  /** The month {@code text} writes, as {@link YearMonth#parse} reads it. */
  static YearMonth month(String text) {
    if (text.length() == 7 && text.charAt(4) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      if (year >= 0 && month >= 1 && month <= 12) {
        return YearMonth.of(year, month);
      }
    }
    return YearMonth.parse(text);
  }

  /** The number the ASCII digits from {@code from} to {@code to} write, or -1 if any is not one. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
