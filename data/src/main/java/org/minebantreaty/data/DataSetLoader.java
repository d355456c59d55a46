package org.minebantreaty.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.InvalidFactException;
import org.minebantreaty.core.State;
import org.minebantreaty.core.TreatyCalendar;
import org.minebantreaty.data.Records.AreasFoundRecord;
import org.minebantreaty.data.Records.ArmedConflictRecord;
import org.minebantreaty.data.Records.ClearanceRecord;
import org.minebantreaty.data.Records.DataSet;
import org.minebantreaty.data.Records.ExtensionRecord;
import org.minebantreaty.data.Records.MeetingRecord;
import org.minebantreaty.data.Records.NoMinedAreasRecord;
import org.minebantreaty.data.Records.StateRecord;
import org.minebantreaty.data.Records.StockpileCountRecord;
import org.minebantreaty.data.Records.StockpileRecord;
import org.minebantreaty.data.Records.SuspensionRecord;
import org.minebantreaty.data.Records.WithdrawalRecord;

/**
 * Reads the layers of a data set, bundled first, lays each over the one before by the keys {@link
 * StatesParties#load} documents, checks the records against each other and builds the States. Every
 * refusal names a file and a line; nothing is returned unless everything holds.
 */
final class DataSetLoader {

  /** The files of a data set, in the order they are read, with their columns. */
  static final ImmutableMap<String, List<String>> COLUMNS = ImmutableMap.<String, List<String>>builder()
      .put("meetings.csv", StatesParties.MEETING_COLUMNS)
      .put("states.csv", List.of("iso3", "name", "signed", "signatory_date_unknown", "instrument", "deposited", "succession_effective",
          "eif_recorded", "art18_declared", "source"))
      .put("stockpiles.csv", List.of("iso3", "held", "held_quantity", "completed", "source"))
      .put("stockpile_counts.csv", List.of("iso3", "on", "remaining", "approximate", "source"))
      .put("clearance.csv", List.of("iso3", "completed", "source"))
      .put("areas_found.csv", List.of("iso3", "identified", "areas", "evidence", "source"))
      .put("no_mined_areas.csv", List.of("iso3", "source"))
      .put("extensions.csv", StatesParties.EXTENSION_COLUMNS)
      .put("withdrawals.csv", List.of("iso3", "received_on", "effective_announced", "source"))
      .put("suspensions.csv", List.of("iso3", "notified_on", "basis", "source"))
      .put("armed_conflicts.csv", List.of("iso3", "name", "first_day", "last_day", "source"))
      .buildOrThrow();

  private DataSetLoader() {}

  static Roster load(List<Layer> layers) {
    Map<String, List<Sourced<?>>> merged = new LinkedHashMap<>();
    for (String file : Layer.FILES) {
      merged.put(file, new ArrayList<>());
    }
    List<String> described = new ArrayList<>();
    for (Layer layer : layers) {
      layer.checkNoOtherFiles();
      described.add(layer.describe());
      Map<String, CsvResource> files = new LinkedHashMap<>();
      for (String file : Layer.FILES) {
        layer.file(file, COLUMNS.get(file)).ifPresent(resource -> files.put(file, resource));
      }
      if (layer.isBundled()) {
        Manifest.check(files);
      }
      // Meetings first: an extension names a meeting of this layer or of one below it.
      List<Sourced<MeetingRecord>> meetings = files.containsKey("meetings.csv") ? StatesParties.readMeetings(files.get("meetings.csv").rows()) : List.of();
      lay(merged.get("meetings.csv"), meetings);
      Map<String, MeetingRecord> meetingsByCode = new LinkedHashMap<>();
      for (Sourced<?> meeting : merged.get("meetings.csv")) {
        meetingsByCode.put(meeting.key(), (MeetingRecord) meeting.value());
      }
      for (Map.Entry<String, CsvResource> file : files.entrySet()) {
        if (!file.getKey().equals("meetings.csv")) {
          lay(merged.get(file.getKey()), read(file.getKey(), file.getValue(), meetingsByCode));
        }
      }
    }
    checkMeetingsApart(merged.get("meetings.csv"));
    DataSet data = new DataSet(
        values(merged, "states.csv", StateRecord.class),
        values(merged, "stockpiles.csv", StockpileRecord.class),
        values(merged, "stockpile_counts.csv", StockpileCountRecord.class),
        values(merged, "clearance.csv", ClearanceRecord.class),
        values(merged, "areas_found.csv", AreasFoundRecord.class),
        values(merged, "no_mined_areas.csv", NoMinedAreasRecord.class),
        values(merged, "extensions.csv", ExtensionRecord.class),
        values(merged, "withdrawals.csv", WithdrawalRecord.class),
        values(merged, "suspensions.csv", SuspensionRecord.class),
        values(merged, "armed_conflicts.csv", ArmedConflictRecord.class),
        values(merged, "meetings.csv", MeetingRecord.class).stream().sorted(Comparator.comparing(MeetingRecord::opened)).collect(ImmutableList.toImmutableList()));
    checkReferences(merged);
    checkNoMinedAreas(merged);
    checkWithdrawals(merged, data);
    ImmutableMap<String, LocalDate> incompleteFrom = StatesParties.incompleteFrom(data);
    return new Roster(data, assembleAll(merged, data, incompleteFrom), incompleteFrom, ImmutableList.copyOf(described));
  }

