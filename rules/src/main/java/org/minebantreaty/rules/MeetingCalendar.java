package org.minebantreaty.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.minebantreaty.core.Meeting;
import org.minebantreaty.core.MeetingKind;
import org.minebantreaty.core.TreatyCalendar;

/**
 * Arts. 11 and 12 — Meetings of the States Parties and Review Conferences, as a calendar to check.
 *
 * <p>The first Meeting of the States Parties is convened within one year after the Convention's entry
 * into force, then annually until the first Review Conference (11(2)); the first Review Conference
 * five years after entry into force, and later ones at intervals of never less than five years
 * (12(1)). Both kinds of meeting decide Art. 5 extension requests (5(3), 12(2)(c)). The five-year
 * intervals are counted in calendar years (Interpretation I-12.1), as the States Parties' own
 * calendar shows: Maputo (June 2014) followed Cartagena (December 2009).
 */
public final class MeetingCalendar {

  static final Citation INTERVALS = Citation.interpretation("I-12.1", "Review Conference intervals counted in calendar years", Citation.article(12, 1));

  private MeetingCalendar() {}

  /**
   * Returns the findings on a calendar of meetings: each spacing rule of Arts. 11(2) and 12(1), met or not.
   *
   * @param meetings the meetings held, in any order
   * @return the findings on the Meetings of the States Parties (11(2)), then on the Review Conferences
   *     (12(1))
   */
  public static ImmutableList<Finding> check(List<Meeting> meetings) {
    List<Meeting> sorted = new ArrayList<>(meetings);
    sorted.sort(Comparator.comparing(Meeting::opensOn));
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    LocalDate eif = TreatyCalendar.CONVENTION_ENTRY_INTO_FORCE;
    LocalDate firstMeetingDue = eif.plus(TreatyCalendar.FIRST_MEETING_PERIOD);
    Optional<Meeting> firstMeeting = sorted.stream().filter(m -> m.kind() == MeetingKind.MEETING_OF_STATES_PARTIES).findFirst();
    Citation meetings112 = Citation.article(11, 2);
    if (firstMeeting.isEmpty()) {
      findings.add(Finding.builder().code(FindingCodes.ART11_2_MEETINGS).citation(meetings112).status(Status.OVERDUE).subject("the Meetings of the States Parties").deadline(firstMeetingDue)
          .summary(Phrase.of("art11.2.no-meeting-recorded")).build());
    } else {
      boolean late = firstMeeting.get().opensOn().isAfter(firstMeetingDue);
      findings.add(Finding.builder().code(FindingCodes.ART11_2_MEETINGS).citation(meetings112).status(late ? Status.MET_LATE : Status.MET).subject(firstMeeting.get().name())
          .deadline(firstMeetingDue).metOn(firstMeeting.get().opensOn())
          .summary(Phrase.of("art11.2.first-meeting-opened", "opened", firstMeeting.get().opensOn(), "late", late))
          .build());
    }
    List<Meeting> conferences = sorted.stream().filter(m -> m.kind() == MeetingKind.REVIEW_CONFERENCE).toList();
    Year firstConferenceYear = Year.from(eif).plusYears(TreatyCalendar.REVIEW_CONFERENCE_INTERVAL_YEARS);
    Year annualUntil = conferences.isEmpty() ? Year.of(sorted.isEmpty() ? eif.getYear() : sorted.get(sorted.size() - 1).opensOn().getYear())
        : Year.from(conferences.get(0).opensOn()).minusYears(1);
    for (Year year = Year.from(eif); !year.isAfter(annualUntil); year = year.plusYears(1)) {
      Year y = year;
      boolean held = sorted.stream().anyMatch(m -> m.kind() == MeetingKind.MEETING_OF_STATES_PARTIES && Year.from(m.opensOn()).equals(y));
      if (!held) {
        findings.add(Finding.builder().code(FindingCodes.ART11_2_MEETINGS).citation(meetings112).status(Status.NONCOMPLIANT).subject("the Meetings of the States Parties")
            .summary(Phrase.of("art11.2.no-meeting-in-year", "year", year)).build());
      }
    }
    Citation review121 = Citation.article(12, 1);
    for (int i = 0; i < conferences.size(); i++) {
      Meeting conference = conferences.get(i);
      Year held = Year.from(conference.opensOn());
      if (i == 0) {
        boolean onTime = held.equals(firstConferenceYear);
        findings.add(Finding.builder().code(FindingCodes.ART12_1_REVIEW_CONFERENCES).citation(review121).status(onTime ? Status.INFORMATION : Status.NONCOMPLIANT).subject(conference.name())
            .summary(Phrase.of("art12.1.first-review-conference-opened", "opened", conference.opensOn(), "onTime", onTime, "due", firstConferenceYear))
            .addReasons(Reason.of(Phrase.of("art12.1.five-years-as-a-calendar-year", "year", firstConferenceYear), INTERVALS))
            .build());
        continue;
      }
      Year previous = Year.from(conferences.get(i - 1).opensOn());
      boolean spaced = held.getValue() - previous.getValue() >= TreatyCalendar.REVIEW_CONFERENCE_INTERVAL_YEARS;
      findings.add(Finding.builder().code(FindingCodes.ART12_1_REVIEW_CONFERENCES).citation(review121).status(spaced ? Status.INFORMATION : Status.NONCOMPLIANT).subject(conference.name())
          .summary(Phrase.of("art12.1.review-conference-opened", "conference", conference.name(), "year", held,
              "years", held.getValue() - previous.getValue(), "spaced", spaced))
          .addReasons(Reason.of(Phrase.of("art12.1.interval-in-calendar-years"), INTERVALS))
          .build());
    }
    return findings.build();
  }

  /**
   * Returns the meetings in {@code calendar} that can decide an Art. 5 extension request before {@code
   * deadline}: Meetings of the States Parties and Review Conferences closing on or after {@code from}
   * and on or before the deadline, earliest first.
   *
   * @param deadline the Art. 5 deadline
   * @param calendar the meetings, of any kind, in any order
   * @param from the first day on which a meeting may close
   * @return those meetings, by the day they close, possibly none
   */
  public static ImmutableList<Meeting> forumsBefore(LocalDate deadline, List<Meeting> calendar, LocalDate from) {
    return calendar.stream()
        .filter(Meeting::decidesExtensions)
        .filter(m -> !m.closesOn().isBefore(from) && !m.closesOn().isAfter(deadline))
        .sorted(Comparator.comparing(Meeting::closesOn))
        .collect(ImmutableList.toImmutableList());
  }
}
