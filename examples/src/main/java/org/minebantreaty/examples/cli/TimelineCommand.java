package org.minebantreaty.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minebantreaty.core.State;
import org.minebantreaty.rules.Comparison;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Finding;
import org.minebantreaty.rules.Timeline;

/**
 * {@code timeline --state ISO3 [--from D] [--to D] [--format text|csv|json]}: every day on which a
 * State's findings or deadlines changed, its periods of non-compliance and its deadlines' history;
 * {@code timeline --all --format csv}: one row per change, for every State. A timeline starts by
 * default on the State's signature or deposit, whichever came first.
 */
final class TimelineCommand {

  /** The output formats of a timeline. */
  enum Format {
    TEXT,
    CSV,
    JSON,
    SVG
  }

  /** The CSV columns: one row per finding or deadline that changed on a day. */
  static final List<String> CSV_HEADER = List.of("iso3", "day", "kind", "code", "subject", "change", "status_before", "status_after",
      "deadline_before", "deadline_after", "met_on_before", "met_on_after");

  private TimelineCommand() {}

  /**
   * Writes the timeline of one State. As a picture, it runs from the first day to the last, showing
   * what is known on {@code today} (or on the last day, if that is earlier).
   */
  static void one(State state, LocalDate from, LocalDate to, LocalDate today, Format format, Locale language, PrintWriter out) {
    LocalDate start = start(state, from);
    if (format == Format.SVG) {
      LocalDate asOf = today.isAfter(to) ? to : today.isBefore(start) ? start : today;
      Convention convention = Convention.standard();
      out.print(TimelinePicture.svg(convention.assess(state, asOf), convention.timeline(state, start, asOf), start, to, language) + "\n");
      return;
    }
    Timeline timeline = Convention.standard().timeline(state, start, to);
    switch (format) {
      case CSV:
        out.print(String.join(",", CSV_HEADER) + "\n" + rows(timeline));
        break;
      case JSON:
        out.print(timeline.toJson(language) + "\n");
        break;
      default:
        out.print(timeline.toText(language));
    }
  }

  /** Writes the changes of every State, one CSV row each. */
  static void all(List<State> states, LocalDate from, LocalDate to, PrintWriter out) {
    StringBuilder csv = new StringBuilder(String.join(",", CSV_HEADER)).append('\n');
    for (State state : states) {
      LocalDate start = start(state, from);
      if (!start.isAfter(to)) {
        csv.append(rows(Convention.standard().timeline(state, start, to)));
      }
    }
    out.print(csv);
  }

  /** The first day: the one given, or the State's signature or deposit, whichever came first. */
  static LocalDate start(State state, LocalDate from) {
    if (from != null) {
      return from;
    }
    Optional<LocalDate> deposited = state.instrument().map(instrument -> instrument.depositedOn());
    return state.signedOn().filter(signed -> deposited.map(d -> !d.isBefore(signed)).orElse(true)).or(() -> deposited)
        .orElse(org.minebantreaty.core.TreatyCalendar.SIGNATURE_OPENED);
  }

  private static String rows(Timeline timeline) {
    StringBuilder csv = new StringBuilder();
    String iso3 = timeline.state().iso3();
    for (Timeline.Event event : timeline.events()) {
      String day = event.day().toString();
      for (Comparison.Difference difference : event.comparison().differences()) {
        Optional<Finding> was = difference.before();
        Optional<Finding> is = difference.after();
        csv.append(String.join(",", List.of(iso3, day, "finding", difference.id().code(), OverviewCommand.csvCell(difference.id().subject()),
            difference.aspects().stream().map(aspect -> aspect.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(";")),
            was.map(f -> f.status().name()).orElse(""), is.map(f -> f.status().name()).orElse(""),
            was.flatMap(Finding::deadline).map(LocalDate::toString).orElse(""), is.flatMap(Finding::deadline).map(LocalDate::toString).orElse(""),
            was.flatMap(Finding::metOn).map(LocalDate::toString).orElse(""), is.flatMap(Finding::metOn).map(LocalDate::toString).orElse(""))))
            .append('\n');
      }
      for (Comparison.DeadlineChange moved : event.comparison().deadlineChanges()) {
        csv.append(String.join(",", List.of(iso3, day, "deadline", moved.deadline().name().toLowerCase(Locale.ROOT), "", "moved", "", "",
            moved.before().map(LocalDate::toString).orElse(""), moved.after().map(LocalDate::toString).orElse(""), "", ""))).append('\n');
      }
    }
    return csv.toString();
  }
}
