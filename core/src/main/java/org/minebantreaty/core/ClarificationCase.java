package org.minebantreaty.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request for clarification under Art. 8 and what followed: the requesting and requested States,
 * when the request reached the requested State and when it answered, any proposal of a Special
 * Meeting, the decisions taken, and any fact-finding mission.
 */
@Value.Immutable
public abstract class ClarificationCase {

  ClarificationCase() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The ISO 3166-1 alpha-3 codes of the requesting States Parties.
   *
   * @return the ISO 3166-1 alpha-3 codes of the requesting States Parties
   */
  public abstract ImmutableList<String> requestingStates();

  /**
   * The ISO 3166-1 alpha-3 code of the requested State Party.
   *
   * @return the ISO 3166-1 alpha-3 code of the requested State Party
   */
  public abstract String requestedState();

  /**
   * The codes of States directly affected by the compliance issue, whose nationals may not serve on the mission (Art. 8(10)).
   *
   * @return the codes of the States directly affected by the compliance issue
   */
  public abstract ImmutableList<String> directlyAffectedStates();

  /**
   * The day the request, transmitted through the Secretary-General, reached the requested State (Art. 8(2)).
   *
   * @return the day the request reached the requested State
   */
  public abstract LocalDate requestReceivedOn();

  /**
   * The day the requested State answered, if it did.
   *
   * @return the day the requested State answered, or empty when it did not
   */
  public abstract Optional<LocalDate> answeredOn();

  /**
   * The day the requesting States submitted the matter to a Meeting of the States Parties (Art. 8(3)),
   * if they did.
   *
   * @return the day the matter was submitted to a Meeting of the States Parties, or empty when it was not
   */
  public abstract Optional<LocalDate> submittedToMeetingOn();

  /**
   * A proposal to convene a Special Meeting (Art. 8(5)), if one was made.
   *
   * @return the proposal to convene a Special Meeting, or empty when none was made
   */
  public abstract Optional<SpecialMeetingProposal> specialMeeting();

  /**
   * The decisions taken in the case.
   *
   * @return the decisions taken in the case
   */
  public abstract ImmutableList<ProcedureDecision> decisions();

  /**
   * The fact-finding mission, if one was sent.
   *
   * @return the fact-finding mission, or empty when none was sent
   */
  public abstract Optional<FactFindingMission> mission();

  /** A builder of {@link ClarificationCase}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableClarificationCase.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("ClarificationCase.requestReceivedOn", requestReceivedOn());
    InvalidFactException.requireRecordable("ClarificationCase.answeredOn", answeredOn());
    InvalidFactException.requireRecordable("ClarificationCase.submittedToMeetingOn", submittedToMeetingOn());
    InvalidFactException.require(!requestingStates().isEmpty(), "ClarificationCase.requestingStates", "[]", "a request needs at least one requesting State Party (Art. 8(2))");
    InvalidFactException.require(
        !requestingStates().contains(requestedState()), "ClarificationCase.requestedState", requestedState(), "a State cannot request clarification of itself");
    submittedToMeetingOn().ifPresent(on -> InvalidFactException.require(
        !on.isBefore(requestReceivedOn()), "ClarificationCase.submittedToMeetingOn", on, "a matter cannot go to a Meeting before the request was received on " + requestReceivedOn()));
    answeredOn().ifPresent(on -> InvalidFactException.require(
        !on.isBefore(requestReceivedOn()), "ClarificationCase.answeredOn", on, "an answer cannot precede the request received on " + requestReceivedOn()));
  }
}
