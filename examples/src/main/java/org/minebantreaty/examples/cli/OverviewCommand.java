package org.minebantreaty.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minebantreaty.core.State;
import org.minebantreaty.data.Records.StateRecord;
import org.minebantreaty.data.Roster;
import org.minebantreaty.core.TreatyCalendar;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Finding;
import org.minebantreaty.rules.Phrase;
import org.minebantreaty.rules.PhraseBook;
import org.minebantreaty.rules.StateName;
import org.minebantreaty.rules.FindingCodes;
import org.minebantreaty.rules.Status;
import org.minebantreaty.rules.WithdrawalStatus;

/**
 * {@code assess --all [--as-of YYYY-MM-DD] [--format text|markdown|csv]}: one line per State of the
 * bundled data set (entry into force, Art. 4, Art. 5 and its deadline in force, next Art. 7 report,
 * withdrawal), then a summary of the whole treaty community. The Art. 5 column is the Art. 5(1)
 * finding or, for a State that found previously unknown mined areas, the finding on those areas,
 * marked "(areas found later)". States whose deposit date is not sourced
 * are listed as not assessed, never guessed.
 */
final class OverviewCommand {

  /** The output formats of the overview. */
  enum Format {
    TEXT,
    MARKDOWN,
    CSV
  }

  static final List<String> HEADER = List.of(
      "state", "iso3", "entry_into_force", "art4", "art5", "art5_deadline", "next_art7_report", "withdrawal");

  /**
   * The CSV columns: the text columns, with the mark on the Art. 5 deadline ({@link DeadlineNote})
   * moved to a column of its own so that {@code art5_deadline} stays a date for the programs that
   * read it.
   */
  static final List<String> CSV_HEADER = List.of(
      "state", "iso3", "entry_into_force", "art4", "art5", "art5_deadline", "art5_deadline_note", "next_art7_report", "withdrawal");

  /**
   * Why an Art. 5 deadline shown may not be the one the State works to. Each applies only when the
   * data set holds too little to judge Art. 5(1), and each is written after the date in text and
   * Markdown, and in the {@code art5_deadline_note} column of CSV.
   */
  enum DeadlineNote {
    /** Nothing to add: the deadline is the one the data set supports. */
    NONE,
    /** No extension is recorded, so grants the data set does not yet hold may have moved it. */
    ORIGINAL,
    /** A grant is recorded in part, so none from it on is applied (D-3 of data/SOURCES.md). */
    HISTORY_INCOMPLETE,
    /** The last recorded deadline has passed with neither a completion nor a later grant recorded. */
    PASSED;

    /** The mark written after the date ("original"), in {@code language}; empty for {@link #NONE}. */
    String label(Locale language) {
      return this == NONE ? "" : say(language, "note." + name());
    }

    /** What the mark means, in {@code language}. */
    String meaning(Locale language) {
      return say(language, "note." + name() + ".meaning");
    }
  }

  /** The overview's own words, in each language the library writes; the library's for what it shares. */
  private static final PhraseBook WORDS = PhraseBook.of(OverviewCommand.class, "words");

  /** The overview's sentence {@code code} in {@code language}, with the given name-value arguments. */
  static String say(Locale language, String code, Object... namesAndValues) {
    return WORDS.render(Phrase.of(code, namesAndValues), language);
  }


  private OverviewCommand() {}

  /** The overview as of {@code asOf}, in the given format. */
  static String render(Roster roster, LocalDate asOf, LocalDate today, Format format, Locale language) {
    Convention convention = Convention.standard();
    return render(roster, roster.all().stream().map(state -> convention.assess(state, asOf)).toList(), asOf, today, format, language);
  }

