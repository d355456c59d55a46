package org.minebantreaty.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
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
  // Named once: the duty is named only before it binds, but an assessment is made on every day.
  private static final Phrase DUTY = Phrase.of("art7.1.duty");

  /** Creates the rule. */
  public TransparencyReports() {
    super(Subject.STATE, INITIAL);
  }

  @Override
  public List<Finding> evaluate(State state, Context context) {
    if (state.instrument().isEmpty()) {
      return List.of();
    }
    Optional<Finding> notYet = Findings.notYetBinding(context, FindingCodes.ART7_1_INITIAL_REPORT, INITIAL, DUTY, context.initialReportDeadline());
    if (notYet.isPresent()) {
      return List.of(notYet.get());
    }
    return context.reportRecord().findings(state, context);
  }

  /**
   * What the State's reports fix whatever the day judged: the first initial report's finding once
   * submitted, the first submission for each year, the subjects, and the findings on what each
   * report lacks. A timeline's days between two facts share one.
   */
  static final class Record {
    // The initial report's finding: once submitted, one whatever the day; before, one up to its deadline and one after.
    private final Finding[] initialReport = new Finding[2];
    private Annual annual;
    // The findings the facts settle whatever the day: a year reported late, by its year; a run of years overdue, by a key of both ends.
    private final java.util.concurrent.ConcurrentHashMap<Long, Finding> settled = new java.util.concurrent.ConcurrentHashMap<>();
    // The first initial report submitted, if one was.
    private final Optional<TransparencyReport> initial;
    private final long firstYear;
    private final Reason calendar;
    // The first submission of the report on each year from the first owed, by year in order.
    private final long[] years;
    private final LocalDate[] submittedOn;
    // What the first k of those reports settle, for each k once asked: every timeline day of one year shares it.
    private final Counted[] counted;
    private final String nextDueSubject;
    private final String annualSubject;
    // The last findings made on the report next due and on the years unrecorded: a timeline makes the next from each, every 1 May.
    private ImmutableFinding nextDue;
    private ImmutableFinding unrecorded;
    private final List<Finding> sections;

    private Record(State state, Context context) {
      this.initial = state.transparencyReports().stream()
          .filter(report -> report.kind() == ReportKind.INITIAL)
          .min((a, b) -> a.submittedOn().compareTo(b.submittedOn()));
      this.firstYear = context.firstAnnualReportYear().orElseThrow().getValue();
      this.calendar = Reason.of(Phrase.of("art7.2.calendar", "first", Year.of((int) firstYear)), Interpretations.REPORT_CALENDAR);
      TreeMap<Long, LocalDate> submitted = firstSubmissions(state, firstYear);
      this.years = new long[submitted.size()];
      this.submittedOn = new LocalDate[submitted.size()];
      int at = 0;
      for (Map.Entry<Long, LocalDate> report : submitted.entrySet()) {
        years[at] = report.getKey();
        submittedOn[at++] = report.getValue();
      }
      this.counted = new Counted[years.length + 1];
      this.nextDueSubject = context.stateName() + ", annual report next due";
      this.annualSubject = context.stateName() + ", annual reports";
      List<Finding> lacking = new ArrayList<>();
      for (TransparencyReport report : state.transparencyReports()) {
        sections(report, context, lacking);
      }
      this.sections = List.copyOf(lacking);
    }

    /** The finding on the initial report in {@code context}, made once for each of its verdicts. */
    Finding initialReport(State state, Context context) {
      int which = initial.isPresent() || !context.judgedOn().isAfter(context.initialReportDeadline().orElseThrow()) ? 0 : 1;
      Finding made = initialReport[which];
      if (made == null) {
        made = TransparencyReports.initialReport(state, initial, context);
        initialReport[which] = made;
      }
      return made;
    }

    /**
     * The rule's findings in {@code context}. They turn only when the initial report or a year's
     * report falls due, so the last ones made are kept for the days that follow.
     */
    List<Finding> findings(State state, Context context) {
      LocalDate judgedOn = context.judgedOn();
      // Every year before this one was due before judgedOn; this one and later are not yet due.
      long notYetDue = Math.max(firstYear, judgedOn.isAfter(TreatyCalendar.ANNUAL_REPORT_DAY.atYear(judgedOn.getYear())) ? judgedOn.getYear() : judgedOn.getYear() - 1L);
      Finding initial = initialReport(state, context);
      Annual kept = annual;
      if (kept != null && kept.notYetDue == notYetDue && kept.findings.get(0) == initial) {
        return kept.findings;
      }
      List<Finding> made = new ArrayList<>();
      made.add(initial);
      TransparencyReports.annualReports(state, context, this, notYetDue, made);
      made.addAll(sections);
      List<Finding> findings = Collections.unmodifiableList(made);
      annual = new Annual(notYetDue, findings);
      return findings;
    }

    /** The record of {@code context}'s facts; only for a State with an instrument. */
    static Record of(Context context) {
      return new Record(context.state(), context);
    }
  }

  /** The rule's findings when {@code notYetDue} is the first year whose report is not yet due. */
  private record Annual(long notYetDue, List<Finding> findings) {}

  private static Finding initialReport(State state, Optional<TransparencyReport> initial, Context context) {
    LocalDate deadline = context.initialReportDeadline().orElseThrow();
    Finding.Builder finding = Finding.builder()
        .code(FindingCodes.ART7_1_INITIAL_REPORT)
        .citation(INITIAL)
        .subject(context.stateName() + ", initial report")
        .deadline(deadline)
        .addReasons(context.entryIntoForceReason())
        .addReasons(Reason.of(Phrase.of("art7.1.initial-due-in-180-days", "deadline", deadline), INITIAL));
    if (initial.isPresent()) {
      LocalDate submitted = initial.get().submittedOn();
      boolean late = submitted.isAfter(deadline);
      return finding.status(late ? Status.MET_LATE : Status.MET)
          .metOn(submitted)
          .summary(Phrase.of("art7.1.initial-submitted", "submitted", submitted, "late", late,
              "days", ChronoUnit.DAYS.between(deadline, submitted)))
          .build();
    }
    if (!context.judgedOn().isAfter(deadline)) {
      return finding.status(Status.PENDING).summary(Phrase.of("art7.1.initial-due-by", "deadline", deadline)).build();
    }
    if (!state.transparencyReportsKnown()) {
      return finding.status(Status.UNKNOWN)
          .summary(Phrase.of("art7.1.initial-unrecorded"))
          .addMissingFacts(Phrase.of("art7.missing.initial-report"))
          .build();
    }
    return finding.status(Status.OVERDUE)
        .summary(Phrase.of("art7.1.initial-overdue", "since", deadline.plusDays(1)))
        .build();
  }

  /**
   * What the first reports recorded settle, whatever the day judged, once they all cover years
   * before the first year pending: the findings on the years they cover and on the years missing
   * between them, in order; the years unknown between them; the year after the last; and the
   * finding on those submitted on time, if any were.
   */
  private record Counted(List<Finding> findings, List<long[]> unknown, long next, Optional<Finding> onTime) {}

  /** What the first {@code count} reports of {@code record} settle, made once for each count. */
  private static Counted counted(State state, Context context, Record record, int count) {
    Counted made = record.counted[count];
    if (made != null) {
      return made;
    }
    List<Finding> findings = new ArrayList<>();
    List<long[]> onTime = new ArrayList<>();
    LocalDate lastOnTime = null;
    List<long[]> unknown = new ArrayList<>();
    long next = record.firstYear;
    for (int i = 0; i < count; i++) {
      long covered = record.years[i];
      missing(next, covered - 1, state, context, record, findings, unknown);
      Year year = Year.of((int) covered);
      LocalDate due = TreatyCalendar.annualReportDeadline(year);
      LocalDate on = record.submittedOn[i];
      if (on.isAfter(due)) {
        findings.add(record.settled.computeIfAbsent(covered, key -> annual(context.stateName() + ", annual report for " + year, due, record.calendar)
            .status(Status.MET_LATE)
            .metOn(on)
            .summary(Phrase.of("art7.2.annual-submitted-late", "year", year, "on", on, "days", ChronoUnit.DAYS.between(due, on)))
            .build()));
      } else {
        extend(onTime, covered);
        lastOnTime = on;
      }
      next = covered + 1;
    }
    Optional<Finding> onTimeFinding = onTime.isEmpty() ? Optional.empty() : Optional.of(Finding.builder()
        .code(FindingCodes.ART7_2_ANNUAL_REPORT)
        .citation(ANNUAL)
        .status(Status.MET)
        .subject(record.annualSubject)
        .metOn(lastOnTime)
        .summary(Phrase.of("art7.2.annual-on-time", "count", count(onTime), "years", years(onTime)))
        .addReasons(record.calendar)
        .build());
    made = new Counted(List.copyOf(findings), List.copyOf(unknown), next, onTimeFinding);
    record.counted[count] = made;
    return made;
  }

  /**
   * The annual reports from the first year owed to the first year not yet due, computed from the
   * reports recorded and the runs of years between them, never year by year: an assessment dated in
   * the year 999,999,999 costs what one dated today does.
   */
  private static void annualReports(State state, Context context, Record record, long notYetDue, List<Finding> findings) {
    long[] years = record.years;
    // The reports counted are those on the years before the first pending: every year due, and the years reported after them.
    int count = java.util.Arrays.binarySearch(years, notYetDue);
    count = count >= 0 ? count : -count - 1;
    long pending = notYetDue;
    while (count < years.length && years[count] == pending) {
      pending++;
      count++;
    }
    Counted settled = counted(state, context, record, count);
    findings.addAll(settled.findings());
    List<long[]> unknown = settled.unknown();
    if (!state.transparencyReportsKnown() && settled.next() <= notYetDue - 1) {
      unknown = new ArrayList<>(unknown);
    }
    missing(settled.next(), notYetDue - 1, state, context, record, findings, unknown);
    // The report for the year 999,999,999 would be due in a year java.time cannot hold.
    if (pending < Year.MAX_VALUE) {
      Year year = Year.of((int) pending);
      LocalDate due = TreatyCalendar.annualReportDeadline(year);
      // One subject for the report next due, whatever its year: a timeline sees its due date move each
      // 1 May, not one pending finding go and another come.
      Phrase summary = Phrase.of("art7.2.annual-due-by", "year", year, "due", due);
      ImmutableFinding last = record.nextDue;
      ImmutableFinding nextDue = last != null ? last.withDeadline(due).withSummaryPhrase(summary)
          : (ImmutableFinding) annual(record.nextDueSubject, due, record.calendar).status(Status.PENDING).summary(summary).build();
      record.nextDue = nextDue;
      findings.add(nextDue);
    }
    settled.onTime().ifPresent(findings::add);
    if (!unknown.isEmpty()) {
      Phrase runs = years(unknown);
      Phrase summary = Phrase.of("art7.2.annual-unrecorded", "years", runs);
      Phrase missing = Phrase.of("art7.missing.annual-reports", "years", runs);
      ImmutableFinding last = record.unrecorded;
      ImmutableFinding unrecorded = last != null ? last.withMissingFactPhrases(missing).withSummaryPhrase(summary)
          : (ImmutableFinding) Finding.builder()
              .code(FindingCodes.ART7_2_ANNUAL_REPORT)
              .citation(ANNUAL)
              .status(Status.UNKNOWN)
              .subject(record.annualSubject)
              .summary(summary)
              .addReasons(record.calendar)
              .addMissingFacts(missing)
              .build();
      record.unrecorded = unrecorded;
      findings.add(unrecorded);
    }
  }

  /**
   * The years {@code from} to {@code to}, all due before the day judged and none reported: overdue
   * on a complete record, one finding for each run of years, and unknown otherwise.
   */
  private static void missing(long from, long to, State state, Context context, Record record, List<Finding> findings, List<long[]> unknown) {
    if (from > to) {
      return;
    }
    if (!state.transparencyReportsKnown()) {
      unknown.add(new long[] {from, to});
      return;
    }
    // Years run into the hundreds of millions at most: the run's key holds both ends apart from the late years' keys.
    findings.add(record.settled.computeIfAbsent(-(from * 1_000_000_000L + to) - 1, key -> {
      LocalDate due = TreatyCalendar.annualReportDeadline(Year.of((int) from));
      String years = from == to ? "annual report for " + from : "annual reports for " + from + "–" + to;
      return annual(context.stateName() + ", " + years, due, record.calendar)
          .status(Status.OVERDUE)
          .summary(Phrase.of("art7.2.annual-overdue", "from", Year.of((int) from), "to", from == to ? null : Year.of((int) to),
              "since", due.plusDays(1)))
          .build();
    }));
  }

  /** A finding on the annual report or reports of {@code subject} ("Greece (GRC), annual report for 2019"), due on {@code due}. */
  private static Finding.Builder annual(String subject, LocalDate due, Reason calendar) {
    return Finding.builder().code(FindingCodes.ART7_2_ANNUAL_REPORT).citation(ANNUAL).subject(subject).deadline(due).addReasons(calendar);
  }

  /** The first submission of the report covering each year from {@code first}, by year. */
  private static TreeMap<Long, LocalDate> firstSubmissions(State state, long first) {
    TreeMap<Long, LocalDate> submitted = new TreeMap<>();
    for (TransparencyReport report : state.transparencyReports()) {
      if (report.coveredYear().isPresent() && report.coveredYear().get().getValue() >= first) {
        submitted.merge((long) report.coveredYear().get().getValue(), report.submittedOn(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return submitted;
  }

  private static void extend(List<long[]> runs, long year) {
    if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == year - 1) {
      runs.get(runs.size() - 1)[1] = year;
    } else {
      runs.add(new long[] {year, year});
    }
  }

  private static int count(List<long[]> runs) {
    long years = 0;
    for (long[] run : runs) {
      years += run[1] - run[0] + 1;
    }
    return (int) years;
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
            .code(FindingCodes.ART7_1_REPORT_CONTENTS)
            .citation(citation)
            .status(Status.NONCOMPLIANT)
            .subject(context.stateName() + ", " + which + " submitted on " + report.submittedOn())
            .summary(Phrase.of("art7.1.report-lacks-section", "year", report.coveredYear(), "section", section.letter()))
            .addReasons(Reason.of(Phrase.of("art7.1.every-sub-paragraph"), citation))
            .addReasons(Reason.of(Phrase.of("art7.1.nil-returns"), Interpretations.NIL_RETURNS))
            .build());
      }
    }
  }

  /** The runs of years as one phrase ("2004–2006, 2008"): each run, then the phrase of the runs after it. */
  private static Phrase years(List<long[]> runs) {
    Phrase years = null;
    for (int i = runs.size() - 1; i >= 0; i--) {
      long[] run = runs.get(i);
      years = Phrase.of("art7.years", "from", Year.of((int) run[0]), "to", run[0] == run[1] ? null : Year.of((int) run[1]), "more", years);
    }
    return years;
  }
}
