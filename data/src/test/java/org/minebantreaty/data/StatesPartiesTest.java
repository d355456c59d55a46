package org.minebantreaty.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.Maps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minebantreaty.rules.PreviouslyUnknownMinedAreas;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.Meeting;
import org.minebantreaty.core.MeetingKind;
import org.minebantreaty.core.State;
import org.minebantreaty.core.TreatyCalendar;
import org.minebantreaty.data.Records.ClearanceRecord;
import org.minebantreaty.data.Records.ExtensionRecord;
import org.minebantreaty.data.Records.MeetingRecord;
import org.minebantreaty.data.Records.StateRecord;
import org.minebantreaty.data.Records.StockpileRecord;
import org.minebantreaty.data.Records.WithdrawalRecord;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Citation;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Finding;
import org.minebantreaty.rules.MeetingCalendar;
import org.minebantreaty.rules.Status;
import org.minebantreaty.rules.WithdrawalStatus;

class StatesPartiesTest {

  @Test
  void everyRecordedStateIsEitherAssembledOrListedAsUndated() {
    assertThat(StatesParties.records().states()).hasSize(166);
    assertThat(StatesParties.all().size() + StatesParties.undated().size()).isEqualTo(166);
    assertThat(StatesParties.all()).extracting(State::iso3).doesNotHaveDuplicates();
    assertThat(StatesParties.undated()).allSatisfy(record -> assertThat(record.notes() + record.source()).isNotBlank());
  }

  @Test
  void findsAStateByItsCodeInAnyCase() {
    State ukraine = StatesParties.byCode("UKR").orElseThrow();
    assertThat(StatesParties.byCode("ukr")).contains(ukraine);
    assertThat(ukraine.name()).isEqualTo("Ukraine");
    assertThat(ukraine.suspension()).isPresent();
    assertThat(StatesParties.byCode("XXX")).isEmpty();
  }

  @Test
  void loadsOnceAndHandsOutTheSameValues() {
    assertThat(StatesParties.all()).isSameAs(StatesParties.all());
    assertThat(StatesParties.records()).isSameAs(StatesParties.records());
  }

