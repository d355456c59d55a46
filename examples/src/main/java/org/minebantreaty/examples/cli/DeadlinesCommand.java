package org.minebantreaty.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.InvalidFactException;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Withdrawal;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Deadlines;

/**
 * {@code deadlines [--as-of YYYY-MM-DD]}: reads States as CSV and writes each one's deadlines as CSV,
 * one row per input row, in order. Nothing is written if any row is bad.
 *
 * <p>Input columns (any order; an empty cell is unknown): {@code state, iso3, signed, deposited,
 * instrument, art5_extensions, withdrawal_received, armed_conflict_since, armed_conflict_until}.
 * {@code instrument} is ratification, acceptance, approval, accession or succession;
 * {@code art5_extensions} is a {@code ;}-separated list of {@code DECIDED/UNTIL} date pairs.
 *
 * <p>Output columns: {@code iso3, entry_into_force, art4_deadline, art5_original_deadline,
 * art5_deadline, art7_initial_report_due, withdrawal_effective}.
 */
final class DeadlinesCommand {

  static final List<String> INPUT_COLUMNS = List.of(
      "state", "iso3", "signed", "deposited", "instrument", "art5_extensions",
      "withdrawal_received", "armed_conflict_since", "armed_conflict_until");
  static final String OUTPUT_HEADER =
      "iso3,entry_into_force,art4_deadline,art5_original_deadline,art5_deadline,art7_initial_report_due,withdrawal_effective";

  private DeadlinesCommand() {}

  static void run(Reader input, PrintWriter out, LocalDate asOf) throws IOException, BadInputException {
    List<State> states = readStates(input);
    StringBuilder csv = new StringBuilder(OUTPUT_HEADER).append('\n');
    for (State state : states) {
      Deadlines deadlines = Convention.deadlines(state, asOf);
      csv.append(state.iso3()).append(',')
          .append(cell(deadlines.entryIntoForce())).append(',')
          .append(cell(deadlines.stockpileDestruction())).append(',')
          .append(cell(deadlines.minedAreaOriginal())).append(',')
          .append(cell(deadlines.minedAreaCurrent())).append(',')
          .append(cell(deadlines.initialReport())).append(',')
          .append(cell(deadlines.withdrawalEffective())).append('\n');
    }
    out.print(csv);
  }

