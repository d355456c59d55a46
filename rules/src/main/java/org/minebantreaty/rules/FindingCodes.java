package org.minebantreaty.rules;

import static org.minebantreaty.rules.Status.INFORMATION;
import static org.minebantreaty.rules.Status.MET;
import static org.minebantreaty.rules.Status.MET_LATE;
import static org.minebantreaty.rules.Status.NONCOMPLIANT;
import static org.minebantreaty.rules.Status.NOT_APPLICABLE;
import static org.minebantreaty.rules.Status.NOT_YET_BINDING;
import static org.minebantreaty.rules.Status.OVERDUE;
import static org.minebantreaty.rules.Status.PENDING;
import static org.minebantreaty.rules.Status.UNKNOWN;
import static org.minebantreaty.rules.Status.VIOLATION;
import static org.minebantreaty.rules.Status.WARNING;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stable code of every finding the library makes: which obligation or procedure it judges.
 * Together with {@link Finding#subject()}, a code identifies a finding across dates, so a tool can
 * pick "the Art. 7(1) initial-report finding" by {@code "art7.1.initial-report"} rather than by its
 * wording or its place in a list.
 *
 * <p>Codes are part of the API's compatibility promise: a minor version may add a code, or a status
 * a code can take; only a major version removes or renames one. {@link #CATALOGUE} lists each with
 * its citation, its subjects, the statuses it can take and an example; the same table is published in
 * {@code docs/finding-codes.md}. A rule of a caller's own gives its findings a code outside these,
 * conventionally under a prefix of its own ({@code "x-myorg.retention-ceiling"}).
 */
public final class FindingCodes {

  /** What a code looks like: lower-case words joined by dots, words of letters, digits and hyphens. */
  static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

  /** Art. 1: a recorded activity judged against the general obligations (with Arts. 2 and 3 where they decide it). */
  public static final String ART1_ACTIVITY = "art1.activity";
  /** Art. 3(1): mines retained for training, and the library's warnings on their numbers. */
  public static final String ART3_1_RETENTION = "art3.1.retention";
  /** Art. 4: destruction of stockpiled anti-personnel mines. */
  public static final String ART4_STOCKPILE_DESTRUCTION = "art4.stockpile-destruction";
  /** Action plans: a stockpile found after the Art. 4 deadline, due six months after its report (or discovery). */
  public static final String ACTION_PLAN_STOCKPILE_FOUND_LATE = "action-plan.stockpile-found-late";
  /** Maputo Action Plan: stockpiled mines left on 31 December 2025. */
  public static final String ACTION_PLAN_2025_STOCKPILES = "action-plan.completion-2025.stockpiles";
  /** Maputo Action Plan: mined areas left on 31 December 2025. */
  public static final String ACTION_PLAN_2025_MINED_AREAS = "action-plan.completion-2025.mined-areas";
  /** Art. 5(1): destruction of anti-personnel mines in mined areas, by the deadline in force. */
  public static final String ART5_1_CLEARANCE = "art5.1.mined-area-clearance";
  /** Art. 5(2): a mined area perimeter-marked, monitored and protected. */
  public static final String ART5_2_MARKING = "art5.2.marking";
  /** Decision of the 12th Meeting (2012): previously unknown mined areas. */
  public static final String DECISION_PREVIOUSLY_UNKNOWN_AREAS = "decision-12msp.previously-unknown-areas";
  /** Art. 5(3): an extension request, and the period it asks for. */
  public static final String ART5_3_REQUEST = "art5.3.request";
  /** Interpretation I-5.1: a grant decided after the deadline it extends had passed. */
  public static final String ART5_3_LATE_GRANT = "art5.3.late-grant";
  /** Art. 5(4) and 5(6): what an extension request contains. */
  public static final String ART5_4_CONTENTS = "art5.4.contents";
  /** Art. 5(5): the decision on an extension request and its majority. */
  public static final String ART5_5_DECISION = "art5.5.decision";
  /** Art. 7(1): the initial transparency report. */
  public static final String ART7_1_INITIAL_REPORT = "art7.1.initial-report";
  /** Art. 7(1)(a)–(i): a section a report lacks. */
  public static final String ART7_1_REPORT_CONTENTS = "art7.1.report-contents";
  /** Art. 7(2): the annual transparency reports. */
  public static final String ART7_2_ANNUAL_REPORT = "art7.2.annual-report";
  /** Art. 8(2): the answer to a request for clarification. */
  public static final String ART8_2_ANSWER = "art8.2.answer";
  /** Art. 8(3): a matter submitted to the next Meeting. */
  public static final String ART8_3_REFERRAL = "art8.3.referral";
  /** Art. 8(5): support for a Special Meeting of the States Parties. */
  public static final String ART8_5_SUPPORT = "art8.5.support";
  /** Art. 8(5): the convening of a Special Meeting. */
  public static final String ART8_5_CONVENING = "art8.5.convening";
  /** Art. 8(5): the quorum of a Special Meeting. */
  public static final String ART8_5_QUORUM = "art8.5.quorum";
  /** Art. 8(6), 8(8): a decision of the Meeting in a clarification case (a mission, a request). */
  public static final String ART8_8_DECISION = "art8.8.decision";
  /** Art. 8(20): measures adopted by the Meeting, by two thirds. */
  public static final String ART8_20_MEASURES = "art8.20.measures";
  /** Art. 8(8)–(15): a fact-finding mission's authorisation, composition, notice and stay. */
  public static final String ART8_MISSION = "art8.8-15.mission";
  /** Art. 9: national implementation measures. */
  public static final String ART9_NATIONAL_MEASURES = "art9.national-measures";
  /** Art. 11(2): the Meetings of the States Parties, first within a year, then annual. */
  public static final String ART11_2_MEETINGS = "art11.2.meetings";
  /** Art. 12(1): the Review Conferences, five years apart. */
  public static final String ART12_1_REVIEW_CONFERENCES = "art12.1.review-conferences";
  /** Art. 13(1)–(2): an Amendment Conference, convened on a majority's support. */
  public static final String ART13_2_CONFERENCE = "art13.2.conference";
  /** Art. 13(4): the adoption of an amendment by two thirds. */
  public static final String ART13_4_ADOPTION = "art13.4.adoption";
  /** Art. 13(5): an amendment's entry into force. */
  public static final String ART13_5_ENTRY_INTO_FORCE = "art13.5.entry-into-force";
  /** Art. 17: the Convention's entry into force for the State. */
  public static final String ART17_ENTRY_INTO_FORCE = "art17.entry-into-force";
  /** Art. 19: reservations. */
  public static final String ART19_RESERVATIONS = "art19.reservations";
  /** Art. 20: duration and withdrawal. */
  public static final String ART20_WITHDRAWAL = "art20.withdrawal";
  /** Interpretation: a notified suspension, which the Convention does not provide for. */
  public static final String SUSPENSION = "interpretation.suspension";

  /**
   * One code with what a reader needs to use it: the citation its findings carry, what their subject
   * names and the statuses they can take. {@code docs/finding-codes.md} adds an example of each.
   *
   * @param code the code
   * @param citation the provisions its findings cite, shortened (several when the code spans paragraphs)
   * @param subjects what {@link Finding#subject()} names
   * @param statuses every status a finding with this code can take
   */
  public record Entry(String code, String citation, String subjects, Set<Status> statuses) {}

  private static Entry entry(String code, String citation, String subjects, Status first, Status... rest) {
    return new Entry(code, citation, subjects, Sets.immutableEnumSet(EnumSet.of(first, rest)));
  }

  /** Every code the library's rules and procedures give, in article order. */
  public static final ImmutableList<Entry> CATALOGUE = ImmutableList.of(
      entry(ART1_ACTIVITY, "Art. 1(1)(a)–(c), Art. 2(1), 2(4), Art. 3, Art. 4", "the State and the activity, dated", NOT_APPLICABLE, INFORMATION, VIOLATION),
      entry(ART3_1_RETENTION, "Art. 3(1), Art. 1(1)(b)", "the State's retained mines", WARNING, VIOLATION),
      entry(ART4_STOCKPILE_DESTRUCTION, "Art. 4", "the State", NOT_YET_BINDING, NOT_APPLICABLE, PENDING, MET, MET_LATE, OVERDUE, UNKNOWN),
      entry(ACTION_PLAN_STOCKPILE_FOUND_LATE, "Maputo Action Plan (2014), Action 7; Oslo Action Plan (2019)", "the State and the stockpile found", NOT_APPLICABLE, PENDING, MET, MET_LATE, OVERDUE, NONCOMPLIANT),
      entry(ACTION_PLAN_2025_STOCKPILES, "Maputo Action Plan (2014), aspiration to complete by 2025, on Art. 4", "the State", INFORMATION),
      entry(ACTION_PLAN_2025_MINED_AREAS, "Maputo Action Plan (2014), aspiration to complete by 2025, on Art. 5", "the State", INFORMATION),
      entry(ART5_1_CLEARANCE, "Art. 5(1)", "the State",
          NOT_YET_BINDING, NOT_APPLICABLE, PENDING, MET, MET_LATE, OVERDUE, UNKNOWN),
      entry(ART5_2_MARKING, "Art. 5(2)", "the State and the mined area", MET, NONCOMPLIANT, UNKNOWN),
      entry(DECISION_PREVIOUSLY_UNKNOWN_AREAS, "Decision of the Twelfth Meeting of the States Parties (2012)", "the State", PENDING, MET, MET_LATE, OVERDUE, UNKNOWN),
      entry(ART5_3_REQUEST, "Art. 5(3)", "the State and the request", INFORMATION, WARNING, NONCOMPLIANT),
      entry(ART5_3_LATE_GRANT, "Interpretation I-5.1", "the State and the request", MET_LATE),
      entry(ART5_4_CONTENTS, "Art. 5(4)(a)–(d), Art. 5(6)", "the State and the request", NONCOMPLIANT, UNKNOWN),
      entry(ART5_5_DECISION, "Art. 5(5)", "the State and the request", PENDING, INFORMATION, NONCOMPLIANT),
      entry(ART7_1_INITIAL_REPORT, "Art. 7(1)", "the State's initial report", NOT_YET_BINDING, PENDING, MET, MET_LATE, OVERDUE, UNKNOWN),
      entry(ART7_1_REPORT_CONTENTS, "Art. 7(1)(a)–(i)", "the State and the report, dated", NONCOMPLIANT),
      entry(ART7_2_ANNUAL_REPORT, "Art. 7(2), Interpretation I-7.1", "the State's annual report next due, its annual report for a year, or its annual reports", PENDING, MET, MET_LATE, OVERDUE, UNKNOWN),
      entry(ART8_2_ANSWER, "Art. 8(2)", "the clarification case", PENDING, MET, MET_LATE, OVERDUE),
      entry(ART8_3_REFERRAL, "Art. 8(3)", "the clarification case", INFORMATION, NONCOMPLIANT, UNKNOWN),
      entry(ART8_5_SUPPORT, "Art. 8(5)", "the proposal of a Special Meeting", PENDING, INFORMATION, NONCOMPLIANT),
      entry(ART8_5_CONVENING, "Art. 8(5)", "the proposal of a Special Meeting", PENDING, MET, MET_LATE, OVERDUE),
      entry(ART8_5_QUORUM, "Art. 8(5)", "the proposal of a Special Meeting", MET, NONCOMPLIANT),
      entry(ART8_8_DECISION, "Art. 8(6), 8(8)", "the clarification case", INFORMATION),
      entry(ART8_20_MEASURES, "Art. 8(20)", "the clarification case", INFORMATION),
      entry(ART8_MISSION, "Art. 8(8), 8(10), 8(11), 8(15)", "the clarification case and its mission", INFORMATION, NONCOMPLIANT),
      entry(ART9_NATIONAL_MEASURES, "Art. 9", "the State", MET, NONCOMPLIANT, UNKNOWN),
      entry(ART11_2_MEETINGS, "Art. 11(2)", "the Meetings of the States Parties, or one of them", MET, MET_LATE, OVERDUE, NONCOMPLIANT),
      entry(ART12_1_REVIEW_CONFERENCES, "Art. 12(1), Interpretation I-12.1", "a Review Conference", INFORMATION, NONCOMPLIANT),
      entry(ART13_2_CONFERENCE, "Art. 13(1)–(2)", "the amendment, dated", PENDING, INFORMATION, NONCOMPLIANT),
      entry(ART13_4_ADOPTION, "Art. 13(4)", "the amendment, dated", INFORMATION),
      entry(ART13_5_ENTRY_INTO_FORCE, "Art. 13(5)", "the amendment, dated", INFORMATION),
      entry(ART17_ENTRY_INTO_FORCE, "Art. 17(1), 17(2), Interpretation I-17.1", "the State", NOT_YET_BINDING, NOT_APPLICABLE, INFORMATION),
      entry(ART19_RESERVATIONS, "Art. 19", "the State", NONCOMPLIANT),
      entry(ART20_WITHDRAWAL, "Art. 20", "the State", INFORMATION),
      entry(SUSPENSION, "Interpretation I-20.3 of Art. 20", "the State", INFORMATION));

  /** The library's own codes, which need no check of their form each time a finding is built. */
  private static final java.util.Set<String> KNOWN = CATALOGUE.stream().map(Entry::code).collect(com.google.common.collect.ImmutableSet.toImmutableSet());

  private FindingCodes() {}

  /** Whether {@code code} has the {@link #FORM} of a code. */
  static boolean isWellFormed(String code) {
    return KNOWN.contains(code) || FORM.matcher(code).matches();
  }

  /**
   * Returns the catalogue's entry for {@code code}, if the library gives that code.
   *
   * @param code a finding code
   * @return the entry for {@code code}; empty for a code the library does not give
   */
  public static Optional<Entry> entry(String code) {
    return CATALOGUE.stream().filter(entry -> entry.code().equals(code)).findFirst();
  }
}
