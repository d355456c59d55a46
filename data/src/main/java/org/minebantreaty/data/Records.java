package org.minebantreaty.data;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minebantreaty.core.HazardEvidence;
import org.minebantreaty.core.InstrumentKind;

/**
 * The raw records of the data set, one type per bundled CSV resource, each row as the sources give
 * it. An empty cell is {@link Optional#empty()}: unknown, never "none".
 */
public final class Records {

  /** A meeting cell of {@code extensions.csv}: a code of {@code meetings.csv}, the year, an optional note. */
  static final Pattern MEETING_CELL = Pattern.compile("(\\d+(?:MSP|RC)) (\\d{4})(?: \\((.+)\\))?");

  /**
   * The reasons a record may give for naming its meeting by inference rather than from a source; the
   * data set's SOURCES.md explains each. A closed list keeps the findings that repeat them consistent.
   */
  static final ImmutableSet<String> MEETING_INFERENCES = ImmutableSet.of(
      "inferred from the year of the request",
      "inferred from the deadline it replaced",
      "inferred from the dates of the sources");

  private Records() {}

  /**
   * A row of {@code states.csv}: who the State is and how it became bound.
   *
   * @param iso3 the ISO 3166-1 alpha-3 code
   * @param name the State's short name
   * @param signedOn the signature date (Art. 15), if the State signed and the date is known
   * @param signatoryWithUnknownDate whether it signed on a date the sources do not give
   * @param instrument the kind of instrument, if recorded
   * @param depositedOn the day the instrument was deposited, if known
   * @param successionEffective for a succession, the day from which it takes effect (independence)
   * @param entryIntoForceRecorded the entry into force as the sources record it, kept only to be
   *     checked against the library's Art. 17 arithmetic and never used to compute
   * @param provisionalApplicationDeclared whether a source records that the State declared at deposit
   *     that it applies Art. 1(1) provisionally (Art. 18); false when none does
   * @param source where the row's facts come from
   * @param notes disagreements between sources and the choice made, or what is missing
   */
  public record StateRecord(
      String iso3,
      String name,
      Optional<LocalDate> signedOn,
      boolean signatoryWithUnknownDate,
      Optional<InstrumentKind> instrument,
      Optional<LocalDate> depositedOn,
      Optional<LocalDate> successionEffective,
      Optional<LocalDate> entryIntoForceRecorded,
      boolean provisionalApplicationDeclared,
      String source,
      String notes) {}

  /**
   * A row of {@code stockpiles.csv}: what the sources say of the State's stockpile under Art. 4.
   *
   * @param iso3 the State
   * @param held whether it held stockpiled anti-personnel mines at entry into force
   * @param heldQuantity how many it held then, where the sources agree on the number; empty when
   *     they do not give it or disagree (what remained later is in {@link StockpileCountRecord}s)
   * @param completedOn when it declared it had destroyed them all
   * @param source where the facts come from
   * @param notes what the sources disagree on
   */
  public record StockpileRecord(
      String iso3, boolean held, OptionalLong heldQuantity, Optional<PartialDate> completedOn, String source, String notes) {}

  /**
   * A row of {@code stockpile_counts.csv}: how many stockpiled mines the State reported remaining on
   * a day.
   *
   * @param iso3 the State
   * @param on the day the count stood
   * @param remaining the mines remaining to be destroyed
   * @param approximate whether the source gives the count only roughly ("3.3 million")
   * @param source where the count comes from
   */
  public record StockpileCountRecord(String iso3, LocalDate on, long remaining, boolean approximate, String source) {}

  /**
   * A row of {@code no_mined_areas.csv}: a source says the State never had mined areas under its
   * jurisdiction or control, so its Art. 5 obligation does not arise.
   *
   * @param iso3 the State
   * @param source where that is said, quoted
   */
  public record NoMinedAreasRecord(String iso3, String source) {}

  /**
   * A row of {@code clearance.csv}: the State's declaration that it completed Art. 5(1).
   *
   * @param iso3 the State
   * @param completedOn when it declared completion
   * @param source where the fact comes from
   */
  public record ClearanceRecord(String iso3, PartialDate completedOn, String source) {}

  /**
   * A row of {@code areas_found.csv}: previously unknown mined areas a State reported after it had
   * declared completion, or after its deadline had passed with no mined area known (Interpretation
   * I-5.4 of the rules).
   *
   * @param iso3 the State
   * @param identifiedOn when they were identified, or, where the sources give only that, when the
   *     State reported them (the latest the identification can be)
   * @param areas how many areas the report counted; empty when it gave the contamination without its
   *     number, and the areas are then named without a count
   * @param evidence whether mines in them are confirmed or suspected
   * @param source where the fact comes from
   */
  public record AreasFoundRecord(String iso3, PartialDate identifiedOn, OptionalInt areas, HazardEvidence evidence, String source) {}