  /** Reads every row into a State, or throws for the first bad one. */
  static List<State> readStates(Reader input) throws IOException, BadInputException {
    CsvTable table = CsvTable.read(input, INPUT_COLUMNS);
    if (!table.header().contains("iso3")) {
      throw new BadInputException("line 1: the header has no iso3 column; expected the columns " + String.join(",", INPUT_COLUMNS));
    }
    List<State> states = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      states.add(state(row));
    }
    return states;
  }

  private static State state(CsvTable.Row row) throws BadInputException {
    // One case rule for every code the tool reads, as for --state: "can" is Canada's CAN.
    String iso3 = row.cell("iso3").toUpperCase(Locale.ROOT);
    if (iso3.isEmpty()) {
      throw BadInputException.at(row.line(), "iso3", iso3, "every row needs the State's ISO 3166-1 alpha-3 code");
    }
    State.Builder state = State.builder().name(row.cell("state").isEmpty() ? iso3 : row.cell("state")).iso3(iso3);
    date(row, "signed").ifPresent(state::signedOn);
    Optional<LocalDate> deposited = date(row, "deposited");
    String kind = row.cell("instrument");
    if (deposited.isPresent() != !kind.isEmpty()) {
      String column = deposited.isPresent() ? "instrument" : "deposited";
      throw BadInputException.at(row.line(), column, row.cell(column), "deposited and instrument go together: give both or neither");
    }
    InstrumentKind instrumentKind = deposited.isPresent() ? kind(row, kind) : null;
    List<ExtensionRequest> extensions = extensions(row);
    Optional<LocalDate> received = date(row, "withdrawal_received");
    Optional<LocalDate> since = date(row, "armed_conflict_since");
    Optional<LocalDate> until = date(row, "armed_conflict_until");
    if (until.isPresent() && since.isEmpty()) {
      throw BadInputException.at(row.line(), "armed_conflict_until", row.cell("armed_conflict_until"), "a conflict's last day needs its first day in armed_conflict_since");
    }
    try {
      if (deposited.isPresent()) {
        if (instrumentKind.requiresSignature() && row.cell("signed").isEmpty()) {
          // An empty cell is unknown: a State that ratified, accepted or approved signed, on a date not given.
          state.signatoryWithUnknownDate(true);
        }
        state.instrument(Instrument.of(instrumentKind, deposited.get()));
      }
      extensions.forEach(state::addExtensionRequest);
      received.map(Withdrawal::receivedOn).ifPresent(state::withdrawal);
      if (since.isPresent()) {
        state.addArmedConflict(until.isPresent()
            ? ArmedConflict.between("armed conflict", since.get(), until.get())
            : ArmedConflict.ongoingSince("armed conflict", since.get()));
      }
      return state.build();
    } catch (InvalidFactException refused) {
      String column = columnOf(refused.field());
      throw BadInputException.at(row.line(), column, row.cell(column), refused.field() + ": " + refused.rule());
    }
  }

  private static InstrumentKind kind(CsvTable.Row row, String kind) throws BadInputException {
    try {
      return InstrumentKind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw BadInputException.at(row.line(), "instrument", kind, "expected ratification, acceptance, approval, accession or succession");
    }
  }

  private static List<ExtensionRequest> extensions(CsvTable.Row row) throws BadInputException {
    String cell = row.cell("art5_extensions");
    List<ExtensionRequest> extensions = new ArrayList<>();
    if (cell.isEmpty()) {
      return extensions;
    }
    for (String pair : cell.split(";", -1)) {
      String[] dates = pair.trim().split("/", -1);
      if (dates.length != 2) {
        throw BadInputException.at(row.line(), "art5_extensions", cell, "each extension is DECIDED/UNTIL, two dates joined by '/', extensions separated by ';'");
      }
      LocalDate decided = parse(row, "art5_extensions", dates[0].trim(), cell);
      LocalDate until = parse(row, "art5_extensions", dates[1].trim(), cell);
      try {
        extensions.add(ExtensionRequest.grantedOn(decided, until));
      } catch (InvalidFactException refused) {
        throw BadInputException.at(row.line(), "art5_extensions", cell, refused.field() + ": " + refused.rule());
      }
    }
    return extensions;
  }

  private static Optional<LocalDate> date(CsvTable.Row row, String column) throws BadInputException {
    String cell = row.cell(column);
    return cell.isEmpty() ? Optional.empty() : Optional.of(parse(row, column, cell, cell));
  }

  private static LocalDate parse(CsvTable.Row row, String column, String text, String cell) throws BadInputException {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      throw BadInputException.at(row.line(), column, cell, (text.equals(cell) ? "" : BadInputException.quoted(text) + " is ") + "not a date (expected YYYY-MM-DD)");
    }
  }

  /** The input column a refused field was read from; "(row)" when the refusal concerns the row as a whole. */
  private static String columnOf(String field) {
    switch (field) {
      case "State.name":
        return "state";
      case "State.iso3":
        return "iso3";
      case "State.signedOn":
      case "State.signatoryWithUnknownDate":
        return "signed";
      case "Instrument.kind":
        return "instrument";
      case "Instrument.depositedOn":
        return "deposited";
      case "State.withdrawal":
      case "Withdrawal.receivedOn":
        return "withdrawal_received";
      case "ArmedConflict.firstDay":
        return "armed_conflict_since";
      case "ArmedConflict.lastDay":
        return "armed_conflict_until";
      default:
        return field.startsWith("Extension") ? "art5_extensions" : "(row)";
    }
  }

  private static String cell(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("");
  }
}
