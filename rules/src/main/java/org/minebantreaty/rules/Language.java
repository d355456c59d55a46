package org.minebantreaty.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The languages findings are written in, each with its conventions for dates, numbers and plurals.
 * Its sentences are in {@code words/<code>.properties} beside this class. To add a language, add a
 * constant here and a file there with every code of {@code words/en.properties}; the wording tests
 * then hold it to the same codes and arguments.
 */
enum Language {
  /** English: "1 March 2008", "586,159". */
  ENGLISH("en", "d MMMM uuuu", ',') {
    @Override
    boolean isOne(long count) {
      return count == 1;
    }
  },
  /** French: « 1er mars 2008 », « 586 159 » (a no-break space between groups of three). */
  FRENCH("fr", "d MMMM uuuu", '\u00a0') {
    @Override
    boolean isOne(long count) {
      return count == 0 || count == 1;
    }

    @Override
    String date(LocalDate date) {
      return date.getDayOfMonth() == 1 ? "1er" + super.date(date).substring(1) : super.date(date);
    }
  },
  /** Spanish: « 1 de marzo de 2008 », « 586.159 ». */
  SPANISH("es", "d 'de' MMMM 'de' uuuu", '.') {
    @Override
    boolean isOne(long count) {
      return count == 1;
    }
  };

  private final Locale locale;
  private final DateTimeFormatter dates;
  private final char groupSeparator;

  Language(String code, String datePattern, char groupSeparator) {
    this.locale = Locale.forLanguageTag(code);
    this.dates = DateTimeFormatter.ofPattern(datePattern, locale);
    this.groupSeparator = groupSeparator;
  }

  /** Returns the language of {@code locale}, ignoring its country. */
  static Language of(Locale locale) {
    for (Language language : values()) {
      if (language.locale.getLanguage().equals(locale.getLanguage())) {
        return language;
      }
    }
    throw new IllegalArgumentException("the library writes findings in English (en), French (fr) and Spanish (es), not in \""
        + locale.toLanguageTag() + "\"");
  }

  /** Returns the locale of the language, without a country ({@code fr}). */
  Locale locale() {
    return locale;
  }

  /** Returns the code of the language ({@code "fr"}). */
  String code() {
    return locale.getLanguage();
  }

  /** Whether {@code count} takes the singular: one in English and Spanish, zero or one in French. */
  abstract boolean isOne(long count);

  /** Returns {@code date} as the language writes it in running text. */
  String date(LocalDate date) {
    return dates.format(date);
  }

  /** Returns {@code number} with its thousands grouped as the language groups them. */
  String number(long number) {
    String digits = number < 0 ? Long.toString(number).substring(1) : Long.toString(number);
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (number < 0) {
      out.append('-');
    }
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      out.append(groupSeparator).append(digits, i, i + 3);
    }
    return out.toString();
  }
}
