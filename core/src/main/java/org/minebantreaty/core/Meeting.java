package org.minebantreaty.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A meeting of the States Parties: its kind, name, and first and last days (both inclusive). */
@Value.Immutable
public abstract class Meeting {

  Meeting() {}

  /**
   * Returns a meeting of {@code kind} named {@code name}, from {@code opensOn} to {@code closesOn}.
   *
   * @param kind the kind of meeting
   * @param name the meeting's name
   * @param opensOn the first day
   * @param closesOn the last day
   * @return the meeting
   */
  public static Meeting of(MeetingKind kind, String name, LocalDate opensOn, LocalDate closesOn) {
    return ImmutableMeeting.builder().kind(kind).name(name).opensOn(opensOn).closesOn(closesOn).build();
  }

  /**
   * The kind of meeting.
   *
   * @return the kind of meeting
   */
  public abstract MeetingKind kind();

  /**
   * The meeting's name ("First Review Conference (Nairobi)").
   *
   * @return the meeting's name
   */
  public abstract String name();

  /**
   * The first day.
   *
   * @return the first day
   */
  public abstract LocalDate opensOn();

  /**
   * The last day, on which decisions are at the latest taken.
   *
   * @return the last day
   */
  public abstract LocalDate closesOn();

  /**
   * Returns whether this meeting can decide an Art. 5 extension request (Art. 5(3), 12(2)(c)).
   *
   * @return whether this is a Meeting of the States Parties or a Review Conference
   */
  public final boolean decidesExtensions() {
    return kind() == MeetingKind.MEETING_OF_STATES_PARTIES || kind() == MeetingKind.REVIEW_CONFERENCE;
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("Meeting.opensOn", opensOn());
    InvalidFactException.requireRecordable("Meeting.closesOn", closesOn());
    InvalidFactException.require(!name().isBlank(), "Meeting.name", "\"" + name() + "\"", "a meeting must be named");
    InvalidFactException.require(!closesOn().isBefore(opensOn()), "Meeting.closesOn", closesOn(), "a meeting cannot close before it opens on " + opensOn());
  }
}