  /**
   * The overview of {@code assessments} of the States of {@code roster}, all made on {@code asOf}:
   * one line each, then the summary; {@code today} only dates the data set's age.
   */
  static String render(Roster roster, List<Assessment> assessments, LocalDate asOf, LocalDate today, Format format, Locale language) {
    // CSV is for programs: its cells are the same in every language, and only text and Markdown are translated.
    Collected collected = collect(roster, assessments, format == Format.CSV ? Locale.ENGLISH : language);
    List<List<String>> lines = collected.lines();
    Summary summary = collected.summary();
    StringBuilder out = new StringBuilder();
    if (format != Format.CSV) {
      lines = lines.stream().map(line -> withDeadlineMarked(line, language)).toList();
    }
    switch (format) {
      case CSV:
        out.append(String.join(",", CSV_HEADER)).append('\n');
        for (List<String> line : lines) {
          // CSV says "none" with an empty cell, as the deadlines command does; "-" is for people reading text.
          out.append(String.join(",", line.stream().map(cell -> cell.equals("-") ? "" : csvCell(cell)).toList())).append('\n');
        }
        return out.toString();
      case MARKDOWN:
        out.append("# ").append(say(language, "overview.title", "asOf", asOf.toString())).append("\n\n").append(data(roster, today, language)).append("\n\n");
        out.append("| ").append(String.join(" | ", HEADER)).append(" |\n");
        out.append("|").append("---|".repeat(HEADER.size())).append('\n');
        for (List<String> line : lines) {
          out.append("| ").append(String.join(" | ", line)).append(" |\n");
        }
        out.append('\n').append(summary.text(asOf, "- ")).append('\n');
        return out.toString();
      default:
        out.append(say(language, "overview.title", "asOf", asOf.toString())).append('\n').append(data(roster, today, language)).append("\n\n");
        int[] widths = new int[HEADER.size()];
        for (int i = 0; i < widths.length; i++) {
          widths[i] = HEADER.get(i).length();
          for (List<String> line : lines) {
            widths[i] = Math.max(widths[i], line.get(i).length());
          }
        }
        out.append(row(HEADER, widths));
        for (List<String> line : lines) {
          out.append(row(line, widths));
        }
        out.append('\n').append(summary.text(asOf, "  "));
        return out.toString();
    }
  }

  /** The overview's lines, in the CSV columns, and its summary. */
  private record Collected(List<List<String>> lines, Summary summary) {}

  private static Collected collect(Roster roster, List<Assessment> assessments, Locale language) {
    List<List<String>> lines = new ArrayList<>();
    Summary summary = new Summary(roster, language);
    for (Assessment assessment : assessments) {
      // A State that had neither signed nor deposited by asOf was not yet part of the treaty's story.
      if (!hadSignedOrJoined(assessment)) {
        continue;
      }
      Judged judged = Judged.of(assessment, roster);
      lines.add(line(judged, language));
      summary.add(judged);
    }
    return new Collected(lines, summary);
  }

  /**
   * The overview as a report shows it: its table, in the text columns ({@link #HEADER}) with the
   * marks on Art. 5 deadlines, and its summary, one line each.
   */
  record Table(List<List<String>> lines, List<String> summary) {}

  static Table table(Roster roster, List<Assessment> assessments, LocalDate asOf, Locale language) {
    Collected collected = collect(roster, assessments, language);
    return new Table(collected.lines().stream().map(line -> withDeadlineMarked(line, language)).toList(),
        List.of(collected.summary().text(asOf, "").split("\n")));
  }

  /**
   * What the overview reads from one assessment, looked up once for its line and for the summary: the
   * Art. 4 finding, the Art. 5 finding it shows (where previously unknown areas were found, their
   * finding is the live obligation) and the mark on the Art. 5 deadline.
   */
  private record Judged(Assessment assessment, Optional<Finding> article4, Optional<Finding> article5, boolean foundLater, DeadlineNote note) {

    static Judged of(Assessment assessment, Roster roster) {
      Optional<Finding> foundLater = finding(assessment, FindingCodes.DECISION_PREVIOUSLY_UNKNOWN_AREAS);
      Optional<Finding> article5 = foundLater.isPresent() ? foundLater : finding(assessment, FindingCodes.ART5_1_CLEARANCE);
      return new Judged(assessment, finding(assessment, FindingCodes.ART4_STOCKPILE_DESTRUCTION), article5, foundLater.isPresent(),
          deadlineNote(assessment, article5, roster));
    }
  }

  /**
   * One State's line of the overview, in the CSV columns, read from its assessment alone: the
   * assessment holds the State as known on its date, so no later fact can reach the line.
   */
  private static List<String> line(Judged judged, Locale language) {
    Assessment assessment = judged.assessment();
    State state = assessment.state();
    return List.of(
        WORDS.render(Phrase.of("summary.state", "state", StateName.of(state)), language),
        state.iso3(),
        date(assessment.deadlines().entryIntoForce()),
        status(judged.article4(), language),
        judged.foundLater()
            ? say(language, "overview.areas-found-later", "status", status(judged.article5(), language))
            : status(judged.article5(), language),
        date(assessment.deadlines().minedAreaCurrent()),
        judged.note().label(language),
        date(assessment.deadlines().nextAnnualReport()),
        withdrawal(assessment, language));
  }

