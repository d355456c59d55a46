package org.minebantreaty.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.Destruction;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.data.Roster;
import org.minebantreaty.data.StatesParties;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Deadlines;

/**
 * The law of no hindsight, over the real data set: on every day on which a fact or a deadline of any
 * State changes (and the day after), the overview computed from the full records equals the
 * overview computed from the records cut to that day, row by row and in its summary.
 */
class OverviewHindsightTest {

  private static final LocalDate FIRST = LocalDate.of(1997, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2035, 12, 31);
  private static final Convention CONVENTION = Convention.standard();
  private static final Roster ROSTER = StatesParties.bundled();
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void theOverviewOnEveryDayAFactOrDeadlineChangesEqualsTheOverviewOfTheFactsKnownThen() {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (State state : StatesParties.all()) {
      days.addAll(changeDays(state));
    }
    assertThat(days).hasSizeGreaterThan(500);
    for (LocalDate day : days) {
      List<Assessment> full = StatesParties.all().stream().map(state -> CONVENTION.assess(state, day)).toList();
      List<Assessment> known = StatesParties.all().stream().map(state -> CONVENTION.assess(state.asKnownOn(day), day)).toList();
      for (OverviewCommand.Format format : OverviewCommand.Format.values()) {
        assertThat(OverviewCommand.render(ROSTER, full, day, TODAY, format, java.util.Locale.ENGLISH)).as("the %s overview on %s", format, day)
            .isEqualTo(OverviewCommand.render(ROSTER, known, day, TODAY, format, java.util.Locale.ENGLISH));
      }
      for (int i = 0; i < full.size(); i++) {
        assertThat(full.get(i)).as("%s on %s", full.get(i).state().iso3(), day).isEqualTo(known.get(i));
        assertThat(full.get(i).toJson()).isEqualTo(known.get(i).toJson());
        assertThat(full.get(i).toText()).isEqualTo(known.get(i).toText());
      }
    }
  }

  @Test
  void noViewOfAnAssessmentMentionsAFactDatedAfterIt() {
    LocalDate asOf = LocalDate.of(2025, 1, 1);
    String overview = OverviewCommand.render(ROSTER, asOf, TODAY, OverviewCommand.Format.TEXT, java.util.Locale.ENGLISH);
    assertThat(overview).doesNotContain("suspension notified").doesNotContain("2025-07-18").doesNotContain("took effect")
        .contains("notified suspensions (every obligation still binds): none");
    Assessment ukraine = CONVENTION.assess(StatesParties.byCode("UKR").orElseThrow(), asOf);
    assertThat(ukraine.state().suspension()).isEmpty();
    assertThat(ukraine.toText() + ukraine.toJson() + ukraine.toMarkdown()).doesNotContain("18 July 2025").doesNotContain("2025-07-18");
    assertThat(OverviewCommand.render(ROSTER, LocalDate.of(1990, 1, 1), TODAY, OverviewCommand.Format.TEXT, java.util.Locale.ENGLISH)).doesNotContain("suspension notified").doesNotContain("(notified");
    assertThat(overview).as("Tonga acceded on 25 June 2025").doesNotContain("Tonga").contains("1 not yet signatories or States Parties on 2025-01-01");
    assertThat(OverviewCommand.render(ROSTER, LocalDate.of(2015, 1, 1), TODAY, OverviewCommand.Format.TEXT, java.util.Locale.ENGLISH))
        .as("Peru's gap of 2024 says nothing of 2015").containsPattern("\nPeru +PER +1999-03-01 +met +\\w+ +2017-03-01 ");
  }

  /** Every day in 1997–2035 on which a fact of {@code state} is dated or a deadline falls, and the day after each. */
  static TreeSet<LocalDate> changeDays(State state) {
    TreeSet<LocalDate> days = new TreeSet<>();
    Stream.Builder<Optional<LocalDate>> dates = Stream.builder();
    dates.add(state.signedOn());
    state.instrument().ifPresent(instrument -> dates.add(Optional.of(instrument.depositedOn())));
    for (Stockpile stockpile : state.stockpiles()) {
      dates.add(stockpile.foundOn()).add(stockpile.reportedOn());
      for (Destruction destruction : stockpile.destructions()) {
        dates.add(Optional.of(destruction.on()));
      }
    }
    state.stockpileCounts().forEach(count -> dates.add(Optional.of(count.on())));
    state.retainedMines().forEach(record -> dates.add(Optional.of(record.on())));
    for (MinedArea area : state.minedAreas()) {
      dates.add(area.identifiedOn()).add(area.protectedSince()).add(area.releasedOn());
    }
    dates.add(state.minedAreaCompletionDeclaredOn()).add(state.stockpileDestructionCompletedOn());
    for (ExtensionRequest request : state.extensionRequests()) {
      dates.add(request.submittedOn()).add(request.decision().map(d -> d.decidedOn())).add(request.decision().flatMap(d -> d.grantedUntil()));
    }
    state.transparencyReports().forEach(report -> dates.add(Optional.of(report.submittedOn())));
    dates.add(state.withdrawal().map(w -> w.receivedOn())).add(state.suspension().map(s -> s.notifiedOn()));
    for (ArmedConflict conflict : state.armedConflicts()) {
      dates.add(Optional.of(conflict.firstDay())).add(conflict.lastDay());
    }
    Deadlines deadlines = CONVENTION.assess(state, LAST).deadlines();
    dates.add(deadlines.entryIntoForce()).add(deadlines.stockpileDestruction()).add(deadlines.minedAreaOriginal())
        .add(deadlines.minedAreaCurrent()).add(deadlines.initialReport()).add(deadlines.withdrawalEffective());
    // The annual reports fall due on 30 April, and the next one shown moves the day after.
    for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
      dates.add(Optional.of(LocalDate.of(year, 4, 30)));
    }
    dates.build().flatMap(Optional::stream).forEach(day -> {
      days.add(day);
      days.add(day.plusDays(1));
    });
    return new TreeSet<>(days.subSet(FIRST, true, LAST, true));
  }
}
