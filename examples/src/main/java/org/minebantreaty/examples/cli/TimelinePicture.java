package org.minebantreaty.examples.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.State;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Comparison;
import org.minebantreaty.rules.Finding;
import org.minebantreaty.rules.FindingCodes;
import org.minebantreaty.rules.Status;
import org.minebantreaty.rules.Timeline;

/**
 * One State's history as an SVG picture: a lane each for the span in which it is bound, Art. 4, Art.
 * 5, Art. 7, other findings of non-compliance, and withdrawal, suspension and armed conflict; every
 * mark labelled with its date. Labels are packed into as many rows as a lane needs, so no two
 * overlap. Non-compliance is drawn hatched as well as coloured, so that a reader who cannot tell the
 * colours apart can still tell it from the rest. The colours are the Okabe–Ito palette.
 */
final class TimelinePicture {

  static final int WIDTH = 1100;
  static final int LEFT = 190;
  static final int RIGHT = 20;
  static final int BAR = 12;
  static final int LABEL_ROW = 14;
  /** A generous width per character of an 11-pixel sans-serif label, so that estimated boxes contain the drawn ones. */
  static final double CHARACTER = 6.6;
  static final String FONT = "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"11\"";

  private final LocalDate start;
  private final LocalDate end;
  private final Locale language;
  private final StringBuilder body = new StringBuilder(8192);
  private int y = 34;

  private TimelinePicture(LocalDate start, LocalDate end, Locale language) {
    this.start = start;
    this.end = end;
    this.language = language;
  }

  /** A mark or a span to draw in a lane, with the label written under it. */
  private record Mark(LocalDate from, Optional<LocalDate> to, String style, String label, LocalDate labelled) {
    static Mark at(LocalDate day, String style, String label) {
      return new Mark(day, Optional.empty(), style, label, day);
    }

    /** A span labelled at its start: when something began (in force, non-compliant, a conflict). */
    static Mark span(LocalDate from, LocalDate to, String style, String label) {
      return new Mark(from, Optional.of(to), style, label, from);
    }

    /** A span labelled at its end: the deadline it runs to. */
    static Mark until(LocalDate from, LocalDate to, String style, String label) {
      return new Mark(from, Optional.of(to), style, label, to);
    }
  }

  /**
   * The picture of the State assessed in {@code asOf}, from {@code start} to {@code end}, with the
   * periods of non-compliance and deadline history of {@code history} (which runs to the assessment's
   * date).
   */
  static String svg(Assessment asOf, Timeline history, LocalDate start, LocalDate end, Locale language) {
    TimelinePicture picture = new TimelinePicture(start, end, language);
    picture.draw(asOf, history);
    return picture.finish(asOf);
  }

  private String say(String code, Object... arguments) {
    return OverviewCommand.say(language, code, arguments);
  }

