package org.minebantreaty.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.ExtensionDecision;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.HazardEvidence;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.InvalidFactException;
import org.minebantreaty.core.Meeting;
import org.minebantreaty.core.MeetingKind;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.StockpileCount;
import org.minebantreaty.core.Suspension;
import org.minebantreaty.core.Withdrawal;
import org.minebantreaty.data.Records.AreasFoundRecord;
import org.minebantreaty.data.Records.ArmedConflictRecord;
import org.minebantreaty.data.Records.ClearanceRecord;
import org.minebantreaty.data.Records.DataSet;
import org.minebantreaty.data.Records.ExtensionRecord;
import org.minebantreaty.data.Records.MeetingRecord;
import org.minebantreaty.data.Records.StateRecord;
import org.minebantreaty.data.Records.StockpileCountRecord;
import org.minebantreaty.data.Records.StockpileRecord;
import org.minebantreaty.data.Records.SuspensionRecord;
import org.minebantreaty.data.Records.WithdrawalRecord;

/**
 * The real signatories and States Parties, loaded once (on first use) from the bundled, sourced CSV
 * resources described in {@code data/SOURCES.md}.
 *
 * <pre>{@code
 * State ukraine = StatesParties.byCode("UKR").orElseThrow();
 * Assessment today = Convention.standard().assess(ukraine, LocalDate.now());
 * }</pre>
 *
 * <p>{@link #all()} holds a {@link State} for every State whose instrument is dated in the sources.
 * A State whose deposit date is not yet sourced is not guessed: it is listed by {@link #undated()}
 * and left out of {@link #all()}. A malformed resource fails loudly with a {@link DataSetException}.
 */
public final class StatesParties {

  /** The day the data set was last checked against its sources. */
  public static final LocalDate CURRENT_AS_OF = LocalDate.of(2026, 11, 23);

  private StatesParties() {}

  /** Every raw record of the data set, as the sources give it. */
  public static DataSet records() {
    return Loaded.DATA;
  }

  /** A State for every signatory or State Party whose instrument is dated, in alphabetical order. */
  public static ImmutableList<State> all() {
    return Loaded.STATES;
  }