  /** Lays {@code rows} of one file of a layer over {@code below}: a row replaces the one below with its key; one layer may not repeat a key. */
  private static void lay(List<Sourced<?>> below, List<? extends Sourced<?>> rows) {
    // Each record's place by each of its keys: a layer costs a look-up a row, not a comparison with every row below.
    Map<String, Integer> belowByKey = new java.util.HashMap<>();
    Map<String, Integer> belowByAlternate = new java.util.HashMap<>();
    for (int i = 0; i < below.size(); i++) {
      index(below.get(i), i, belowByKey, belowByAlternate);
    }
    Map<String, Sourced<?>> layerByKey = new java.util.HashMap<>();
    Map<String, Sourced<?>> layerByAlternate = new java.util.HashMap<>();
    for (Sourced<?> row : rows) {
      // Of a twin by key and one by the second key, the message names the earlier.
      Sourced<?> twin = layerByKey.get(row.key());
      Sourced<?> alternateTwin = row.alternateKey().map(layerByAlternate::get).orElse(null);
      if (twin == null || alternateTwin != null && alternateTwin.line() < twin.line()) {
        twin = alternateTwin;
      }
      if (twin != null) {
        throw row.fail("(row)", row.key(), "line " + twin.line() + " holds a row with the same key; a file gives each once");
      }
      layerByKey.put(row.key(), row);
      row.alternateKey().ifPresent(key -> layerByAlternate.put(key, row));
      // The record below it shares its key or its second key; of two such, the later is replaced.
      int replaced = Math.max(belowByKey.getOrDefault(row.key(), -1),
          row.alternateKey().map(key -> belowByAlternate.getOrDefault(key, -1)).orElse(-1));
      if (replaced >= 0) {
        Sourced<?> gone = below.set(replaced, row);
        // Another record below may share a key of the one replaced (an earlier layer's row kept beside a
        // later one's): each such key goes back to the last record that holds it.
        belowByKey.remove(gone.key());
        gone.alternateKey().ifPresent(belowByAlternate::remove);
        for (int i = 0; i < below.size(); i++) {
          Sourced<?> record = below.get(i);
          if (record.key().equals(gone.key())) {
            belowByKey.put(record.key(), i);
          }
          if (record.alternateKey().isPresent() && record.alternateKey().equals(gone.alternateKey())) {
            belowByAlternate.put(record.alternateKey().get(), i);
          }
        }
        index(row, replaced, belowByKey, belowByAlternate);
      } else {
        below.add(row);
        index(row, below.size() - 1, belowByKey, belowByAlternate);
      }
    }
  }

  private static void index(Sourced<?> record, int at, Map<String, Integer> byKey, Map<String, Integer> byAlternate) {
    byKey.put(record.key(), at);
    record.alternateKey().ifPresent(key -> byAlternate.put(key, at));
  }