  /**
   * The library's Art. 17 arithmetic reproduces every entry into force the sources record. A State
   * that differed would have to be fixed in the data with a source, or explained in SOURCES.md and
   * listed here.
   */
  @Test
  void reproducesEveryRecordedEntryIntoForce() {
    List<String> differences = new ArrayList<>();
    int checked = 0;
    for (StateRecord record : StatesParties.records().states()) {
      if (record.entryIntoForceRecorded().isEmpty() || record.depositedOn().isEmpty()) {
        continue;
      }
      State state = StatesParties.byCode(record.iso3()).orElseThrow();
      LocalDate computed = TreatyCalendar.entryIntoForce(state.instrument().orElseThrow());
      checked++;
      if (!computed.equals(record.entryIntoForceRecorded().get())) {
        differences.add(record.iso3() + ": recorded " + record.entryIntoForceRecorded().get() + ", computed " + computed);
      }
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(differences).isEmpty();
  }

  /** No granted Art. 5 period runs beyond ten years from the deadline it replaced (Art. 5(3)). */
  @Test
  void noGrantedExtensionExceedsTenYears() {
    List<String> beyondTenYears = new ArrayList<>();
    int checked = 0;
    for (ExtensionRecord extension : StatesParties.records().extensions()) {
      if (extension.previousDeadline().isEmpty() || extension.grantedUntil().isEmpty()) {
        continue;
      }
      checked++;
      if (extension.grantedUntil().get().isAfter(extension.previousDeadline().get().plusYears(10))) {
        beyondTenYears.add(extension.iso3() + " " + extension.meeting());
      }
    }
    assertThat(checked).isGreaterThan(25);
    assertThat(beyondTenYears).isEmpty();
  }

  /**
   * In every complete extension history, each grant replaced the deadline then in force: the
   * original deadline the library computes, then each earlier grant's new deadline.
   */
  @Test
  void eachGrantReplacesTheDeadlineThenInForce() {
    List<String> differences = new ArrayList<>();
    for (State state : StatesParties.all()) {
      if (StatesParties.incompleteExtensionHistories().contains(state.iso3())) {
        continue;
      }
      LocalDate inForce = TreatyCalendar.minedAreaDestructionDeadline(TreatyCalendar.entryIntoForce(state.instrument().orElseThrow()));
      for (ExtensionRecord extension : StatesParties.records().extensions()) {
        if (!extension.iso3().equals(state.iso3())) {
          continue;
        }
        if (extension.previousDeadline().isPresent() && !extension.previousDeadline().get().equals(inForce)) {
          differences.add(state.iso3() + " " + extension.meeting() + ": recorded " + extension.previousDeadline().get() + ", in force " + inForce);
        }
        inForce = extension.grantedUntil().orElseThrow();
      }
    }
    assertThat(differences).isEmpty();
    assertThat(StatesParties.incompleteExtensionHistories()).containsExactlyInAnyOrder("PER");
  }

  /**
   * A completion the sources date only to the month or the year is judged on its last possible day
   * (D-1). That is sound only when the whole month or year falls on one side of the deadline: one
   * that straddles it would be called late on a day the sources do not give.
   */
  @Test
  void noCompletionKnownOnlyToTheMonthOrYearStraddlesItsDeadline() {
    Convention convention = Convention.standard();
    List<String> straddling = new ArrayList<>();
    for (StockpileRecord stockpile : StatesParties.records().stockpiles()) {
      if (stockpile.completedOn().isEmpty()) {
        continue;
      }
      PartialDate completed = stockpile.completedOn().get();
      State state = StatesParties.byCode(stockpile.iso3()).orElseThrow();
      LocalDate deadline = convention.assess(state, StatesParties.CURRENT_AS_OF).deadlines().stockpileDestruction().orElseThrow();
      if (!completed.earliestDay().isAfter(deadline) && completed.latestDay().isAfter(deadline)) {
        straddling.add(stockpile.iso3() + " Art. 4: completed " + completed + ", deadline " + deadline);
      }
    }
    for (ClearanceRecord clearance : StatesParties.records().clearances()) {
      if (StatesParties.incompleteExtensionHistories().contains(clearance.iso3())) {
        continue;
      }
      PartialDate completed = clearance.completedOn();
      State state = StatesParties.byCode(clearance.iso3()).orElseThrow();
      LocalDate deadlineOnFirstDay = convention.assess(state, completed.earliestDay()).deadlines().minedAreaCurrent().orElseThrow();
      LocalDate deadlineOnLastDay = convention.assess(state, completed.latestDay()).deadlines().minedAreaCurrent().orElseThrow();
      if (!completed.earliestDay().isAfter(deadlineOnFirstDay) && completed.latestDay().isAfter(deadlineOnLastDay)) {
        straddling.add(clearance.iso3() + " Art. 5: completed " + completed + ", deadline " + deadlineOnLastDay);
      }
    }
    assertThat(straddling).isEmpty();
  }

  /**
   * A State whose extension history is incomplete is not judged against its original deadline: its
   * declared completion is withheld with its grants, so Art. 5(1) is unknown rather than met late.
   */
  @Test
  void anIncompleteExtensionHistoryLeavesArticle5Unknown() {
    assertThat(StatesParties.incompleteExtensionHistories()).contains("PER");
    for (String iso3 : StatesParties.incompleteExtensionHistories()) {
      State state = StatesParties.byCode(iso3).orElseThrow();
      assertThat(state.extensionRequests()).as(iso3).allSatisfy(request ->
          assertThat(StatesParties.bundled().extensionHistoryIncompleteOn(iso3, request.decision().orElseThrow().decidedOn())).isFalse());
      List<Finding> article5 = Convention.standard().assess(state, StatesParties.CURRENT_AS_OF).findings().stream()
          .filter(finding -> finding.citation().equals(Citation.article(5, 1)))
          .toList();
      assertThat(article5).as(iso3).singleElement().extracting(Finding::status).isEqualTo(Status.UNKNOWN);
    }
  }

  /**
   * Where a source lists every request a meeting granted, the data set credits that meeting with
   * exactly those States: the 9th Meeting's fifteen (Arms Control Today, January/February 2009), the
   * 10th's six (the ICBL's summary), the 12th's four (Landmine Monitor 2013), the 14th's five (the
   * ISU's record of its last day) and the 18th's seven (the ISU's press release closing it). A grant
   * filed under the wrong meeting, or one of a listed State left out, fails here by name.
   */
  @Test
  void eachMeetingWhoseGrantsArePublishedAsAListIsCreditedWithExactlyThatList() {
    Map<String, List<String>> published = Map.of(
        "9MSP", List.of("BIH", "DNK", "ECU", "GBR", "HRV", "JOR", "MOZ", "NIC", "PER", "SEN", "TCD", "THA", "VEN", "YEM", "ZWE"),
        "10MSP", List.of("COL", "DNK", "GNB", "MRT", "TCD", "ZWE"),
        "12MSP", List.of("AFG", "AGO", "CYP", "ZWE"),
        "14MSP", List.of("CYP", "ETH", "MRT", "NER", "SEN"),
        "18MSP", List.of("BIH", "COD", "COL", "NER", "SEN", "SSD", "UKR"));
    published.forEach((meeting, states) -> assertThat(StatesParties.records().extensions())
        .filteredOn(extension -> extension.meetingCode().equals(Optional.of(meeting)))
        .as(meeting)
        .extracting(ExtensionRecord::iso3)
        .containsExactlyInAnyOrderElementsOf(states));
  }

  /**
   * No source read records an Art. 18 declaration, so none is applied; a row that records one gives
   * its State an instrument applying Art. 1(1) provisionally from deposit.
   */
  @Test
  void aRecordedArticle18DeclarationIsAppliedFromDeposit() {
    assertThat(StatesParties.records().states()).noneMatch(StateRecord::provisionalApplicationDeclared);
    StateRecord declared = new StateRecord("MUS", "Mauritius", Optional.of(LocalDate.of(1997, 12, 3)), false,
        Optional.of(InstrumentKind.RATIFICATION), Optional.of(LocalDate.of(1997, 12, 3)), Optional.empty(),
        Optional.of(LocalDate.of(1999, 3, 1)), true, "a test row", "");
    State state = StatesParties.assemble(declared, StatesParties.records(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(state.instrument().orElseThrow().provisionalApplication()).isTrue();
    assertThat(StatesParties.byCode("MUS").orElseThrow().instrument().orElseThrow().provisionalApplication()).isFalse();
  }

  /** The library dates each 2025 withdrawal's effect on the day the sources announced. */
  @Test
  void reproducesEveryAnnouncedWithdrawalDate() {
    assertThat(StatesParties.records().withdrawals()).hasSize(5);
    for (WithdrawalRecord withdrawal : StatesParties.records().withdrawals()) {
      State state = StatesParties.byCode(withdrawal.iso3()).orElseThrow();
      WithdrawalStatus status = Convention.standard().assess(state, StatesParties.CURRENT_AS_OF).withdrawal();
      assertThat(status.effectiveOn()).as(withdrawal.iso3()).isEqualTo(withdrawal.effectiveAnnounced());
      assertThat(status.hasTakenEffect()).as(withdrawal.iso3()).isTrue();
    }
  }

  @Test
  void aMonthOnlyDateStandsForTheMonthsLastDay() {
    assertThat(PartialDate.parse("2003-04").latestDay()).isEqualTo(LocalDate.of(2003, 4, 30));
    assertThat(PartialDate.parse("2004-02").latestDay()).isEqualTo(LocalDate.of(2004, 2, 29));
    assertThat(PartialDate.parse("2016").latestDay()).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(PartialDate.parse("2016-05-07").toString()).isEqualTo("2016-05-07");
    assertThat(PartialDate.parse("2003-04").toString()).isEqualTo("2003-04");
    assertThatThrownBy(() -> PartialDate.parse("April 2003")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMalformedResourceFailsNamingLineColumnValueAndRule() {
    CsvResource badDate = CsvResource.load("/org/minebantreaty/data/bad-date.csv", List.of("iso3", "when"));
    assertThatThrownBy(() -> badDate.rows().get(0).date("when"))
        .isInstanceOf(DataSetException.class)
        .hasMessage("/org/minebantreaty/data/bad-date.csv line 2, column when, value \"2001-02-30\": expected a date YYYY-MM-DD or an empty cell");
    assertThatThrownBy(() -> CsvResource.load("/org/minebantreaty/data/open-quote.csv", List.of("iso3", "when")))
        .isInstanceOf(DataSetException.class).hasMessageContaining("line 2").hasMessageContaining("not closed");
    assertThatThrownBy(() -> CsvResource.load("/org/minebantreaty/data/wide-row.csv", List.of("iso3", "when")))
        .isInstanceOf(DataSetException.class).hasMessageContaining("the row has 3 cells but the header names 2 columns");
    assertThatThrownBy(() -> CsvResource.load("/org/minebantreaty/data/wide-row.csv", List.of("iso3", "when", "missing")))
        .isInstanceOf(DataSetException.class).hasMessageContaining("column missing").hasMessageContaining("required column");
    CsvResource unsourced = CsvResource.load("/org/minebantreaty/data/unsourced.csv", List.of("iso3", "when", "source"));
    assertThatThrownBy(() -> unsourced.rows().get(0).source())
        .isInstanceOf(DataSetException.class)
        .hasMessage("/org/minebantreaty/data/unsourced.csv line 2, column source, value \"\": every row names the source of its facts");
    assertThatThrownBy(() -> CsvResource.load("/org/minebantreaty/data/none.csv", List.of()))
        .isInstanceOf(DataSetException.class).hasMessageContaining("missing");
  }

  @Test
  void theRecordedMeetingsKeepTheCalendarOfArticles11And12() {
    List<Meeting> meetings = StatesParties.meetings();
    assertThat(meetings).hasSize(27);
    assertThat(meetings).filteredOn(meeting -> meeting.kind() == MeetingKind.REVIEW_CONFERENCE).extracting(meeting -> meeting.closesOn().getYear())
        .containsExactly(2004, 2009, 2014, 2019, 2024);
    assertThat(MeetingCalendar.check(meetings)).extracting(Finding::status).isNotEmpty()
        .allMatch(status -> status == Status.MET || status == Status.INFORMATION);
  }

  /**
   * Niger and Hungary found mined areas after deadlines that had passed with none known: the decision
   * of the Twelfth Meeting, not Art. 5(1), judges them, and Niger's first grant runs from the
   * discovery, so no lapse from 2009 to 2013 is reported.
   */
  @Test
  void areasFoundAfterADeadlinePassedWithNoneKnownAreJudgedUnderTheTwelfthMeetingsDecision() {
    Convention convention = Convention.standard();
    String decision = PreviouslyUnknownMinedAreas.DECISION.reference();
    Assessment niger2019 = convention.assess(StatesParties.byCode("NER").orElseThrow(), LocalDate.of(2019, 1, 1));
    Finding found = niger2019.findings().stream().filter(f -> f.citation().reference().equals(decision)).findFirst().orElseThrow();
    assertThat(found.status()).isEqualTo(Status.PENDING);
    assertThat(found.deadline()).contains(LocalDate.of(2020, 12, 31));
    assertThat(found.reasons()).extracting(reason -> reason.text()).contains("An extension decided on 5 December 2013 runs from the discovery to 31 December 2015");
    assertThat(niger2019.findings()).as("no lapse: the deadline of 2009 passed with no area known")
        .noneMatch(f -> f.status() == Status.MET_LATE || f.status().isAdverse() && f.citation().reference().startsWith("Art. 5"));
    Finding article51 = niger2019.findings().stream().filter(f -> f.citation().reference().equals("Art. 5(1)")).findFirst().orElseThrow();
    assertThat(article51.status()).isEqualTo(Status.NOT_APPLICABLE);
    Assessment hungary = convention.assess(StatesParties.byCode("HUN").orElseThrow(), StatesParties.CURRENT_AS_OF);
    Finding released = hungary.findings().stream().filter(f -> f.citation().reference().equals(decision)).findFirst().orElseThrow();
    assertThat(released.status()).isEqualTo(Status.MET);
    assertThat(released.metOn()).contains(LocalDate.of(2013, 12, 4));
    assertThat(hungary.findings()).as("the area covered by the declaration needs no marking").noneMatch(f -> f.citation().reference().equals("Art. 5(2)"));
  }

  /**
   * Mauritania and Nigeria reported mined areas after declaring completion, without their number: the
   * areas are judged under the Twelfth Meeting's decision and named without a count.
   */
  @Test
  void areasReportedWithoutTheirNumberAreJudgedWithoutACount() {
    assertThat(StatesParties.records().areasFound()).filteredOn(report -> report.iso3().equals("NGA"))
        .singleElement().satisfies(report -> assertThat(report.areas()).isEmpty());
    Convention convention = Convention.standard();
    String decision = PreviouslyUnknownMinedAreas.DECISION.reference();
    Finding nigeria = convention.assess(StatesParties.byCode("NGA").orElseThrow(), StatesParties.CURRENT_AS_OF).findings().stream()
        .filter(f -> f.citation().reference().equals(decision)).findFirst().orElseThrow();
    assertThat(nigeria.status()).isEqualTo(Status.UNKNOWN);
    assertThat(nigeria.deadline()).contains(LocalDate.of(2025, 12, 31));
    assertThat(nigeria.summary()).startsWith("Whether the mined areas found after completion were released");
    Finding mauritania = convention.assess(StatesParties.byCode("MRT").orElseThrow(), StatesParties.CURRENT_AS_OF).findings().stream()
        .filter(f -> f.citation().reference().equals(decision)).findFirst().orElseThrow();
    assertThat(mauritania.status()).isEqualTo(Status.PENDING);
    assertThat(mauritania.summary()).isEqualTo("Mined areas found after completion remain to be released by 31 December 2026");
  }

  @Test
  void aReportOfAreasFoundWithAnUnknownKindOfEvidenceNoAreaOrNoDateIsRefused() {
    List<CsvResource.Row> bad = CsvResource.load("/org/minebantreaty/data/bad-areas-found.csv", List.of("iso3", "identified", "areas", "evidence", "source")).rows();
    assertThatThrownBy(() -> StatesParties.readAreasFound(bad.get(0)))
        .isInstanceOf(DataSetException.class).hasMessageContaining("line 2, column evidence, value \"probable\"").hasMessageContaining("confirmed or suspected");
    assertThatThrownBy(() -> StatesParties.readAreasFound(bad.get(1)))
        .isInstanceOf(DataSetException.class).hasMessageContaining("line 3, column areas, value \"0\"");
    assertThatThrownBy(() -> StatesParties.readAreasFound(bad.get(2)))
        .isInstanceOf(DataSetException.class).hasMessageContaining("line 4, column identified");
  }

  @Test
  void aGrantKnownOnlyByItsMeetingIsDatedToTheMeetingsLastDay() {
    ExtensionRecord angola = StatesParties.records().extensions().stream()
        .filter(extension -> extension.iso3().equals("AGO") && extension.meeting().startsWith("12MSP")).findFirst().orElseThrow();
    assertThat(StatesParties.decisionDay(angola)).contains(LocalDate.of(2012, 12, 7));
    ExtensionRecord senegal = StatesParties.records().extensions().stream()
        .filter(extension -> extension.iso3().equals("SEN") && extension.meeting().startsWith("18MSP")).findFirst().orElseThrow();
    assertThat(StatesParties.decisionDay(senegal)).contains(LocalDate.of(2020, 11, 20));
    for (ExtensionRecord extension : StatesParties.records().extensions()) {
      if (extension.meetingCode().isEmpty() && extension.decidedOn().isEmpty()) {
        if (StatesParties.decisionDay(extension).isEmpty()) {
          assertThat(StatesParties.incompleteExtensionHistories()).as("an undated grant leaves its history incomplete").contains(extension.iso3());
        }
        continue;
      }
      MeetingRecord meeting = StatesParties.records().meeting(extension.meetingCode().orElseThrow()).orElseThrow();
      assertThat(StatesParties.decisionDay(extension)).as(extension.iso3() + " " + extension.meeting())
          .hasValueSatisfying(day -> assertThat(day).isBetween(meeting.opened(), meeting.closed()));
    }
    State angolaState = StatesParties.byCode("AGO").orElseThrow();
    assertThat(angolaState.extensionRequests().get(0).decision().orElseThrow().meeting()).contains("the Twelfth Meeting of the States Parties");
  }

  @Test
  void aMalformedMeetingRecordFailsNamingTheRule() {
    assertThat(StatesParties.readMeetings("/org/minebantreaty/data/test-meetings.csv")).extracting(MeetingRecord::code).containsExactly("11MSP", "12MSP");
    assertThatThrownBy(() -> StatesParties.readMeetings("/org/minebantreaty/data/unordered-meetings.csv"))
        .isInstanceOf(DataSetException.class).hasMessageContaining("line 3, column opened, value \"2011-11-28\"").hasMessageContaining("earliest first");
    assertThatThrownBy(() -> StatesParties.readMeetings("/org/minebantreaty/data/backward-meeting.csv"))
        .isInstanceOf(DataSetException.class).hasMessageContaining("column closed").hasMessageContaining("cannot close before it opens on 2012-12-07");
    assertThatThrownBy(() -> StatesParties.readMeetings("/org/minebantreaty/data/unnamed-meeting-code.csv"))
        .isInstanceOf(DataSetException.class).hasMessageContaining("value \"Twelfth\"").hasMessageContaining("followed by MSP");
    assertThatThrownBy(() -> StatesParties.readMeetings("/org/minebantreaty/data/repeated-meeting.csv"))
        .isInstanceOf(DataSetException.class).hasMessageContaining("line 3, column meeting, value \"12MSP\"").hasMessageContaining("listed once");
  }

  @Test
  void anExtensionMustNameARecordedMeetingInItsYearAndBeDecidedWithinIt() {
    Map<String, MeetingRecord> meetings = Maps.uniqueIndex(StatesParties.readMeetings("/org/minebantreaty/data/test-meetings.csv"), MeetingRecord::code);
    List<CsvResource.Row> good = CsvResource.load("/org/minebantreaty/data/good-extension-meetings.csv", StatesParties.EXTENSION_COLUMNS).rows();
    assertThat(good).map(row -> StatesParties.readExtension(row, meetings))
        .extracting(ExtensionRecord::meetingCode, ExtensionRecord::meetingInference)
        .containsExactly(
            tuple(Optional.of("12MSP"), Optional.empty()),
            tuple(Optional.of("11MSP"), Optional.of("inferred from the year of the request")),
            tuple(Optional.of("12MSP"), Optional.empty()),
            tuple(Optional.empty(), Optional.empty()));
    List<CsvResource.Row> bad = CsvResource.load("/org/minebantreaty/data/bad-extension-meetings.csv", StatesParties.EXTENSION_COLUMNS).rows();
    assertThatThrownBy(() -> StatesParties.readExtension(bad.get(0), meetings))
        .isInstanceOf(DataSetException.class).hasMessageContaining("line 2, column meeting").hasMessageContaining("expected a meeting code");
    assertThatThrownBy(() -> StatesParties.readExtension(bad.get(1), meetings))
        .isInstanceOf(DataSetException.class).hasMessageContaining("records no meeting 13MSP");
    assertThatThrownBy(() -> StatesParties.readExtension(bad.get(2), meetings))
        .isInstanceOf(DataSetException.class).hasMessageContaining("the Twelfth Meeting of the States Parties closed in 2012");
    assertThatThrownBy(() -> StatesParties.readExtension(bad.get(3), meetings))
        .isInstanceOf(DataSetException.class).hasMessageContaining("column decided_on, value \"2012-12-10\"").hasMessageContaining("2012-12-03 to 2012-12-07");
    assertThatThrownBy(() -> StatesParties.readExtension(bad.get(4), meetings))
        .isInstanceOf(DataSetException.class).hasMessageContaining("line 6, column meeting, value \"12MSP 2012 (inferred by guesswork)\"")
        .hasMessageContaining("inferred from the deadline it replaced");
  }

  /**
   * Ukraine missed its deadline of 1 June 2016 without a request; the 17th Meeting's grant of
   * November 2018 ended the lapse, and the deadline in force today is the 21st Meeting's.
   */
  @Test
  void ukraineWasWithoutADeadlineFromJune2016UntilTheSeventeenthMeeting() {
    State ukraine = StatesParties.byCode("UKR").orElseThrow();
    Assessment today = Convention.standard().assess(ukraine, StatesParties.CURRENT_AS_OF);
    assertThat(today.deadlines().minedAreaCurrent()).contains(LocalDate.of(2033, 12, 1));
    assertThat(today.findings()).filteredOn(finding -> finding.status() == Status.MET_LATE && finding.deadline().equals(Optional.of(LocalDate.of(2016, 6, 1))))
        .singleElement()
        .satisfies(lapse -> assertThat(lapse.metOn()).contains(LocalDate.of(2018, 11, 30)));
  }

  /**
   * A meeting the sources do not name is inferred, and every finding that names it says so and how:
   * Serbia's grant to the end of 2024 is credited to the 20th Meeting, the last before the deadline it
   * replaced. Sudan's and Yemen's latest grants still run, so neither deadline is marked passed.
   */
  @Test
  void aMeetingNamedByInferenceSaysHowInItsFindings() {
    Assessment serbia = Convention.standard().assess(StatesParties.byCode("SRB").orElseThrow(), StatesParties.CURRENT_AS_OF);
    assertThat(serbia.findings())
        .filteredOn(finding -> finding.status() == Status.INFORMATION && finding.deadline().equals(Optional.of(LocalDate.of(2024, 12, 31))))
        .singleElement()
        .satisfies(grant -> assertThat(grant.summary()).startsWith(
            "Granted by the Twentieth Meeting of the States Parties (inferred from the deadline it replaced) on 25 November 2022 until 31 December 2024"));
    assertThat(Convention.standard().assess(StatesParties.byCode("SDN").orElseThrow(), StatesParties.CURRENT_AS_OF).deadlines().minedAreaCurrent())
        .contains(LocalDate.of(2027, 4, 1));
    assertThat(Convention.standard().assess(StatesParties.byCode("YEM").orElseThrow(), StatesParties.CURRENT_AS_OF).deadlines().minedAreaCurrent())
        .contains(LocalDate.of(2028, 3, 1));
  }

  /**
   * A grant named by neither its day nor its meeting is dated by the later grant that extended it:
   * from that decision on, the deadline in force is known (Guinea-Bissau's interim grant to 31
   * December 2024, extended by the Fifth Review Conference).
   */
  @Test
  void anUndatedGrantExtendedByADatedOneLeavesTheDeadlineInForceKnown() {
    ExtensionRecord interim = StatesParties.records().extensions().stream()
        .filter(extension -> extension.iso3().equals("GNB") && extension.meeting().isEmpty()).findFirst().orElseThrow();
    assertThat(StatesParties.decisionDay(interim)).contains(LocalDate.of(2024, 11, 29));
    State guineaBissau = StatesParties.byCode("GNB").orElseThrow();
    assertThat(Convention.standard().assess(guineaBissau, LocalDate.of(2026, 12, 2)).deadlines().minedAreaCurrent()).contains(LocalDate.of(2027, 12, 31));
  }

  /** Greece's Art. 4 finding rests on its own count of 24 May 2019, and claims no stockpile size the sources disagree on. */
  @Test
  void greeceIsOverdueOnArticle4WithTheCountItLastReported() {
    Finding article4 = Convention.standard().assess(StatesParties.byCode("GRC").orElseThrow(), LocalDate.of(2026, 12, 2)).findings().stream()
        .filter(finding -> finding.citation().equals(Citation.article(4))).findFirst().orElseThrow();
    assertThat(article4.summary()).isEqualTo("Overdue since 2 March 2008: 343,413 mines remained on 24 May 2019, by the latest count recorded");
    assertThat(article4.toString()).doesNotContain("396,452").doesNotContain("of 343,413");
  }

  /**
   * A State granted an extension had mined areas outstanding then: with no completion declared since,
   * its Art. 5(1) obligation is pending before its deadline, not unknown.
   */
  @Test
  void aStateGrantedAnExtensionWithNoCompletionSinceIsPendingBeforeItsDeadline() {
    Finding afghanistan = Convention.standard().assess(StatesParties.byCode("AFG").orElseThrow(), LocalDate.of(2026, 12, 2)).findings().stream()
        .filter(finding -> finding.citation().equals(Citation.article(5, 1))).findFirst().orElseThrow();
    assertThat(afghanistan.status()).isEqualTo(Status.PENDING);
    assertThat(afghanistan.deadline()).contains(LocalDate.of(2030, 3, 1));
    assertThat(afghanistan.toString()).contains("An extension was granted on 29 November 2024 by the Fifth Review Conference");
  }

  /** Where a source says a State never had mined areas, or never held a stockpile, its findings say not applicable rather than unknown. */
  @Test
  void aStateTheSourcesSayNeverHadMinedAreasOrStockpilesIsNotApplicable() {
    Assessment andorra = Convention.standard().assess(StatesParties.byCode("AND").orElseThrow(), LocalDate.of(2026, 12, 2));
    assertThat(andorra.findings().stream().filter(f -> f.citation().equals(Citation.article(5, 1))).findFirst().orElseThrow().status())
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(andorra.findings().stream().filter(f -> f.citation().equals(Citation.article(4))).findFirst().orElseThrow().status())
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(StatesParties.records().noMinedAreas()).extracting(record -> record.iso3()).contains("AND", "PAN").doesNotContain("BFA", "BEN");
  }

  /**
   * A gap in an extension history withholds only what comes after it: Peru's grant of 2024, recorded
   * without its new deadline, says nothing of the deadline in force in 2015.
   */
  @Test
  void aGapInAnExtensionHistoryWithholdsOnlyWhatComesAfterIt() {
    State peru = StatesParties.byCode("PER").orElseThrow();
    assertThat(Convention.standard().assess(peru, LocalDate.of(2015, 1, 1)).deadlines().minedAreaCurrent()).contains(LocalDate.of(2017, 3, 1));
    assertThat(StatesParties.bundled().extensionHistoryIncompleteOn("PER", LocalDate.of(2015, 1, 1))).isFalse();
    assertThat(StatesParties.bundled().extensionHistoryIncompleteOn("PER", LocalDate.of(2024, 11, 29))).isTrue();
  }
}