  /** Whether the State had signed or deposited an instrument by the assessment date, as known then. */
  static boolean hadSignedOrJoined(Assessment assessment) {
    State state = assessment.state();
    // A signatory whose signature is undated signed before the Convention entered into force (Art. 15).
    return state.instrument().isPresent() || state.signedOn().isPresent()
        || state.signatoryWithUnknownDate() && !assessment.asOf().isBefore(TreatyCalendar.CONVENTION_ENTRY_INTO_FORCE);
  }

  /** Which data set the overview read, and how old its bundled records are on {@code today}. */
  static String data(Roster roster, LocalDate today, Locale language) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(roster.bundledAsOf(), today);
    // The bottom layer is always the bundled data set; the layers over it are the user's directories, named by their paths.
    String bundled = say(language, "overview.bundled", "day", roster.bundledAsOf().toString());
    StringBuilder text = new StringBuilder(say(language, "overview.data", "bundled", bundled, "age", days >= 0 ? days : null));
    for (String layer : roster.layers().subList(1, roster.layers().size())) {
      text.append(say(language, "overview.data-layer", "layer", layer));
    }
    return text.toString();
  }

  private static String row(List<String> cells, int[] widths) {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      row.append(i == 0 ? "" : "  ").append(cells.get(i)).append(i == cells.size() - 1 ? "" : " ".repeat(widths[i] - cells.get(i).length()));
    }
    return row.append('\n').toString();
  }

  /** {@code text} as one CSV cell: quoted when it holds a comma or a quote. */
  static String csvCell(String text) {
    return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("-");
  }

  /**
   * What an unmarked Art. 5 deadline would wrongly suggest, if anything: when the data set holds too
   * little to judge Art. 5(1), the date shown would otherwise read as the deadline the State works to.
   */
  private static DeadlineNote deadlineNote(Assessment assessment, Optional<Finding> article5, Roster roster) {
    State state = assessment.state();
    LocalDate asOf = assessment.asOf();
    Optional<LocalDate> deadline = assessment.deadlines().minedAreaCurrent();
    if (deadline.isEmpty() || !article5.map(f -> f.status() == Status.UNKNOWN).orElse(false)) {
      return DeadlineNote.NONE;
    }
    if (roster.extensionHistoryIncompleteOn(state.iso3(), asOf)) {
      return DeadlineNote.HISTORY_INCOMPLETE;
    }
    if (state.extensionRequests().isEmpty()) {
      return DeadlineNote.ORIGINAL;
    }
    return asOf.isAfter(deadline.get()) ? DeadlineNote.PASSED : DeadlineNote.NONE;
  }

  /** A CSV line as the text and Markdown tables show it: the note column folded into the deadline. */
  private static List<String> withDeadlineMarked(List<String> csvLine, Locale language) {
    List<String> cells = new ArrayList<>(csvLine);
    String note = cells.remove(6);
    if (!note.isEmpty()) {
      cells.set(5, say(language, "overview.deadline-marked", "deadline", cells.get(5), "note", note));
    }
    return cells;
  }

  private static Optional<Finding> finding(Assessment assessment, String code) {
    return assessment.findings(code).stream().findFirst();
  }

  private static String status(Optional<Finding> finding, Locale language) {
    return finding.map(found -> found.status().label(language)).orElse("-");
  }

  private static String withdrawal(Assessment assessment, Locale language) {
    WithdrawalStatus withdrawal = assessment.withdrawal();
    switch (withdrawal.phase()) {
      case NOTICE_RUNNING:
        return say(language, "overview.withdrawal.notice-runs", "day", withdrawal.noticeExpiresOn().orElseThrow().toString());
      case HELD_BY_ARMED_CONFLICT:
        return say(language, "overview.withdrawal.held");
      case TAKEN_EFFECT:
        return say(language, "overview.withdrawal.took-effect", "day", withdrawal.effectiveOn().orElseThrow().toString());
      default:
        return assessment.state().suspension()
            .map(s -> say(language, "overview.withdrawal.suspension", "day", s.notifiedOn().toString())).orElse("-");
    }
  }

  /** The counts under the table. */
  private static final class Summary {
    final Roster roster;
    final Locale language;
    final EnumMap<Status, Integer> article4Statuses = new EnumMap<>(Status.class);
    final EnumMap<Status, Integer> article5Statuses = new EnumMap<>(Status.class);
    int assessed;
    int bound;
    int notYetBinding;
    int overdueArticle4;
    int overdueArticle5;
    int overdueArticle7;
    final List<String> pendingWithdrawals = new ArrayList<>();
    final List<String> withdrawn = new ArrayList<>();
    final List<String> suspended = new ArrayList<>();
    final EnumMap<DeadlineNote, Integer> notes = new EnumMap<>(DeadlineNote.class);

    Summary(Roster roster, Locale language) {
      this.roster = roster;
      this.language = language;
    }

    void note(DeadlineNote note) {
      if (note != DeadlineNote.NONE) {
        notes.merge(note, 1, Integer::sum);
      }
    }

    void add(Judged judged) {
      Assessment assessment = judged.assessment();
      Optional<Finding> article4 = judged.article4();
      Optional<Finding> article5 = judged.article5();
      LocalDate asOf = assessment.asOf();
      note(judged.note());
      article4.ifPresent(finding -> article4Statuses.merge(finding.status(), 1, Integer::sum));
      article5.ifPresent(finding -> article5Statuses.merge(finding.status(), 1, Integer::sum));
      assessed++;
      State state = assessment.state();
      boolean inForce = assessment.deadlines().entryIntoForce().map(day -> !day.isAfter(asOf)).orElse(false);
      WithdrawalStatus withdrawal = assessment.withdrawal();
      if (withdrawal.hasTakenEffect()) {
        withdrawn.add(say(language, "summary.withdrawn-state", "state", StateName.of(state), "day", withdrawal.effectiveOn().orElseThrow().toString()));
      } else if (inForce) {
        bound++;
      } else {
        notYetBinding++;
      }
      if (withdrawal.phase() == WithdrawalStatus.Phase.NOTICE_RUNNING || withdrawal.phase() == WithdrawalStatus.Phase.HELD_BY_ARMED_CONFLICT) {
        pendingWithdrawals.add(WORDS.render(Phrase.of("summary.state", "state", StateName.of(state)), language));
      }
      state.suspension().ifPresent(s -> suspended.add(say(language, "summary.suspended-state", "state", StateName.of(state), "day", s.notifiedOn().toString())));
      overdueArticle4 += article4.filter(f -> f.status().isAdverse()).isPresent() ? 1 : 0;
      overdueArticle5 += article5.filter(f -> f.status().isAdverse()).isPresent() ? 1 : 0;
      overdueArticle7 += assessment.findingsOn(7).stream().anyMatch(f -> f.status().isAdverse()) ? 1 : 0;
    }

    /** Each status with its count, in the order of {@link Status}; a status no State has is left out. */
    private String statuses(EnumMap<Status, Integer> counts) {
      List<String> parts = new ArrayList<>();
      counts.forEach((status, count) -> parts.add(say(language, "summary.status-count", "status", status.label(language), "count", count)));
      return parts.isEmpty() ? say(language, "summary.none") : String.join(", ", parts);
    }

    private String states(List<String> states) {
      return states.isEmpty() ? say(language, "summary.none") : String.join(", ", states);
    }

    String text(LocalDate asOf, String bullet) {
      List<StateRecord> undated = roster.undated();
      String day = asOf.toString();
      StringBuilder out = new StringBuilder(say(language, "summary.title", "asOf", day)).append('\n');
      int later = roster.all().size() - assessed;
      out.append(bullet).append(say(language, "summary.states", "total", roster.all().size() + undated.size(), "bundledAsOf", roster.bundledAsOf().toString(),
          "layered", roster.layers().size() > 1, "assessed", assessed, "later", later, "asOf", day, "undated", undated.size())).append('\n');
      out.append(bullet).append(say(language, "summary.bound", "bound", bound, "notYetBound", notYetBinding, "withdrawn", withdrawn.size())).append('\n');
      out.append(bullet).append(say(language, "summary.overdue", "art4", overdueArticle4, "art5", overdueArticle5, "art7", overdueArticle7)).append('\n');
      out.append(bullet).append(say(language, "summary.art4-findings", "statuses", statuses(article4Statuses))).append('\n');
      out.append(bullet).append(say(language, "summary.art5-findings", "statuses", statuses(article5Statuses))).append('\n');
      out.append(bullet).append(say(language, "summary.withdrawals-pending", "states", states(pendingWithdrawals))).append('\n');
      out.append(bullet).append(say(language, "summary.withdrawals-taken-effect", "states", states(withdrawn))).append('\n');
      out.append(bullet).append(say(language, "summary.suspensions", "states", states(suspended))).append('\n');
      notes.forEach((note, count) -> out.append(bullet)
          .append(say(language, "summary.notes", "note", note.label(language), "count", count, "meaning", note.meaning(language))).append('\n'));
      if (!undated.isEmpty()) {
        out.append(bullet).append(say(language, "summary.not-assessed", "codes", String.join(", ", undated.stream().map(StateRecord::iso3).toList()))).append('\n');
      }
      return out.toString();
    }
  }
}
