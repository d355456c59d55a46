package org.minebantreaty.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.minebantreaty.core.Meeting;
import org.minebantreaty.core.MeetingKind;
import org.minebantreaty.core.State;
import org.minebantreaty.data.Records.DataSet;
import org.minebantreaty.data.Records.ExtensionRecord;
import org.minebantreaty.data.Records.StateRecord;

/**
 * A loaded data set of signatories and States Parties: the bundled records ({@link
 * StatesParties#bundled()}), or the bundled records with a user's directory laid over them ({@link
 * StatesParties#load}). Immutable and safe to share between threads.
 *
 * <pre>{@code
 * Roster roster = StatesParties.load(Path.of("my-decisions"));
 * State angola = roster.byCode("AGO").orElseThrow();
 * }</pre>
 */
public final class Roster {

  private final DataSet records;
  private final ImmutableList<State> states;
  private final ImmutableMap<String, State> byCode;
  private final ImmutableMap<String, LocalDate> incompleteFrom;
  private final ImmutableList<String> layers;
  private final ImmutableList<Meeting> meetings;

  Roster(DataSet records, ImmutableList<State> states, ImmutableMap<String, LocalDate> incompleteFrom, ImmutableList<String> layers) {
    this.records = records;
    this.states = states;
    this.byCode = states.stream().collect(ImmutableMap.toImmutableMap(State::iso3, Function.identity()));
    this.incompleteFrom = incompleteFrom;
    this.layers = layers;
    this.meetings = records.meetings().stream()
        .map(meeting -> Meeting.of(meeting.reviewConference() ? MeetingKind.REVIEW_CONFERENCE : MeetingKind.MEETING_OF_STATES_PARTIES,
            meeting.name() + " (" + meeting.place() + ")", meeting.opened(), meeting.closed()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every raw record, as the sources give it.
   *
   * @return the raw records of this data set
   */
  public DataSet records() {
    return records;
  }

  /**
   * A State for every signatory or State Party whose instrument is dated, in alphabetical order of name.
   *
   * @return the States whose instrument is dated, in alphabetical order of name
   */
  public ImmutableList<State> all() {
    return states;
  }

  /**
   * The State with this ISO 3166-1 alpha-3 code (any case), if its instrument is dated.
   *
   * @param iso3 the State's ISO 3166-1 alpha-3 code, in any case
   * @return the State with that code, or empty if there is none or its instrument is not dated
   */
  public Optional<State> byCode(String iso3) {
    return Optional.ofNullable(byCode.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /**
   * The record of the State with this code (any case), whether or not its instrument is dated.
   *
   * @param iso3 the State's ISO 3166-1 alpha-3 code, in any case
   * @return the State's record, or empty if no record has that code
   */
  public Optional<StateRecord> record(String iso3) {
    String code = iso3.toUpperCase(Locale.ROOT);
    return records.states().stream().filter(state -> state.iso3().equals(code)).findFirst();
  }

  /**
   * The States Parties whose deposit date the sources consulted do not give: not assessed.
   *
   * @return the records with no deposit date, in the order of the records
   */
  public ImmutableList<StateRecord> undated() {
    return records.states().stream().filter(state -> state.depositedOn().isEmpty()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The formal meetings of the States Parties, earliest first (see {@link StatesParties#meetings()}).
   *
   * @return the Meetings of the States Parties and Review Conferences of this data set, earliest first
   */
  public ImmutableList<Meeting> meetings() {
    return meetings;
  }

  /**
   * The day an extension is taken as decided (see {@link StatesParties#decisionDay}).
   *
   * @param extension an extension record; its meeting and any later grant are looked up in this data set
   * @return the day the extension is taken as decided, or empty if none is known
   */
  public Optional<LocalDate> decisionDay(ExtensionRecord extension) {
    return StatesParties.decisionDay(extension, records);
  }

  /**
   * The States whose extension history is given only in part (see {@link StatesParties#incompleteExtensionHistories()}).
   *
   * @return the ISO 3166-1 alpha-3 codes of those States, in the order of their extension records
   */
  public ImmutableList<String> incompleteExtensionHistories() {
    return incompleteFrom.keySet().asList();
  }

  /**
   * Whether the extension history of {@code iso3} is incomplete on {@code date}: a grant decided by
   * then is recorded without its new deadline, or one is dated by nothing at all (D-3 of {@code
   * SOURCES.md}). Before that grant, the history is whole and applied.
   *
   * @param iso3 the State's ISO 3166-1 alpha-3 code, in any case
   * @param date the day asked about
   * @return whether the State's extension history is incomplete on {@code date}
   */
  public boolean extensionHistoryIncompleteOn(String iso3, LocalDate date) {
    LocalDate from = incompleteFrom.get(iso3.toUpperCase(Locale.ROOT));
    return from != null && !from.isAfter(date);
  }

  /**
   * The day the bundled records were last checked against their sources.
   *
   * @return {@link StatesParties#CURRENT_AS_OF}
   */
  public LocalDate bundledAsOf() {
    return StatesParties.CURRENT_AS_OF;
  }

  /**
   * The layers, bottom first: the bundled data set, then each user directory laid over it, as an overview names them.
   *
   * @return the names of the layers, bottom first
   */
  public ImmutableList<String> layers() {
    return layers;
  }
}