  private void draw(Assessment assessment, Timeline history) {
    State state = assessment.state();
    LocalDate asOf = assessment.asOf();
    var deadlines = assessment.deadlines();

    List<Mark> bound = new ArrayList<>();
    state.signedOn().ifPresent(day -> bound.add(Mark.at(day, "event", say("picture.signed", "day", day.toString()))));
    state.instrument().ifPresent(instrument -> bound.add(Mark.at(instrument.depositedOn(), "event", say("picture.deposited", "day", instrument.depositedOn().toString()))));
    deadlines.entryIntoForce().ifPresent(eif -> {
      LocalDate last = assessment.withdrawal().hasTakenEffect() ? assessment.withdrawal().effectiveOn().orElseThrow().minusDays(1) : end;
      bound.add(Mark.span(eif, last, "bound", say("picture.in-force", "day", eif.toString())));
    });
    lane(say("picture.lane.bound"), bound);

    List<Mark> article4 = new ArrayList<>();
    Optional<Finding> stockpiles = first(assessment, FindingCodes.ART4_STOCKPILE_DESTRUCTION);
    deadlines.stockpileDestruction().ifPresent(deadline -> deadlines.entryIntoForce().ifPresent(eif ->
        article4.add(Mark.until(eif, deadline, "window4", say("picture.deadline", "day", deadline.toString())))));
    stockpiles.flatMap(Finding::metOn).ifPresent(met -> article4.add(Mark.at(met, "met", say("picture.met", "day", met.toString()))));
    nonCompliance(history, 4, article4);
    lane(say("picture.lane.art4"), article4);

    List<Mark> article5 = new ArrayList<>();
    deadlines.minedAreaOriginal().ifPresent(original -> deadlines.entryIntoForce().ifPresent(eif ->
        article5.add(Mark.until(eif, original, "window5", say("picture.deadline", "day", original.toString())))));
    int extension = 0;
    for (Timeline.Event event : history.deadlineHistory(Comparison.Deadline.MINED_AREA_CLEARANCE)) {
      for (Comparison.DeadlineChange moved : event.comparison().deadlineChanges()) {
        if (moved.deadline() == Comparison.Deadline.MINED_AREA_CLEARANCE && moved.before().isPresent() && moved.after().isPresent()
            && moved.after().get().isAfter(moved.before().get())) {
          extension++;
          article5.add(Mark.until(moved.before().get(), moved.after().get(), extension % 2 == 1 ? "extension" : "extension2",
              say("picture.extended", "day", moved.after().get().toString(), "decided", event.day().toString())));
        }
      }
    }
    first(assessment, FindingCodes.ART5_1_CLEARANCE).filter(f -> f.status() == Status.MET || f.status() == Status.MET_LATE)
        .flatMap(Finding::metOn).ifPresent(met -> article5.add(Mark.at(met, "met", say("picture.completed", "day", met.toString()))));
    nonCompliance(history, 5, article5);
    lane(say("picture.lane.art5"), article5);

    List<Mark> article7 = new ArrayList<>();
    deadlines.initialReport().ifPresent(due -> article7.add(Mark.at(due, "due", say("picture.initial-report-due", "day", due.toString()))));
    first(assessment, FindingCodes.ART7_1_INITIAL_REPORT).flatMap(Finding::metOn)
        .ifPresent(met -> article7.add(Mark.at(met, "met", say("picture.initial-report-submitted", "day", met.toString()))));
    deadlines.entryIntoForce().ifPresent(eif -> {
      LocalDate last = assessment.withdrawal().effectiveOn().orElse(end);
      for (int year = eif.getYear() + 1; year <= end.getYear(); year++) {
        LocalDate due = LocalDate.of(year, 4, 30);
        if (due.isAfter(eif.plusDays(180)) && !due.isAfter(last) && !due.isAfter(end)) {
          article7.add(Mark.at(due, "tick", ""));
        }
      }
    });
    nonCompliance(history, 7, article7);
    lane(say("picture.lane.art7"), article7);

    List<Mark> other = new ArrayList<>();
    for (Timeline.NonCompliancePeriod period : history.nonCompliance()) {
      int article = period.citation().articleNumber();
      if (article != 4 && article != 5 && article != 7) {
        other.add(noncompliance(period));
      }
    }
    if (!other.isEmpty()) {
      lane(say("picture.lane.other"), other);
    }

    List<Mark> exits = new ArrayList<>();
    for (ArmedConflict conflict : state.armedConflicts()) {
      LocalDate last = conflict.lastDay().orElse(end);
      exits.add(Mark.span(conflict.firstDay(), last.isAfter(end) ? end : last, "conflict",
          conflict.lastDay().map(day -> say("picture.conflict", "from", conflict.firstDay().toString(), "to", day.toString()))
              .orElse(say("picture.conflict-ongoing", "from", conflict.firstDay().toString()))));
    }
    state.withdrawal().ifPresent(withdrawal -> exits.add(Mark.at(withdrawal.receivedOn(), "withdrawal",
        say("picture.withdrawal-notice", "day", withdrawal.receivedOn().toString()))));
    assessment.withdrawal().effectiveOn().ifPresent(day -> exits.add(Mark.at(day, "withdrawal", say("picture.withdrawal-effect", "day", day.toString()))));
    state.suspension().ifPresent(suspension -> exits.add(Mark.at(suspension.notifiedOn(), "suspension",
        say("picture.suspension", "day", suspension.notifiedOn().toString()))));
    if (!exits.isEmpty()) {
      lane(say("picture.lane.exits"), exits);
    }
    asOfLine(asOf);
  }

  private static Optional<Finding> first(Assessment assessment, String code) {
    return assessment.findings(code).stream().findFirst();
  }

  private void nonCompliance(Timeline history, int article, List<Mark> marks) {
    for (Timeline.NonCompliancePeriod period : history.nonCompliance()) {
      if (period.citation().articleNumber() == article) {
        marks.add(noncompliance(period));
      }
    }
  }