  /** The State with this ISO 3166-1 alpha-3 code (any case), if the data set dates its instrument. */
  public static Optional<State> byCode(String iso3) {
    return Optional.ofNullable(Loaded.BY_CODE.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /** The record of the State with this code (any case), whether or not its instrument is dated. */
  public static Optional<StateRecord> record(String iso3) {
    String code = iso3.toUpperCase(Locale.ROOT);
    return Loaded.DATA.states().stream().filter(state -> state.iso3().equals(code)).findFirst();
  }

  /** The States Parties whose deposit date the sources consulted do not give: not assessed. */
  public static ImmutableList<StateRecord> undated() {
    return Loaded.DATA.states().stream().filter(state -> state.depositedOn().isEmpty()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The day an extension is taken as decided: the recorded day, or, when the sources name only the
   * meeting, the meeting's last day (the latest it can be; interpretation D-2 of {@code SOURCES.md}).
   * Empty if the record names neither.
   */
  public static Optional<LocalDate> decisionDay(ExtensionRecord extension) {
    return decisionDay(extension, Loaded.DATA);
  }

  /**
   * The formal meetings of the States Parties, earliest first: every Meeting of the States Parties
   * (Art. 11) and Review Conference (Art. 12) held so far, each of which can decide Art. 5 extension
   * requests. Check them with {@code MeetingCalendar.check}, or ask which could decide a request
   * before a deadline with {@code MeetingCalendar.forumsBefore}.
   */
  public static ImmutableList<Meeting> meetings() {
    return Loaded.MEETINGS;
  }

  private static Optional<LocalDate> decisionDay(ExtensionRecord extension, DataSet data) {
    if (extension.decidedOn().isPresent()) {
      return extension.decidedOn();
    }
    if (extension.meetingCode().isPresent()) {
      return extension.meetingCode().flatMap(data::meeting).map(MeetingRecord::closed);
    }
    return extendedBy(extension, data).flatMap(next -> decisionDay(next, data));
  }

  /**
   * The later grant that extended the deadline {@code extension} set, when {@code extension} names
   * neither its day nor its meeting: the grant was decided by then at the latest (D-2 of {@code
   * SOURCES.md}), so the deadline in force from the later decision on does not depend on the day.
   */
  private static Optional<ExtensionRecord> extendedBy(ExtensionRecord extension, DataSet data) {
    if (extension.grantedUntil().isEmpty()) {
      return Optional.empty();
    }
    return data.extensions().stream()
        .filter(next -> next != extension && next.iso3().equals(extension.iso3()) && next.previousDeadline().equals(extension.grantedUntil()))
        .findFirst();
  }

  /**
   * The States whose Art. 5 extension history the sources give only in part: a grant without its new
   * deadline, or a decision dated by neither a day nor a meeting year. None of their extensions is
   * applied, since a chain with a missing link would move the deadline wrongly, and neither is their
   * declaration of completion, which would otherwise be judged against the original deadline; their
   * Art. 5 findings say what is not recorded instead.
   */
  public static ImmutableList<String> incompleteExtensionHistories() {
    return Loaded.INCOMPLETE_EXTENSION_HISTORIES;
  }

  private static ImmutableList<String> incompleteExtensionHistories(DataSet data) {
    return data.extensions().stream()
        .filter(extension -> extension.grantedUntil().isEmpty() || decisionDay(extension, data).isEmpty())
        .map(ExtensionRecord::iso3)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /** The parse-once holder: the JVM runs this on first use, and only once, whatever the threads. */
  private static final class Loaded {
    static final DataSet DATA = read();
    static final ImmutableList<String> INCOMPLETE_EXTENSION_HISTORIES = incompleteExtensionHistories(DATA);
    static final ImmutableList<State> STATES = assembleAll(DATA, INCOMPLETE_EXTENSION_HISTORIES);
    static final ImmutableList<Meeting> MEETINGS = DATA.meetings().stream()
        .map(meeting -> Meeting.of(meeting.reviewConference() ? MeetingKind.REVIEW_CONFERENCE : MeetingKind.MEETING_OF_STATES_PARTIES,
            meeting.name() + " (" + meeting.place() + ")", meeting.opened(), meeting.closed()))
        .collect(ImmutableList.toImmutableList());
    static final ImmutableMap<String, State> BY_CODE = STATES.stream().collect(ImmutableMap.toImmutableMap(State::iso3, Function.identity()));
  }

  private static DataSet read() {
    String base = "/org/minebantreaty/data/";
    ImmutableList.Builder<StateRecord> states = ImmutableList.builder();
    for (CsvResource.Row row : CsvResource.load(base + "states.csv", List.of(
        "iso3", "name", "signed", "signatory_date_unknown", "instrument", "deposited", "succession_effective", "eif_recorded", "art18_declared", "source", "notes")).rows()) {
      String iso3 = row.required("iso3");
      if (!iso3.matches("[A-Z]{3}")) {
        throw row.fail("iso3", iso3, "expected three capital letters (ISO 3166-1 alpha-3)");
      }
      Optional<InstrumentKind> kind = Optional.empty();
      if (!row.text("instrument").isEmpty()) {
        try {
          kind = Optional.of(InstrumentKind.valueOf(row.text("instrument").toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknownKind) {
          throw row.fail("instrument", row.text("instrument"), "expected ratification, acceptance, approval, accession or succession");
        }
      }
      states.add(new StateRecord(iso3, row.required("name"), row.date("signed"), row.yes("signatory_date_unknown", false), kind,
          row.date("deposited"), row.date("succession_effective"), row.date("eif_recorded"), row.yes("art18_declared", false),
          row.source(), row.text("notes")));
    }
    ImmutableList.Builder<StockpileRecord> stockpiles = ImmutableList.builder();
    for (CsvResource.Row row : CsvResource.load(base + "stockpiles.csv", List.of("iso3", "held", "held_quantity", "completed", "source", "notes")).rows()) {
      boolean held = row.yes("held", false);
      if (!held && (row.partialDate("completed").isPresent() || row.count("held_quantity").isPresent())) {
        throw row.fail("held", row.text("held"), "a State that held no stockpile has nothing to complete or to hold");
      }
      stockpiles.add(new StockpileRecord(row.required("iso3"), held, row.count("held_quantity"), row.partialDate("completed"), row.source(), row.text("notes")));
    }
    ImmutableList.Builder<StockpileCountRecord> counts = ImmutableList.builder();
    for (CsvResource.Row row : CsvResource.load(base + "stockpile_counts.csv", List.of("iso3", "on", "remaining", "approximate", "source")).rows()) {
      long remaining = row.count("remaining").orElseThrow(() -> row.fail("remaining", "", "a count of the mines remaining is required"));
      counts.add(new StockpileCountRecord(row.required("iso3"), row.requiredDate("on"), remaining, row.yes("approximate", false), row.source()));
    }
    ImmutableList.Builder<ClearanceRecord> clearances = ImmutableList.builder();
    for (CsvResource.Row row : CsvResource.load(base + "clearance.csv", List.of("iso3", "completed", "source")).rows()) {
      clearances.add(new ClearanceRecord(row.required("iso3"), row.partialDate("completed").orElseThrow(() -> row.fail("completed", "", "a completion date is required")), row.source()));
    }
    ImmutableList.Builder<AreasFoundRecord> areasFound = ImmutableList.builder();
    for (CsvResource.Row row : CsvResource.load(base + "areas_found.csv", List.of("iso3", "identified", "areas", "evidence", "source")).rows()) {
      areasFound.add(readAreasFound(row));
    }
    ImmutableList<MeetingRecord> meetings = readMeetings(base + "meetings.csv");
    ImmutableMap<String, MeetingRecord> meetingsByCode = Maps.uniqueIndex(meetings, MeetingRecord::code);
    ImmutableList.Builder<ExtensionRecord> extensions = ImmutableList.builder();
    for (CsvResource.Row row : CsvResource.load(base + "extensions.csv", EXTENSION_COLUMNS).rows()) {
      extensions.add(readExtension(row, meetingsByCode));
    }
    ImmutableList.Builder<WithdrawalRecord> withdrawals = ImmutableList.builder();
    for (CsvResource.Row row : CsvResource.load(base + "withdrawals.csv", List.of("iso3", "received_on", "effective_announced", "source")).rows()) {
      withdrawals.add(new WithdrawalRecord(row.required("iso3"), row.requiredDate("received_on"), row.date("effective_announced"), row.source()));
    }
    ImmutableList.Builder<SuspensionRecord> suspensions = ImmutableList.builder();
    for (CsvResource.Row row : CsvResource.load(base + "suspensions.csv", List.of("iso3", "notified_on", "basis", "source")).rows()) {
      suspensions.add(new SuspensionRecord(row.required("iso3"), row.requiredDate("notified_on"), row.required("basis"), row.source()));
    }
    ImmutableList.Builder<ArmedConflictRecord> conflicts = ImmutableList.builder();
    for (CsvResource.Row row : CsvResource.load(base + "armed_conflicts.csv", List.of("iso3", "name", "first_day", "last_day", "source")).rows()) {
      conflicts.add(new ArmedConflictRecord(row.required("iso3"), row.required("name"), row.requiredDate("first_day"), row.date("last_day"), row.source()));
    }
    DataSet data = new DataSet(states.build(), stockpiles.build(), counts.build(), clearances.build(), areasFound.build(), extensions.build(), withdrawals.build(), suspensions.build(), conflicts.build(), meetings);
    checkReferences(data);
    return data;
  }

  /**
   * Reads a row of areas_found.csv: a dated report of one or more areas, each confirmed or suspected,
   * with their number when the report gave it.
   */
  static AreasFoundRecord readAreasFound(CsvResource.Row row) {
    PartialDate identified = row.partialDate("identified").orElseThrow(() -> row.fail("identified", "", "the day, month or year the areas were identified or reported is required"));
    OptionalLong counted = row.count("areas");
    if (counted.isPresent() && (counted.getAsLong() < 1 || counted.getAsLong() > 10_000)) {
      throw row.fail("areas", String.valueOf(counted.getAsLong()), "a report counts from 1 to 10,000 areas, or is empty when it gave no number");
    }
    OptionalInt areas = counted.isPresent() ? OptionalInt.of((int) counted.getAsLong()) : OptionalInt.empty();
    HazardEvidence evidence;
    try {
      evidence = HazardEvidence.valueOf(row.required("evidence").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw row.fail("evidence", row.text("evidence"), "expected confirmed or suspected");
    }
    return new AreasFoundRecord(row.required("iso3"), identified, areas, evidence, row.source());
  }

  static final List<String> EXTENSION_COLUMNS = List.of("iso3", "meeting", "decided_on", "previous_deadline", "granted_until", "source");

  /** Reads a meetings resource: codes well formed, each meeting closing after it opens, earliest first. */
  static ImmutableList<MeetingRecord> readMeetings(String resource) {
    ImmutableList.Builder<MeetingRecord> meetings = ImmutableList.builder();
    LocalDate previousClose = LocalDate.MIN;
    Set<String> codes = new HashSet<>();
    for (CsvResource.Row row : CsvResource.load(resource, List.of("meeting", "name", "place", "opened", "closed", "source")).rows()) {
      String code = row.required("meeting");
      if (!code.matches("\\d+(MSP|RC)")) {
        throw row.fail("meeting", code, "expected a number followed by MSP (Meeting of the States Parties) or RC (Review Conference)");
      }
      if (!codes.add(code)) {
        throw row.fail("meeting", code, "each meeting is listed once");
      }
      LocalDate opened = row.requiredDate("opened");
      LocalDate closed = row.requiredDate("closed");
      if (closed.isBefore(opened)) {
        throw row.fail("closed", closed.toString(), "a meeting cannot close before it opens on " + opened);
      }
      if (!opened.isAfter(previousClose)) {
        throw row.fail("opened", opened.toString(), "meetings are listed earliest first, each opening after the previous one closed on " + previousClose);
      }
      previousClose = closed;
      meetings.add(new MeetingRecord(code, row.required("name"), row.required("place"), opened, closed, row.source()));
    }
    return meetings.build();
  }

  /**
   * Reads a row of an extensions resource. A named meeting must be one of {@code meetings}, closing in
   * the year the cell gives, and a recorded decision day must fall within its days.
   */
  static ExtensionRecord readExtension(CsvResource.Row row, Map<String, MeetingRecord> meetings) {
    ExtensionRecord extension = new ExtensionRecord(row.required("iso3"), row.text("meeting"), row.date("decided_on"),
        row.date("previous_deadline"), row.date("granted_until"), row.source());
    if (extension.meeting().isEmpty()) {
      return extension;
    }
    Matcher cell = Records.MEETING_CELL.matcher(extension.meeting());
    if (!cell.matches()) {
      throw row.fail("meeting", extension.meeting(), "expected a meeting code of meetings.csv, its year and an optional note in parentheses (\"12MSP 2012\")");
    }
    String note = cell.group(3);
    if (note != null && note.startsWith("inferred") && !Records.MEETING_INFERENCES.contains(note)) {
      throw row.fail("meeting", extension.meeting(), "an inferred meeting gives one of the reasons SOURCES.md explains: "
          + String.join("; ", Records.MEETING_INFERENCES));
    }
    MeetingRecord meeting = meetings.get(cell.group(1));
    if (meeting == null) {
      throw row.fail("meeting", extension.meeting(), "meetings.csv records no meeting " + cell.group(1));
    }
    if (meeting.closed().getYear() != Integer.parseInt(cell.group(2))) {
      throw row.fail("meeting", extension.meeting(), "the " + meeting.name() + " closed in " + meeting.closed().getYear());
    }
    Optional<LocalDate> decided = extension.decidedOn();
    if (decided.isPresent() && (decided.get().isBefore(meeting.opened()) || decided.get().isAfter(meeting.closed()))) {
      throw row.fail("decided_on", decided.get().toString(),
          "a decision of the " + meeting.name() + " falls within its days, " + meeting.opened() + " to " + meeting.closed());
    }
    return extension;
  }

  private static void checkReferences(DataSet data) {
    ImmutableMap<String, StateRecord> known = data.states().stream().collect(ImmutableMap.toImmutableMap(StateRecord::iso3, Function.identity()));
    List<List<String>> references = List.of(
        data.stockpiles().stream().map(StockpileRecord::iso3).toList(),
        data.stockpileCounts().stream().map(StockpileCountRecord::iso3).toList(),
        data.clearances().stream().map(ClearanceRecord::iso3).toList(),
        data.areasFound().stream().map(AreasFoundRecord::iso3).toList(),
        data.extensions().stream().map(ExtensionRecord::iso3).toList(),
        data.withdrawals().stream().map(WithdrawalRecord::iso3).toList(),
        data.suspensions().stream().map(SuspensionRecord::iso3).toList(),
        data.armedConflicts().stream().map(ArmedConflictRecord::iso3).toList());
    List<String> files = List.of("stockpiles.csv", "stockpile_counts.csv", "clearance.csv", "areas_found.csv", "extensions.csv", "withdrawals.csv", "suspensions.csv", "armed_conflicts.csv");
    for (int file = 0; file < references.size(); file++) {
      List<String> codes = references.get(file);
      for (String code : codes) {
        if (!known.containsKey(code)) {
          throw new DataSetException("a record of " + files.get(file) + " names the State " + code + ", which states.csv does not list", null);
        }
      }
      // A State holds one stockpile record, one completion, one withdrawal and one suspension: a second
      // row would silently replace the first.
      boolean onePerState = List.of("stockpiles.csv", "clearance.csv", "withdrawals.csv", "suspensions.csv").contains(files.get(file));
      if (onePerState) {
        for (int i = 0; i < codes.size(); i++) {
          if (codes.indexOf(codes.get(i)) != i) {
            throw new DataSetException(files.get(file) + " holds a second row for " + codes.get(i) + "; it allows one per State", null);
          }
        }
      }
    }
  }

  private static ImmutableList<State> assembleAll(DataSet data, ImmutableList<String> incompleteExtensionHistories) {
    ImmutableListMultimap<String, StockpileRecord> stockpiles = Multimaps.index(data.stockpiles(), StockpileRecord::iso3);
    ImmutableListMultimap<String, StockpileCountRecord> counts = Multimaps.index(data.stockpileCounts(), StockpileCountRecord::iso3);
    ImmutableListMultimap<String, ClearanceRecord> clearances = Multimaps.index(data.clearances(), ClearanceRecord::iso3);
    ImmutableListMultimap<String, AreasFoundRecord> areasFound = Multimaps.index(data.areasFound(), AreasFoundRecord::iso3);
    ImmutableListMultimap<String, ExtensionRecord> extensions = Multimaps.index(data.extensions(), ExtensionRecord::iso3);
    ImmutableListMultimap<String, WithdrawalRecord> withdrawals = Multimaps.index(data.withdrawals(), WithdrawalRecord::iso3);
    ImmutableListMultimap<String, SuspensionRecord> suspensions = Multimaps.index(data.suspensions(), SuspensionRecord::iso3);
    ImmutableListMultimap<String, ArmedConflictRecord> conflicts = Multimaps.index(data.armedConflicts(), ArmedConflictRecord::iso3);
    ImmutableList.Builder<State> states = ImmutableList.builder();
    for (StateRecord record : data.states()) {
      if (record.depositedOn().isEmpty()) {
        continue;
      }
      String code = record.iso3();
      try {
        // A completion judged against the original deadline of a State that was granted extensions
        // would be called late on no evidence, so an incomplete history withholds the completion too.
        boolean incomplete = incompleteExtensionHistories.contains(code);
        states.add(assemble(record, data, stockpiles.get(code), counts.get(code), incomplete ? List.of() : clearances.get(code),
            incomplete ? List.of() : areasFound.get(code), incomplete ? List.of() : extensions.get(code), withdrawals.get(code),
            suspensions.get(code), conflicts.get(code)));
      } catch (InvalidFactException invalid) {
        throw new DataSetException("the records of " + code + " do not make a valid State: " + invalid.getMessage(), invalid);
      }
    }
    return states.build();
  }

  static State assemble(
      StateRecord record,
      DataSet data,
      List<StockpileRecord> stockpiles,
      List<StockpileCountRecord> counts,
      List<ClearanceRecord> clearances,
      List<AreasFoundRecord> areasFound,
      List<ExtensionRecord> extensions,
      List<WithdrawalRecord> withdrawals,
      List<SuspensionRecord> suspensions,
      List<ArmedConflictRecord> conflicts) {
    State.Builder state = State.builder().name(record.name()).iso3(record.iso3()).signatoryWithUnknownDate(record.signatoryWithUnknownDate());
    record.signedOn().ifPresent(state::signedOn);
    boolean signatory = record.signedOn().isPresent() || record.signatoryWithUnknownDate();
    // Which of the signatory's instruments it deposited does not change any date; when the sources do
    // not say, a signatory's instrument is read as a ratification and a non-signatory's as an accession.
    InstrumentKind kind = record.instrument().orElse(signatory ? InstrumentKind.RATIFICATION : InstrumentKind.ACCESSION);
    Instrument.Builder instrument = Instrument.builder().kind(kind).depositedOn(record.depositedOn().orElseThrow())
        .provisionalApplication(record.provisionalApplicationDeclared());
    record.successionEffective().ifPresent(instrument::successionDate);
    state.instrument(instrument.build());
    for (StockpileRecord stockpile : stockpiles) {
      if (!stockpile.held()) {
        state.stockpileHoldingsKnown(true);
      } else if (stockpile.completedOn().isPresent()) {
        state.stockpileDestructionCompletedOn(stockpile.completedOn().get().latestDay());
      } else if (stockpile.heldQuantity().isPresent()) {
        state.addStockpile(Stockpile.builder().quantity(stockpile.heldQuantity().getAsLong()).build());
      } else {
        state.stockpileHeldInUnknownQuantity(true);
      }
    }
    for (StockpileCountRecord count : counts) {
      state.addStockpileCount(count.approximate() ? StockpileCount.about(count.on(), count.remaining()) : StockpileCount.of(count.on(), count.remaining()));
    }
    // The declarations of completion of every State granted an extension were checked against the
    // sources' lists (SOURCES.md, D-7): none recorded means none made, so the mined areas that made it
    // ask remain outstanding.
    state.minedAreaCompletionKnown(!extensions.isEmpty());
    for (ClearanceRecord clearance : clearances) {
      state.minedAreaCompletionDeclaredOn(clearance.completedOn().latestDay());
    }
    // Reports of previously unknown areas by a State that had not declared completion before them are
    // its whole record of mined areas: it had reported none outstanding (SOURCES.md, D-5). After a
    // completion, the areas cleared before it are not recorded, so the record stays incomplete.
    Optional<LocalDate> firstReport = areasFound.stream().map(report -> report.identifiedOn().latestDay()).min(LocalDate::compareTo);
    state.minedAreasKnown(firstReport.isPresent()
        && clearances.stream().noneMatch(clearance -> clearance.completedOn().latestDay().isBefore(firstReport.get())));
    for (AreasFoundRecord report : areasFound) {
      String evidence = report.evidence() == HazardEvidence.CONFIRMED ? "confirmed" : "suspected";
      MinedArea.Builder reported = MinedArea.builder()
          .evidence(report.evidence())
          .identifiedOn(report.identifiedOn().latestDay())
          .knownOnlyFromItsDiscovery(true);
      if (report.areas().isEmpty()) {
        state.addMinedArea(reported.id(evidence + " areas reported " + report.identifiedOn() + ", their number not reported")
            .standsForAnUnreportedNumberOfAreas(true).build());
      } else {
        int count = report.areas().getAsInt();
        for (int i = 1; i <= count; i++) {
          state.addMinedArea(reported.id(evidence + " area " + i + " of " + count + " reported " + report.identifiedOn()).build());
        }
      }
    }
    for (ExtensionRecord extension : extensions) {
      ExtensionDecision.Builder decision = ExtensionDecision.builder()
          .decidedOn(decisionDay(extension, data).orElseThrow())
          .grantedUntil(extension.grantedUntil().orElseThrow());
      extension.meetingCode().flatMap(data::meeting)
          .ifPresent(meeting -> decision.meeting("the " + meeting.name() + extension.meetingInference().map(how -> " (" + how + ")").orElse("")));
      if (extension.meetingCode().isEmpty() && extension.decidedOn().isEmpty()) {
        decision.meeting("a meeting the sources read do not name, decided at the latest when the next grant extended it");
      }
      state.addExtensionRequest(ExtensionRequest.builder().decision(decision.build()).build());
    }
    for (WithdrawalRecord withdrawal : withdrawals) {
      state.withdrawal(Withdrawal.receivedOn(withdrawal.receivedOn()));
    }
    for (SuspensionRecord suspension : suspensions) {
      state.suspension(Suspension.notifiedOn(suspension.notifiedOn(), suspension.basis()));
    }
    for (ArmedConflictRecord conflict : conflicts) {
      state.addArmedConflict(conflict.lastDay().isPresent()
          ? ArmedConflict.between(conflict.name(), conflict.firstDay(), conflict.lastDay().get())
          : ArmedConflict.ongoingSince(conflict.name(), conflict.firstDay()));
    }
    return state.build();
  }
}
