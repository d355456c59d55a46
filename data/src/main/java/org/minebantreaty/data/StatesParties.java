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
import java.nio.file.Path;
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

  /** The day the bundled data set was last checked against its sources. */
  public static final LocalDate CURRENT_AS_OF = LocalDate.of(2026, 12, 2);

  private StatesParties() {}

  /**
   * The bundled data set, loaded once on first use. A malformed bundle throws a {@link
   * DataSetException} naming the file, line, column and value, on the first use and on every use
   * after it.
   *
   * @return the bundled data set
   */
  public static Roster bundled() {
    Object loaded = Bundled.LOADED;
    if (loaded instanceof DataSetException failure) {
      throw new DataSetException(failure.getMessage(), failure);
    }
    return (Roster) loaded;
  }

  /**
   * The bundled data set with the CSV files of {@code directory} laid over it: a user's own records,
   * such as the decisions of a Meeting held after the bundled set's date, without rebuilding the
   * library. The files have the bundled ones' names and columns, and any of them may be absent.
   * Their rows add to the bundled rows, or replace the bundled row with the same key:
   *
   * <ul>
   *   <li>{@code states.csv}, {@code stockpiles.csv}, {@code clearance.csv}, {@code withdrawals.csv},
   *       {@code suspensions.csv}: the State ({@code iso3}); one row per State;
   *   <li>{@code extensions.csv}: the State and the meeting (or, with no meeting, the decision day,
   *       or the new deadline);
   *   <li>{@code stockpile_counts.csv}: the State and the day; {@code areas_found.csv}: the State,
   *       the day and the evidence; {@code armed_conflicts.csv}: the State and the first day;
   *   <li>{@code meetings.csv}: the meeting's code.
   * </ul>
   *
   * Every row names its source. A file of another name, a misspelled or repeated column, a bad cell,
   * two rows with one key, or records that contradict each other are refused with a {@link
   * DataSetException} naming the file, line, column and value, and nothing is loaded.
   *
   * @param directory the directory whose CSV files are laid over the bundled ones
   * @return the bundled data set with the files of {@code directory} laid over it
   */
  public static Roster load(Path directory) {
    bundled();
    try {
      return DataSetLoader.load(List.of(Layer.bundled(), Layer.directory(directory)));
    } catch (DataSetException refused) {
      throw refused;
    } catch (RuntimeException unforeseen) {
      throw new DataSetException(directory + " cannot be loaded: " + unforeseen, unforeseen);
    }
  }

  /**
   * Every raw record of the bundled data set, as the sources give it.
   *
   * @return the raw records of the bundled data set
   */
  public static DataSet records() {
    return bundled().records();
  }

  /**
   * A State for every signatory or State Party whose instrument the bundled set dates, in alphabetical order.
   *
   * @return the States whose instrument the bundled set dates, in alphabetical order of name
   */
  public static ImmutableList<State> all() {
    return bundled().all();
  }

  /**
   * The State with this ISO 3166-1 alpha-3 code (any case), if the bundled set dates its instrument.
   *
   * @param iso3 the State's ISO 3166-1 alpha-3 code, in any case
   * @return the State with that code, or empty if the bundled set has none or does not date its instrument
   */
  public static Optional<State> byCode(String iso3) {
    return bundled().byCode(iso3);
  }

  /**
   * The record of the State with this code (any case), whether or not its instrument is dated.
   *
   * @param iso3 the State's ISO 3166-1 alpha-3 code, in any case
   * @return the State's record, or empty if the bundled set has none with that code
   */
  public static Optional<StateRecord> record(String iso3) {
    return bundled().record(iso3);
  }

  /**
   * The States Parties whose deposit date the sources consulted do not give: not assessed.
   *
   * @return the records of the bundled set with no deposit date, in the order of the records
   */
  public static ImmutableList<StateRecord> undated() {
    return bundled().undated();
  }

  /**
   * The day an extension is taken as decided: the recorded day, or, when the sources name only the
   * meeting, the meeting's last day (the latest it can be; interpretation D-2 of {@code SOURCES.md}),
   * or, when they name neither, the day the later grant that extended it was decided. Empty if none
   * of these is known.
   *
   * @param extension an extension record; its meeting and any later grant are looked up in the bundled set
   * @return the day the extension is taken as decided, or empty if none is known
   */
  public static Optional<LocalDate> decisionDay(ExtensionRecord extension) {
    return decisionDay(extension, bundled().records());
  }

  /**
   * The formal meetings of the States Parties, earliest first: every Meeting of the States Parties
   * (Art. 11) and Review Conference (Art. 12) held so far, each of which can decide Art. 5 extension
   * requests. Check them with {@code MeetingCalendar.check}, or ask which could decide a request
   * before a deadline with {@code MeetingCalendar.forumsBefore}.
   *
   * @return the Meetings of the States Parties and Review Conferences of the bundled set, earliest first
   */
  public static ImmutableList<Meeting> meetings() {
    return bundled().meetings();
  }

  static Optional<LocalDate> decisionDay(ExtensionRecord extension, DataSet data) {
    if (extension.decidedOn().isPresent()) {
      return extension.decidedOn();
    }
    if (extension.meetingCode().isPresent()) {
      return extension.meetingCode().flatMap(data::meeting).map(MeetingRecord::closed);
    }
    // A chain of undated grants ends at a dated one; a chain that loops (a user's rows each extending
    // the other) dates nothing.
    // By identity: the chain's records are the data set's own, and a run need not hash a record's every field.
    java.util.Set<ExtensionRecord> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Optional<ExtensionRecord> next = extendedBy(extension, data);
    while (next.isPresent() && seen.add(next.get())) {
      if (next.get().decidedOn().isPresent() || next.get().meetingCode().isPresent()) {
        return decisionDay(next.get(), data);
      }
      next = extendedBy(next.get(), data);
    }
    return Optional.empty();
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
   * The States whose Art. 5 extension history the bundled sources give only in part: a grant without
   * its new deadline, or a decision dated by neither a day, a meeting nor a later grant. None of their
   * extensions is applied, since a chain with a missing link would move the deadline wrongly, and
   * neither is their declaration of completion, which would otherwise be judged against the original
   * deadline; their Art. 5 findings say what is not recorded instead.
   *
   * @return the ISO 3166-1 alpha-3 codes of those States, in the order of their extension records
   */
  public static ImmutableList<String> incompleteExtensionHistories() {
    return bundled().incompleteExtensionHistories();
  }

  private static boolean isIncomplete(ExtensionRecord extension, DataSet data) {
    return extension.grantedUntil().isEmpty() || decisionDay(extension, data).isEmpty();
  }

  /**
   * For each State whose extension history is incomplete, in the order of the records, the day from
   * which it is: the decision of its first grant recorded without its new deadline, or {@link
   * LocalDate#MIN} when a grant is dated by nothing at all. The grants decided before that day are
   * applied: a gap in 2024 says nothing of the deadline in force in 2015.
   */
  static ImmutableMap<String, LocalDate> incompleteFrom(DataSet data) {
    Map<String, LocalDate> from = new java.util.LinkedHashMap<>();
    for (ExtensionRecord extension : data.extensions()) {
      if (isIncomplete(extension, data)) {
        from.merge(extension.iso3(), decisionDay(extension, data).orElse(LocalDate.MIN), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return ImmutableMap.copyOf(from);
  }

  /** The parse-once holder of the bundled set, or of the reason it could not be loaded. */
  private static final class Bundled {
    static final Object LOADED = loadOrFailure();

    private static Object loadOrFailure() {
      try {
        return DataSetLoader.load(List.of(Layer.bundled()));
      } catch (DataSetException failure) {
        return failure;
      } catch (RuntimeException unforeseen) {
        // Whatever the cause, every use fails the same way, with the library's exception.
        return new DataSetException("the bundled data set cannot be loaded: " + unforeseen, unforeseen);
      }
    }
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

  /** Reads a bundled meetings resource: codes well formed, each meeting closing after it opens, earliest first. */
  static ImmutableList<MeetingRecord> readMeetings(String resource) {
    return readMeetings(CsvResource.load(resource, MEETING_COLUMNS).rows()).stream().map(Sourced::value).collect(ImmutableList.toImmutableList());
  }

  static final List<String> MEETING_COLUMNS = List.of("meeting", "name", "place", "opened", "closed", "source");

  /** Reads the rows of one meetings file: codes well formed and listed once, each closing after it opens, earliest first. */
  static List<Sourced<MeetingRecord>> readMeetings(List<CsvResource.Row> rows) {
    List<Sourced<MeetingRecord>> meetings = new java.util.ArrayList<>();
    LocalDate previousClose = LocalDate.MIN;
    Set<String> codes = new HashSet<>();
    for (CsvResource.Row row : rows) {
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
      try {
        Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, code, opened, closed);
      } catch (InvalidFactException impossible) {
        throw row.fail("opened", opened.toString(), impossible.getMessage());
      }
      previousClose = closed;
      meetings.add(Sourced.of(new MeetingRecord(code, row.required("name"), row.required("place"), opened, closed, row.source()), row, code));
    }
    return meetings;
  }

  /**
   * Reads a row of an extensions resource. A named meeting must be one of {@code meetings}, closing in
   * the year the cell gives, and a recorded decision day must fall within its days.
   */
  static ExtensionRecord readExtension(CsvResource.Row row, Map<String, MeetingRecord> meetings) {
    ExtensionRecord extension = new ExtensionRecord(row.required("iso3"), row.text("meeting"), row.date("decided_on"),
        row.date("previous_deadline"), row.date("granted_until"), row.source());
    if (extension.previousDeadline().isPresent() && extension.grantedUntil().isPresent()
        && !extension.grantedUntil().get().isAfter(extension.previousDeadline().get())) {
      throw row.fail("granted_until", extension.grantedUntil().get().toString(), "an extension runs beyond the deadline it replaced, " + extension.previousDeadline().get());
    }
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
      // Ids are references, the same in every language: the State, the day reported and the area's place in the report.
      String reference = record.iso3() + "-" + report.identifiedOn() + "-" + (report.evidence() == HazardEvidence.CONFIRMED ? "C" : "S");
      MinedArea.Builder reported = MinedArea.builder()
          .evidence(report.evidence())
          .identifiedOn(report.identifiedOn().latestDay())
          .knownOnlyFromItsDiscovery(true);
      if (report.areas().isEmpty()) {
        state.addMinedArea(reported.id(reference)
            .standsForAnUnreportedNumberOfAreas(true).build());
      } else {
        int count = report.areas().getAsInt();
        for (int i = 1; i <= count; i++) {
          state.addMinedArea(reported.id(reference + "-" + i + "/" + count).build());
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