  private Mark noncompliance(Timeline.NonCompliancePeriod period) {
    LocalDate last = period.lastDay().orElse(end);
    String label = period.lastDay()
        .map(day -> say("picture.noncompliant", "citation", article(period), "from", period.firstDay().toString(), "to", day.toString(), "days", period.days()))
        .orElse(say("picture.noncompliant-ongoing", "citation", article(period), "from", period.firstDay().toString()));
    return Mark.span(period.firstDay(), last.isAfter(end) ? end : last, "noncompliant", label);
  }

  /** The article a period of non-compliance falls under, cited briefly: a label has no room for an interpretation's title. */
  private String article(Timeline.NonCompliancePeriod period) {
    return period.citation().isTreatyText() ? period.citation().reference(language)
        : org.minebantreaty.rules.Citation.article(period.citation().articleNumber()).reference(language);
  }

  private double x(LocalDate day) {
    LocalDate clamped = day.isBefore(start) ? start : day.isAfter(end) ? end : day;
    double span = ChronoUnit.DAYS.between(start, end);
    return LEFT + ChronoUnit.DAYS.between(start, clamped) / span * (WIDTH - LEFT - RIGHT);
  }

  /** Draws one lane: its name, its bars and marks, and their labels packed in rows under them. */
  private void lane(String name, List<Mark> marks) {
    int barY = y;
    body.append("<text x=\"8\" y=\"").append(barY + BAR - 2).append("\" ").append(FONT).append(" font-weight=\"bold\">").append(escape(name)).append("</text>\n");
    body.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(barY + BAR / 2).append("\" x2=\"").append(WIDTH - RIGHT)
        .append("\" y2=\"").append(barY + BAR / 2).append("\" stroke=\"#dddddd\"/>\n");
    List<double[]> rows = new ArrayList<>();
    List<Mark> ordered = new ArrayList<>(marks);
    ordered.sort(java.util.Comparator.comparing((Mark mark) -> mark.to().isPresent() ? 0 : 1).thenComparing(Mark::from));
    for (Mark mark : ordered) {
      double x0 = x(mark.from());
      if (mark.to().isPresent()) {
        double x1 = Math.max(x(mark.to().get()), x0 + 2);
        body.append("<rect class=\"").append(mark.style()).append("\" x=\"").append(round(x0)).append("\" y=\"").append(barY)
            .append("\" width=\"").append(round(x1 - x0)).append("\" height=\"").append(BAR).append("\"><title>").append(escape(mark.label()))
            .append("</title></rect>\n");
      } else {
        body.append(symbol(mark.style(), x0, barY + BAR / 2.0, mark.label()));
      }
    }
    List<Mark> labelled = new ArrayList<>(marks);
    labelled.removeIf(mark -> mark.label().isEmpty());
    labelled.sort(java.util.Comparator.comparing(Mark::labelled));
    for (Mark mark : labelled) {
      double anchor = x(mark.labelled());
      double width = mark.label().length() * CHARACTER;
      // A label starts at its mark, moved left only as far as the right edge needs, and never past the lanes' start.
      double left = Math.max(LEFT, Math.min(anchor, WIDTH - RIGHT - width));
      int row = 0;
      while (row < rows.size() && rows.get(row)[0] > left - 6) {
        row++;
      }
      if (row == rows.size()) {
        rows.add(new double[] {Double.NEGATIVE_INFINITY});
      }
      rows.get(row)[0] = Math.max(rows.get(row)[0], left + width);
      int labelY = barY + BAR + 12 + row * LABEL_ROW;
      body.append("<line x1=\"").append(round(anchor)).append("\" y1=\"").append(barY + BAR).append("\" x2=\"").append(round(anchor))
          .append("\" y2=\"").append(labelY - 9).append("\" stroke=\"#888888\" stroke-width=\"0.5\"/>\n");
      body.append("<text class=\"label\" x=\"").append(round(left)).append("\" y=\"").append(labelY).append("\" ").append(FONT)
          .append(" data-width=\"").append(round(width)).append("\">")
          .append(escape(mark.label())).append("</text>\n");
    }
    y = barY + BAR + 8 + Math.max(1, rows.size()) * LABEL_ROW + 10;
  }

