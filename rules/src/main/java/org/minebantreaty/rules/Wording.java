package org.minebantreaty.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.State;

/** How findings write dates, quantities and names: one place, so every finding reads alike. */
final class Wording {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private Wording() {}

  /** "1 March 2008". */
  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** "Greece (GRC)". */
  static String state(State state) {
    return state.name() + " (" + state.iso3() + ")";
  }

  /** "1 mine", "3,000 mines". */
  static String count(long count, String singular, String plural) {
    return grouped(count) + ' ' + (count == 1 ? singular : plural);
  }

  /** "1,586,159": thousands separated by commas, as in the treaty's English text. */
  static String grouped(long number) {
    String digits = Long.toString(Math.abs(number));
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (number < 0) {
      out.append('-');
    }
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }

  /** "586,159 of 1,586,159 mines", "1 of 1 mine". */
  static String countOf(long part, long whole, String singular, String plural) {
    return grouped(part) + " of " + count(whole, singular, plural);
  }

  /** " remains" after a count of one, " remain" after any other. */
  static String remain(long count) {
    return count == 1 ? " remains" : " remain";
  }

  /** Whether every one of {@code areas} is a single area, so that findings may count them. */
  static boolean counted(Collection<MinedArea> areas) {
    return areas.stream().noneMatch(MinedArea::standsForAnUnreportedNumberOfAreas);
  }

  /** "1 mined area", "52 mined areas", or "mined areas" when a report among them gave no number. */
  static String areas(Collection<MinedArea> areas) {
    return counted(areas) ? count(areas.size(), "mined area", "mined areas") : "mined areas";
  }

  /** Whether {@code areas} is one single area, to be spoken of in the singular. */
  static boolean oneArea(Collection<MinedArea> areas) {
    return counted(areas) && areas.size() == 1;
  }

  /** "was" after a single counted area, "were" after any other. */
  static String were(Collection<MinedArea> areas) {
    return oneArea(areas) ? "was" : "were";
  }

  /**
   * "3 of 52 mined areas remain", "1 of 1 mined area remains", or "mined areas remain" when their
   * number is not reported; {@code after} goes between the areas and the verb.
   */
  static String areasRemaining(long outstanding, Collection<MinedArea> areas, String after) {
    return counted(areas)
        ? countOf(outstanding, areas.size(), "mined area", "mined areas") + after + remain(outstanding)
        : "mined areas" + after + " remain";
  }

  /** The text with its first letter capitalised, to open a sentence. */
  static String opening(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** "in 12 days", "today", "12 days ago". */
  static String daysFrom(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    if (days == 0) {
      return "that same day";
    }
    return days > 0 ? count(days, "day", "days") + " later" : count(-days, "day", "days") + " earlier";
  }

  /** The span from {@code from} to {@code to} in years, months and days ("10 years", "10 years and 2 days"). */
  static String span(LocalDate from, LocalDate to) {
    java.time.Period period = java.time.Period.between(from, to);
    StringBuilder text = new StringBuilder();
    append(text, period.getYears(), "year", "years");
    append(text, period.getMonths(), "month", "months");
    append(text, period.getDays(), "day", "days");
    return text.length() == 0 ? "no time" : text.toString();
  }

  private static void append(StringBuilder text, int amount, String singular, String plural) {
    if (amount == 0) {
      return;
    }
    if (text.length() > 0) {
      text.append(", ");
    }
    text.append(count(amount, singular, plural));
  }
}
