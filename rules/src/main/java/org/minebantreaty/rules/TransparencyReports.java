package org.minebantreaty.rules;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.minebantreaty.core.ReportKind;
import org.minebantreaty.core.ReportSection;
import org.minebantreaty.core.State;
import org.minebantreaty.core.TransparencyReport;
import org.minebantreaty.core.TreatyCalendar;

/**
 * Art. 7 — Transparency measures.
 *
 * <p>Each State Party reports to the UN Secretary-General as soon as practicable and not later than
 * 180 days after entry into force (7(1)), then updates the information annually, covering the last
 * calendar year, not later than 30 April of each year (7(2)). The annual calendar is the library's
 * labelled reading (Interpretation I-7.1): the report for year C is due on 30 April of C+1, from the
 * year of entry into force, except where the initial report's deadline covers it.
 *
 * <p>Reports missing from a record that is not complete ({@link
 * State#transparencyReportsKnown()}) are unknown, not overdue.
 */
public final class TransparencyReports extends ArticleRule<State> {

  private static final Citation INITIAL = Citation.article(7, 1);
  private static final Citation ANNUAL = Citation.article(7, 2);

  /** Creates the rule. */
  public TransparencyReports() {
    super(Subject.STATE, INITIAL);
  }



  @Override
  public List<Finding> evaluate(State state, Context context) {
    if (state.instrument().isEmpty()) {
      return List.of();
    }
    Optional<Finding> notYet = Findings.notYetBinding(context, INITIAL, "submit the initial transparency report", context.initialReportDeadline());
    if (notYet.isPresent()) {
      return List.of(notYet.get());
    }
    List<Finding> findings = new ArrayList<>();
    findings.add(initialReport(state, context));
    annualReports(state, context, findings);
    for (TransparencyReport report : state.transparencyReports()) {
      sections(report, context, findings);
    }
    return findings;
  }

  private static Finding initialReport(State state, Context context) {
    LocalDate deadline = context.initialReportDeadline().orElseThrow();
    Finding.Builder finding = Finding.builder()
        .citation(INITIAL)
        .subject(context.stateName() + ", initial report")
        .deadline(deadline)
        .addReasons(Findings.entryIntoForceReason(context))
        .addReasons(Reason.of("The initial report is due not later than 180 days after entry into force: " + Wording.date(deadline), INITIAL));
    Optional<TransparencyReport> initial = state.transparencyReports().stream()
        .filter(report -> report.kind() == ReportKind.INITIAL)
        .min((a, b) -> a.submittedOn().compareTo(b.submittedOn()));
    if (initial.isPresent()) {
      LocalDate submitted = initial.get().submittedOn();
      boolean late = submitted.isAfter(deadline);
      return finding.status(late ? Status.MET_LATE : Status.MET)
          .metOn(submitted)
          .summary("Initial report submitted on " + Wording.date(submitted) + (late ? ", " + Wording.daysFrom(deadline, submitted) + " than due" : ", on time"))
          .build();
    }
    if (!context.judgedOn().isAfter(deadline)) {
      return finding.status(Status.PENDING).summary("Initial report due by " + Wording.date(deadline)).build();
    }
    if (!state.transparencyReportsKnown()) {
      return finding.status(Status.UNKNOWN)
          .summary("No initial report is recorded, and the record of reports is not complete")
          .addMissingFacts("the date the initial report was submitted, or that it was not")
          .build();
    }
    return finding.status(Status.OVERDUE)
        .summary("Initial report overdue since " + Wording.date(deadline.plusDays(1)))
        .build();
  }