  /**
   * A row of {@code extensions.csv}: an Art. 5 extension granted by a Meeting of the States Parties or
   * a Review Conference.
   *
   * @param iso3 the State
   * @param meeting the deciding meeting: its code in {@code meetings.csv}, the year, and any note in
   *     parentheses ("12MSP 2012", "4RC 2019 (inferred from the year of the request)"); empty if the
   *     sources do not name it
   * @param decidedOn the day of the decision, when a source gives it
   * @param previousDeadline the deadline the grant replaced, as the sources record it
   * @param grantedUntil the new deadline, when a source gives it
   * @param source where the facts come from
   */
  public record ExtensionRecord(
      String iso3,
      String meeting,
      Optional<LocalDate> decidedOn,
      Optional<LocalDate> previousDeadline,
      Optional<LocalDate> grantedUntil,
      String source) {

    /**
     * The code of the deciding meeting in {@code meetings.csv} ("12MSP"), if the record names one.
     *
     * @return the meeting's code, or empty when the meeting cell does not name one
     */
    public Optional<String> meetingCode() {
      Matcher cell = MEETING_CELL.matcher(meeting());
      return cell.matches() ? Optional.of(cell.group(1)) : Optional.empty();
    }

    /**
     * How the meeting was inferred ("inferred from the year of the request"), if the record's note
     * says it was; empty when a source names the meeting.
     *
     * @return the note naming the inference, or empty when the note is none of the known inferences
     */
    public Optional<String> meetingInference() {
      Matcher cell = MEETING_CELL.matcher(meeting());
      return cell.matches() && MEETING_INFERENCES.contains(Strings.nullToEmpty(cell.group(3)))
          ? Optional.of(cell.group(3))
          : Optional.empty();
    }
  }

  /**
   * A row of {@code meetings.csv}: a formal meeting of the States Parties (Arts. 11 and 12), each of
   * which can decide Art. 5 extension requests.
   *
   * @param code the short name the records use ("12MSP", "4RC")
   * @param name the full name ("Twelfth Meeting of the States Parties")
   * @param place where it met
   * @param opened its first day
   * @param closed its last day, on which its decisions are at the latest taken
   * @param source where the facts come from
   */
  public record MeetingRecord(String code, String name, String place, LocalDate opened, LocalDate closed, String source) {

    /**
     * Whether this is a Review Conference (Art. 12) rather than a Meeting of the States Parties (Art. 11).
     *
     * @return {@code true} if the code ends in {@code RC}, {@code false} for a Meeting of the States Parties
     */
    public boolean reviewConference() {
      return code.endsWith("RC");
    }
  }

  /**
   * A row of {@code withdrawals.csv}: a notice of withdrawal under Art. 20.
   *
   * @param iso3 the State
   * @param receivedOn the day the Depositary received the instrument
   * @param effectiveAnnounced the effective date the sources announced, kept only to be checked
   * @param source where the facts come from
   */
  public record WithdrawalRecord(String iso3, LocalDate receivedOn, Optional<LocalDate> effectiveAnnounced, String source) {}

  /**
   * A row of {@code suspensions.csv}: a notification that the State suspends the Convention.
   *
   * @param iso3 the State
   * @param notifiedOn the day the Secretary-General was notified
   * @param basis the ground the State invoked
   * @param source where the facts come from
   */
  public record SuspensionRecord(String iso3, LocalDate notifiedOn, String basis, String source) {}

  /**
   * A row of {@code armed_conflicts.csv}: an armed conflict the State is engaged in (Art. 20(3)).
   *
   * @param iso3 the State
   * @param name the conflict
   * @param firstDay its first day
   * @param lastDay its last day, if it has ended
   * @param source where the facts come from
   */
  public record ArmedConflictRecord(String iso3, String name, LocalDate firstDay, Optional<LocalDate> lastDay, String source) {}

  /**
   * Every record of the data set.
   *
   * @param states one per State, in the order of the resource (alphabetical by name)
   * @param stockpiles Art. 4 records
   * @param stockpileCounts the counts of stockpiled mines remaining that States reported
   * @param clearances Art. 5 completion declarations
   * @param areasFound mined areas reported after a completion or a deadline
   * @param noMinedAreas the States a source says never had mined areas
   * @param extensions Art. 5 extensions
   * @param withdrawals Art. 20 notices
   * @param suspensions notified suspensions
   * @param armedConflicts armed conflicts bearing on Art. 20(3)
   * @param meetings the formal meetings of the States Parties, earliest first
   */
  public record DataSet(
      ImmutableList<StateRecord> states,
      ImmutableList<StockpileRecord> stockpiles,
      ImmutableList<StockpileCountRecord> stockpileCounts,
      ImmutableList<ClearanceRecord> clearances,
      ImmutableList<AreasFoundRecord> areasFound,
      ImmutableList<NoMinedAreasRecord> noMinedAreas,
      ImmutableList<ExtensionRecord> extensions,
      ImmutableList<WithdrawalRecord> withdrawals,
      ImmutableList<SuspensionRecord> suspensions,
      ImmutableList<ArmedConflictRecord> armedConflicts,
      ImmutableList<MeetingRecord> meetings) {

    /**
     * The meeting with this code ("12MSP"), if the data set records it.
     *
     * @param code the meeting's code, exactly as in {@code meetings.csv}
     * @return the meeting with that code, or empty if none has it
     */
    public Optional<MeetingRecord> meeting(String code) {
      return meetings.stream().filter(meeting -> meeting.code().equals(code)).findFirst();
    }
  }
}