  private static List<Sourced<?>> read(String file, CsvResource resource, Map<String, MeetingRecord> meetings) {
    List<Sourced<?>> rows = new ArrayList<>();
    for (CsvResource.Row row : resource.rows()) {
      String iso3 = row.required("iso3");
      if (!State.isAlpha3(iso3)) {
        throw row.fail("iso3", iso3, "expected three capital letters (ISO 3166-1 alpha-3)");
      }
      switch (file) {
        case "states.csv":
          rows.add(Sourced.of(readState(row), row, iso3));
          break;
        case "stockpiles.csv": {
          boolean held = row.yes("held", false);
          if (!held && (row.partialDate("completed").isPresent() || row.count("held_quantity").isPresent())) {
            throw row.fail("held", row.text("held"), "a State that held no stockpile has nothing to complete or to hold");
          }
          rows.add(Sourced.of(new StockpileRecord(iso3, held, row.count("held_quantity"), row.partialDate("completed"), row.source(), row.text("notes")), row, iso3));
          break;
        }
        case "stockpile_counts.csv": {
          long remaining = row.count("remaining").orElseThrow(() -> row.fail("remaining", "", "a count of the mines remaining is required"));
          LocalDate on = row.requiredDate("on");
          rows.add(Sourced.of(new StockpileCountRecord(iso3, on, remaining, row.yes("approximate", false), row.source()), row, iso3 + " " + on));
          break;
        }
        case "clearance.csv":
          rows.add(Sourced.of(new ClearanceRecord(iso3, row.partialDate("completed").orElseThrow(() -> row.fail("completed", "", "a completion date is required")),
              row.source()), row, iso3));
          break;
        case "areas_found.csv": {
          AreasFoundRecord areas = StatesParties.readAreasFound(row);
          rows.add(Sourced.of(areas, row, iso3 + " " + areas.identifiedOn() + " " + areas.evidence()));
          break;
        }
        case "no_mined_areas.csv":
          rows.add(Sourced.of(new NoMinedAreasRecord(iso3, row.source()), row, iso3));
          break;
        case "extensions.csv": {
          ExtensionRecord extension = StatesParties.readExtension(row, meetings);
          String key = extension.meetingCode().map(code -> "meeting " + code)
              .or(() -> extension.decidedOn().map(day -> "decided " + day))
              .orElse("until " + extension.grantedUntil().map(LocalDate::toString).orElse(""));
          rows.add(Sourced.of(extension, row, iso3 + " " + key, extension.grantedUntil().map(until -> iso3 + " until " + until)));
          break;
        }
        case "withdrawals.csv":
          rows.add(Sourced.of(new WithdrawalRecord(iso3, row.requiredDate("received_on"), row.date("effective_announced"), row.source()), row, iso3));
          break;
        case "suspensions.csv":
          rows.add(Sourced.of(new SuspensionRecord(iso3, row.requiredDate("notified_on"), row.required("basis"), row.source()), row, iso3));
          break;
        case "armed_conflicts.csv": {
          LocalDate first = row.requiredDate("first_day");
          Optional<LocalDate> last = row.date("last_day");
          if (last.isPresent() && last.get().isBefore(first)) {
            throw row.fail("last_day", last.get().toString(), "a conflict cannot end before it began on " + first);
          }
          rows.add(Sourced.of(new ArmedConflictRecord(iso3, row.required("name"), first, last, row.source()), row, iso3 + " " + first));
          break;
        }
        default:
          throw new IllegalStateException("no reader for " + file);
      }
    }
    return rows;
  }