  private static void annualReports(State state, Context context, List<Finding> findings) {
    LocalDate eif = context.entryIntoForce().orElseThrow();
    LocalDate judgedOn = context.judgedOn();
    Reason calendar = Reason.of(
        "The report covering each calendar year from " + TreatyCalendar.firstAnnualReportYear(eif)
            + " is due on 30 April of the next year; an earlier due date is covered by the initial report",
        Interpretations.REPORT_CALENDAR);
    List<Year> onTime = new ArrayList<>();
    LocalDate lastOnTime = null;
    List<Year> unknown = new ArrayList<>();
    for (Year year = TreatyCalendar.firstAnnualReportYear(eif); ; year = year.plusYears(1)) {
      LocalDate due = TreatyCalendar.annualReportDeadline(year);
      Optional<LocalDate> submitted = annualSubmission(state, year);
      if (!due.isBefore(judgedOn) && submitted.isEmpty()) {
        findings.add(Finding.builder()
            .citation(ANNUAL)
            .status(Status.PENDING)
            .subject(context.stateName() + ", annual report for " + year)
            .deadline(due)
            .summary("Annual report covering " + year + " due by " + Wording.date(due))
            .addReasons(calendar)
            .build());
        break;
      }
      Finding.Builder finding = Finding.builder()
          .citation(ANNUAL)
          .subject(context.stateName() + ", annual report for " + year)
          .deadline(due)
          .addReasons(calendar);
      if (submitted.isEmpty()) {
        if (state.transparencyReportsKnown()) {
          findings.add(finding.status(Status.OVERDUE)
              .summary("Annual report covering " + year + " overdue since " + Wording.date(due.plusDays(1)))
              .build());
        } else {
          unknown.add(year);
        }
      } else if (submitted.get().isAfter(due)) {
        findings.add(finding.status(Status.MET_LATE)
            .metOn(submitted.get())
            .summary("Annual report covering " + year + " submitted on " + Wording.date(submitted.get()) + ", "
                + Wording.daysFrom(due, submitted.get()) + " than due")
            .build());
      } else {
        onTime.add(year);
        lastOnTime = submitted.get();
      }
    }
    if (!onTime.isEmpty()) {
      findings.add(Finding.builder()
          .citation(ANNUAL)
          .status(Status.MET)
          .subject(context.stateName() + ", annual reports")
          .metOn(lastOnTime)
          .summary(Wording.count(onTime.size(), "annual report", "annual reports") + " submitted on time: " + years(onTime))
          .addReasons(calendar)
          .build());
    }
    if (!unknown.isEmpty()) {
      findings.add(Finding.builder()
          .citation(ANNUAL)
          .status(Status.UNKNOWN)
          .subject(context.stateName() + ", annual reports")
          .summary("No annual report is recorded for " + years(unknown) + ", and the record of reports is not complete")
          .addReasons(calendar)
          .addMissingFacts("the submission dates of the annual reports covering " + years(unknown) + ", or that they were not submitted")
          .build());
    }
  }

  private static Optional<LocalDate> annualSubmission(State state, Year year) {
    LocalDate first = null;
    for (TransparencyReport report : state.transparencyReports()) {
      if (report.coveredYear().filter(year::equals).isPresent() && (first == null || report.submittedOn().isBefore(first))) {
        first = report.submittedOn();
      }
    }
    return Optional.ofNullable(first);
  }

  private static void sections(TransparencyReport report, Context context, List<Finding> findings) {
    if (report.sections().isEmpty()) {
      return;
    }
    String which = report.coveredYear().map(year -> "annual report for " + year).orElse("initial report");
    for (ReportSection section : ReportSection.values()) {
      if (!report.sections().get().contains(section)) {
        Citation citation = Citation.article(7, 1, section.letter());
        findings.add(Finding.builder()
            .citation(citation)
            .status(Status.NONCOMPLIANT)
            .subject(context.stateName() + ", " + which + " submitted on " + report.submittedOn())
            .summary("The " + which + " lacks section 7(1)(" + section.letter() + ")")
            .addReasons(Reason.of("Each report covers every sub-paragraph of Art. 7(1)", citation))
            .addReasons(Reason.of("Every section applies to every State; where there is nothing to declare, the report says so", Interpretations.NIL_RETURNS))
            .build());
      }
    }
  }

  private static String years(List<Year> years) {
    StringJoiner joined = new StringJoiner(", ");
    int i = 0;
    while (i < years.size()) {
      int j = i;
      while (j + 1 < years.size() && years.get(j + 1).getValue() == years.get(j).getValue() + 1) {
        j++;
      }
      joined.add(i == j ? years.get(i).toString() : years.get(i) + "–" + years.get(j));
      i = j + 1;
    }
    return joined.toString();
  }
}