  private String symbol(String style, double cx, double cy, String label) {
    String title = label.isEmpty() ? "" : "<title>" + escape(label) + "</title>";
    switch (style) {
      case "tick":
        return "<line class=\"tick\" x1=\"" + round(cx) + "\" y1=\"" + round(cy - 5) + "\" x2=\"" + round(cx) + "\" y2=\"" + round(cy + 5) + "\"/>\n";
      case "met":
        return "<path class=\"met\" d=\"M" + round(cx) + " " + round(cy - 7) + " l7 7 l-7 7 l-7 -7 z\">" + title + "</path>\n";
      case "due":
        return "<path class=\"due\" d=\"M" + round(cx - 6) + " " + round(cy - 6) + " h12 l-6 12 z\">" + title + "</path>\n";
      default:
        return "<circle class=\"" + style + "\" cx=\"" + round(cx) + "\" cy=\"" + round(cy) + "\" r=\"5\">" + title + "</circle>\n";
    }
  }

  private void asOfLine(LocalDate asOf) {
    double x = x(asOf);
    body.append("<line class=\"asof\" x1=\"").append(round(x)).append("\" y1=\"22\" x2=\"").append(round(x)).append("\" y2=\"").append(y)
        .append("\"/>\n");
  }

  private String finish(Assessment assessment) {
    StringBuilder svg = new StringBuilder(body.length() + 4096);
    int height = y + 8;
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
        .append(escape(say("picture.title", "state", assessment.state().name(), "from", start.toString(), "to", end.toString()))).append("\">\n");
    svg.append(DEFINITIONS);
    axis(svg);
    double x = x(assessment.asOf());
    svg.append("<text x=\"").append(round(Math.min(x + 3, WIDTH - RIGHT - 100))).append("\" y=\"30\" ").append(FONT).append(" fill=\"#444444\">")
        .append(escape(say("picture.as-of", "day", assessment.asOf().toString()))).append("</text>\n");
    svg.append(body).append("</svg>");
    return svg.toString();
  }

  private void axis(StringBuilder svg) {
    int years = end.getYear() - start.getYear();
    int step = years <= 16 ? 1 : years <= 40 ? 2 : 5;
    for (int year = start.getYear() + 1; year <= end.getYear(); year++) {
      double x = x(LocalDate.of(year, 1, 1));
      svg.append("<line x1=\"").append(round(x)).append("\" y1=\"14\" x2=\"").append(round(x)).append("\" y2=\"20\" stroke=\"#999999\"/>\n");
      if (year % step == 0) {
        svg.append("<text x=\"").append(round(x)).append("\" y=\"12\" ").append(FONT).append(" text-anchor=\"middle\" fill=\"#444444\">")
            .append(year).append("</text>\n");
      }
    }
    svg.append("<line x1=\"").append(LEFT).append("\" y1=\"20\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"20\" stroke=\"#999999\"/>\n");
  }

  /** The patterns and styles every picture shares: hatching for non-compliance and armed conflict, and the Okabe–Ito colours. */
  static final String DEFINITIONS = String.join("\n",
      "<defs>",
      "<pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
          + "<rect width=\"6\" height=\"6\" fill=\"#fbe3d6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#D55E00\" stroke-width=\"3\"/></pattern>",
      "<pattern id=\"cross\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">"
          + "<rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/><path d=\"M0 0 L6 6 M6 0 L0 6\" stroke=\"#777777\" stroke-width=\"1\"/></pattern>",
      "<style>",
      ".bound{fill:#56B4E9;fill-opacity:.55}",
      ".window4{fill:#E69F00;fill-opacity:.55}",
      ".window5{fill:#009E73;fill-opacity:.55}",
      ".extension{fill:#009E73;fill-opacity:.3;stroke:#009E73;stroke-dasharray:3 2}",
      ".extension2{fill:#009E73;fill-opacity:.15;stroke:#009E73;stroke-dasharray:3 2}",
      ".noncompliant{fill:url(#hatch);stroke:#D55E00}",
      ".conflict{fill:url(#cross);stroke:#777777}",
      ".event{fill:#0072B2}",
      ".withdrawal{fill:#000000}",
      ".suspension{fill:#CC79A7}",
      ".met{fill:#000000}",
      ".due{fill:#F0E442;stroke:#8a7d00}",
      ".tick{stroke:#0072B2;stroke-width:1}",
      ".asof{stroke:#444444;stroke-dasharray:4 3}",
      "</style>",
      "</defs>",
      "");

  static String round(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** {@code text} safe inside XML text and attributes. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