  private static StateRecord readState(CsvResource.Row row) {
    Optional<InstrumentKind> kind = Optional.empty();
    if (!row.text("instrument").isEmpty()) {
      try {
        kind = Optional.of(InstrumentKind.valueOf(row.text("instrument").toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknownKind) {
        throw row.fail("instrument", row.text("instrument"), "expected ratification, acceptance, approval, accession or succession");
      }
    }
    return new StateRecord(row.required("iso3"), row.required("name"), row.date("signed"), row.yes("signatory_date_unknown", false), kind,
        row.date("deposited"), row.date("succession_effective"), row.date("eif_recorded"), row.yes("art18_declared", false),
        row.source(), row.text("notes"));
  }

  @SuppressWarnings("unchecked")
  private static <T> ImmutableList<T> values(Map<String, List<Sourced<?>>> merged, String file, Class<T> type) {
    return merged.get(file).stream().map(row -> type.cast(row.value())).collect(ImmutableList.toImmutableList());
  }

  /** Meetings laid from several files must still follow one another: each opens after the one before closed. */
  private static void checkMeetingsApart(List<Sourced<?>> meetings) {
    List<Sourced<?>> sorted = new ArrayList<>(meetings);
    sorted.sort(Comparator.comparing(row -> ((MeetingRecord) row.value()).opened()));
    for (int i = 1; i < sorted.size(); i++) {
      MeetingRecord before = (MeetingRecord) sorted.get(i - 1).value();
      MeetingRecord meeting = (MeetingRecord) sorted.get(i).value();
      if (!meeting.opened().isAfter(before.closed())) {
        throw sorted.get(i).fail("opened", meeting.opened().toString(), "the " + before.name() + " was still meeting until " + before.closed());
      }
    }
  }

  /** Every record names a State of {@code states.csv}. */
  private static void checkReferences(Map<String, List<Sourced<?>>> merged) {
    List<String> known = merged.get("states.csv").stream().map(row -> ((StateRecord) row.value()).iso3()).toList();
    for (Map.Entry<String, List<Sourced<?>>> file : merged.entrySet()) {
      if (file.getKey().equals("meetings.csv") || file.getKey().equals("states.csv")) {
        continue;
      }
      for (Sourced<?> row : file.getValue()) {
        String iso3 = row.key().substring(0, 3);
        if (!known.contains(iso3)) {
          throw row.fail("iso3", iso3, "states.csv lists no State with this code");
        }
      }
    }
  }

  /** A State said never to have had mined areas cannot have declared their clearance, or been granted more time for it. */
  private static void checkNoMinedAreas(Map<String, List<Sourced<?>>> merged) {
    for (Sourced<?> row : merged.get("no_mined_areas.csv")) {
      String iso3 = row.key();
      for (String file : List.of("clearance.csv", "extensions.csv")) {
        if (merged.get(file).stream().anyMatch(other -> other.key().startsWith(iso3))) {
          throw row.fail("iso3", iso3, file + " records Art. 5 work by this State, so it had mined areas");
        }
      }
    }
  }

  /** An announced effective date is kept only to be checked: it must be the day Art. 20(3) gives. */
  private static void checkWithdrawals(Map<String, List<Sourced<?>>> merged, DataSet data) {
    ImmutableListMultimap<String, ArmedConflictRecord> conflicts = Multimaps.index(data.armedConflicts(), ArmedConflictRecord::iso3);
    for (Sourced<?> row : merged.get("withdrawals.csv")) {
      WithdrawalRecord withdrawal = (WithdrawalRecord) row.value();
      if (withdrawal.effectiveAnnounced().isEmpty()) {
        continue;
      }
      Optional<LocalDate> computed;
      try {
        computed = TreatyCalendar.withdrawalEffective(withdrawal.receivedOn(), conflicts.get(withdrawal.iso3()).stream().map(DataSetLoader::conflict).toList());
      } catch (InvalidFactException invalid) {
        throw row.fail("received_on", withdrawal.receivedOn().toString(), invalid.getMessage());
      }
      if (!computed.equals(withdrawal.effectiveAnnounced())) {
        throw row.fail("effective_announced", withdrawal.effectiveAnnounced().get().toString(), "Art. 20(3) makes a withdrawal received on "
            + withdrawal.receivedOn() + " take effect " + computed.map(day -> "on " + day).orElse("only when the armed conflict ends"));
      }
    }
  }

  /** The facts of each kind, by the prefix of the field a refusal names, and the file they come from. */
  private static final List<Map.Entry<String, String>> FILE_OF_FIELD = List.of(
      Map.entry("Withdrawal.", "withdrawals.csv"), Map.entry("State.withdrawal", "withdrawals.csv"),
      Map.entry("Suspension.", "suspensions.csv"), Map.entry("StockpileCount.", "stockpile_counts.csv"),
      Map.entry("Stockpile.", "stockpiles.csv"), Map.entry("Destruction.", "stockpiles.csv"), Map.entry("State.stockpile", "stockpiles.csv"),
      Map.entry("MinedArea.", "areas_found.csv"), Map.entry("ExtensionDecision.", "extensions.csv"), Map.entry("ExtensionRequest.", "extensions.csv"),
      Map.entry("ArmedConflict.", "armed_conflicts.csv"), Map.entry("State.minedAreaCompletionDeclaredOn", "clearance.csv"));

  /** The refusal of a State's records, naming the row of the file whose fact was refused: the State's row when none is more precise. */
  private static DataSetException blamed(Map<String, List<Sourced<?>>> merged, Sourced<?> stateRow, String code, InvalidFactException invalid) {
    String message = "the records of " + code + " do not make a valid State: " + invalid.getMessage();
    for (Map.Entry<String, String> kind : FILE_OF_FIELD) {
      if (invalid.field().startsWith(kind.getKey())) {
        Optional<Sourced<?>> row = merged.get(kind.getValue()).stream().filter(candidate -> candidate.key().startsWith(code)).findFirst();
        if (row.isPresent()) {
          return row.get().fail("(row)", code, message);
        }
      }
    }
    return stateRow.fail("(row)", code, message);
  }

  static ArmedConflict conflict(ArmedConflictRecord conflict) {
    return conflict.lastDay().isPresent()
        ? ArmedConflict.between(conflict.name(), conflict.firstDay(), conflict.lastDay().get())
        : ArmedConflict.ongoingSince(conflict.name(), conflict.firstDay());
  }

  private static ImmutableList<State> assembleAll(Map<String, List<Sourced<?>>> merged, DataSet data, Map<String, LocalDate> incompleteFrom) {
    ImmutableListMultimap<String, StockpileRecord> stockpiles = Multimaps.index(data.stockpiles(), StockpileRecord::iso3);
    ImmutableListMultimap<String, StockpileCountRecord> counts = Multimaps.index(data.stockpileCounts(), StockpileCountRecord::iso3);
    ImmutableListMultimap<String, ClearanceRecord> clearances = Multimaps.index(data.clearances(), ClearanceRecord::iso3);
    ImmutableListMultimap<String, AreasFoundRecord> areasFound = Multimaps.index(data.areasFound(), AreasFoundRecord::iso3);
    java.util.Set<String> noMinedAreas = data.noMinedAreas().stream().map(NoMinedAreasRecord::iso3).collect(java.util.stream.Collectors.toSet());
    ImmutableListMultimap<String, ExtensionRecord> extensions = Multimaps.index(data.extensions(), ExtensionRecord::iso3);
    ImmutableListMultimap<String, WithdrawalRecord> withdrawals = Multimaps.index(data.withdrawals(), WithdrawalRecord::iso3);
    ImmutableListMultimap<String, SuspensionRecord> suspensions = Multimaps.index(data.suspensions(), SuspensionRecord::iso3);
    ImmutableListMultimap<String, ArmedConflictRecord> conflicts = Multimaps.index(data.armedConflicts(), ArmedConflictRecord::iso3);
    List<Sourced<?>> rows = new ArrayList<>(merged.get("states.csv"));
    rows.sort(Comparator.comparing(row -> ((StateRecord) row.value()).name()));
    ImmutableList.Builder<State> states = ImmutableList.builder();
    for (Sourced<?> row : rows) {
      StateRecord record = (StateRecord) row.value();
      if (record.depositedOn().isEmpty()) {
        continue;
      }
      String code = record.iso3();
      State state;
      try {
        // A completion judged against the original deadline of a State that was granted extensions
        // would be called late on no evidence, so an incomplete history withholds the completion too.
        // Only what was decided or declared before the first gap is applied (D-3).
        LocalDate gap = incompleteFrom.getOrDefault(code, LocalDate.MAX);
        state = StatesParties.assemble(record, data, stockpiles.get(code), counts.get(code),
            clearances.get(code).stream().filter(clearance -> clearance.completedOn().latestDay().isBefore(gap)).toList(),
            areasFound.get(code).stream().filter(report -> report.identifiedOn().latestDay().isBefore(gap)).toList(),
            extensions.get(code).stream().filter(extension -> StatesParties.decisionDay(extension, data).map(day -> day.isBefore(gap)).orElse(false)).toList(),
            withdrawals.get(code), suspensions.get(code), conflicts.get(code));
        if (noMinedAreas.contains(code)) {
          state = State.builder().from(state).minedAreasKnown(true).build();
        }
      } catch (InvalidFactException invalid) {
        throw blamed(merged, row, code, invalid);
      }
      LocalDate entryIntoForce = TreatyCalendar.entryIntoForce(state.instrument().orElseThrow());
      if (record.entryIntoForceRecorded().isPresent() && !record.entryIntoForceRecorded().get().equals(entryIntoForce)) {
        throw row.fail("eif_recorded", record.entryIntoForceRecorded().get().toString(),
            "Art. 17 gives " + entryIntoForce + " for the instrument deposited on " + record.depositedOn().get());
      }
      states.add(state);
    }
    return states.build();
  }
}
