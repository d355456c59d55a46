package org.minebantreaty.core.testing;


import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.minebantreaty.core.Activity;
import org.minebantreaty.core.AmendmentProposal;
import org.minebantreaty.core.FactFindingMission;
import org.minebantreaty.core.SpecialMeetingProposal;
import org.minebantreaty.core.ActivityKind;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.Destruction;
import org.minebantreaty.core.ExtensionDecision;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.Forum;
import org.minebantreaty.core.HazardEvidence;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.MineType;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.NationalMeasure;
import org.minebantreaty.core.Purpose;
import org.minebantreaty.core.RetentionRecord;
import org.minebantreaty.core.ReleaseMethod;
import org.minebantreaty.core.ReportKind;
import org.minebantreaty.core.ReportSection;
import org.minebantreaty.core.RequestElement;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.Suspension;
import org.minebantreaty.core.TransparencyReport;
import org.minebantreaty.core.TreatyCalendar;
import org.minebantreaty.core.Votes;
import org.minebantreaty.core.Withdrawal;

/**
 * Generators of treaty facts for property tests, weighted toward the edges: month ends, 29 February,
 * deposits either side of the 40th instrument (16 September 1998), extensions of exactly ten years.
 * Every State generated is valid. Shared with the rules module's tests through the test jar.
 */
public final class TreatyFacts {

  /** The first day any treaty fact can bear. */
  public static final LocalDate FIRST_DAY = TreatyCalendar.SIGNATURE_OPENED;
  /** The last day the properties range over. */
  public static final LocalDate LAST_DAY = LocalDate.of(2060, 12, 31);

  /**
   * How many examples a property that usually checks {@code usual} of them checks in this run: the
   * count scales as {@code -Dqt.examples} scales QuickTheories' default of 1,000, so a mutation run,
   * which repeats every covering test for each mutant, can ask for fewer. Never fewer than five.
   *
   * @param usual the count in an ordinary run
   * @return the count scaled to this run's default
   */
  public static int examples(int usual) {
    long perThousand = Long.getLong("QT_EXAMPLES", 1000);
    return (int) Math.max(5, usual * perThousand / 1000);
  }

  /** Edge dates pinned in every generator and worth a named example. */
  public static final List<LocalDate> EDGE_DAYS = List.of(
      LocalDate.of(1997, 12, 3),
      LocalDate.of(1998, 9, 15),
      LocalDate.of(1998, 9, 16),
      LocalDate.of(1998, 9, 17),
      LocalDate.of(1998, 9, 30),
      LocalDate.of(1998, 10, 1),
      LocalDate.of(1999, 2, 28),
      LocalDate.of(1999, 3, 1),
      LocalDate.of(2000, 2, 29),
      LocalDate.of(2003, 8, 31),
      LocalDate.of(2004, 2, 29),
      LocalDate.of(2007, 8, 31),
      LocalDate.of(2012, 2, 29),
      LocalDate.of(2015, 12, 31),
      LocalDate.of(2016, 2, 29),
      LocalDate.of(2017, 12, 13),
      LocalDate.of(2019, 8, 31),
      LocalDate.of(2024, 2, 29),
      LocalDate.of(2025, 6, 27),
      LocalDate.of(2025, 8, 31),
      LocalDate.of(2026, 1, 1));

  private TreatyFacts() {}

  /** Every day from {@code first} to {@code last}, both inclusive, uniformly. */
  public static Gen<LocalDate> daysBetween(LocalDate first, LocalDate last) {
    return longRange(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Any day the treaty can speak of, one in four an edge. */
  public static Gen<LocalDate> days() {
    return daysBetween(FIRST_DAY, LAST_DAY).mix(pick(EDGE_DAYS), 25);
  }

  /** A deposit date, one in three on an edge (either side of the 40th instrument, month ends, 29 February). */
  public static Gen<LocalDate> depositDays() {
    return daysBetween(FIRST_DAY, LocalDate.of(2040, 12, 31)).mix(pick(EDGE_DAYS), 33);
  }

  /** A number of days, weighted toward small offsets and exact months and years. */
  private static Gen<Integer> offsets(int max) {
    return range(0, max).mix(pick(List.of(0, 1, 28, 29, 30, 31, 180, 181, 365, 366, 1461, 3652, 3653)), 20);
  }

  /** A list of deposit dates of the given size range, in no particular order. */
  public static Gen<List<LocalDate>> depositLists(int minSize, int maxSize) {
    return in -> {
      int size = range(minSize, maxSize).generate(in);
      List<LocalDate> deposits = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        deposits.add(depositDays().generate(in));
      }
      return deposits;
    };
  }

  /** A list of armed conflicts, some ongoing, some overlapping. */
  public static Gen<List<ArmedConflict>> armedConflicts() {
    return in -> {
      int count = range(0, 3).generate(in);
      List<ArmedConflict> conflicts = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        LocalDate from = daysBetween(LocalDate.of(1999, 1, 1), LocalDate.of(2045, 12, 31)).generate(in);
        if (booleans().generate(in) && i == count - 1) {
          conflicts.add(ArmedConflict.ongoingSince("conflict " + i, from));
        } else {
          conflicts.add(ArmedConflict.between("conflict " + i, from, from.plusDays(offsets(4000).generate(in))));
        }
      }
      return conflicts;
    };
  }

  /** A valid State: any mix of instrument, stockpiles, mined areas, requests, reports, withdrawal and conflicts. */
  public static Gen<State> states() {
    return in -> {
      String code = "S" + (char) ('A' + range(0, 25).generate(in)) + (char) ('A' + range(0, 25).generate(in));
      State.Builder state = State.builder().name("State " + code).iso3(code);
      InstrumentKind kind = enumValues(InstrumentKind.class).generate(in);
      boolean signed = kind.requiresSignature() || (kind == InstrumentKind.SUCCESSION && booleans().generate(in));
      LocalDate deposit = depositDays().generate(in);
      if (signed) {
        LocalDate signature = daysBetween(FIRST_DAY, LocalDate.of(1999, 2, 28)).generate(in);
        state.signedOn(signature);
        if (deposit.isBefore(signature)) {
          deposit = signature.plusDays(offsets(400).generate(in));
        }
      }
      boolean deposited = range(0, 9).generate(in) > 0;
      if (!deposited) {
        return state.build();
      }
      Instrument.Builder instrument = Instrument.builder().kind(kind).depositedOn(deposit).provisionalApplication(booleans().generate(in));
      if (kind == InstrumentKind.SUCCESSION && booleans().generate(in)) {
        instrument.successionDate(deposit.minusDays(offsets(400).generate(in)));
      }
      state.instrument(instrument.build());
      LocalDate eif = TreatyCalendar.entryIntoForce(state.build().instrument().orElseThrow());
      state.stockpileHoldingsKnown(booleans().generate(in));
      int stockpiles = range(0, 2).generate(in);
      for (int i = 0; i < stockpiles; i++) {
        state.addStockpile(stockpile(in, eif));
      }
      state.minedAreasKnown(booleans().generate(in));
      int areas = range(0, 3).generate(in);
      for (int i = 0; i < areas; i++) {
        state.addMinedArea(minedArea(in, "A" + i, eif));
      }
      if (range(0, 3).generate(in) == 0) {
        state.minedAreaCompletionDeclaredOn(eif.plusDays(offsets(7000).generate(in)));
      }
      if (range(0, 3).generate(in) == 0) {
        state.stockpileDestructionCompletedOn(eif.plusDays(offsets(3000).generate(in)));
      }
      int requests = range(0, 3).generate(in);
      LocalDate deadline = TreatyCalendar.minedAreaDestructionDeadline(eif);
      for (int i = 0; i < requests; i++) {
        ExtensionRequest request = extensionRequest(in, deadline);
        state.addExtensionRequest(request);
        deadline = request.decision().flatMap(ExtensionDecision::grantedUntil).orElse(deadline);
      }
      state.transparencyReportsKnown(booleans().generate(in));
      int reports = range(0, 4).generate(in);
      for (int i = 0; i < reports; i++) {
        state.addTransparencyReport(report(in, eif, i == 0));
      }
      if (range(0, 3).generate(in) == 0) {
        state.withdrawal(Withdrawal.receivedOn(deposit.plusDays(1 + offsets(9000).generate(in))));
      }
      state.addAllArmedConflicts(armedConflicts().generate(in));
      int activities = range(0, 3).generate(in);
      for (int i = 0; i < activities; i++) {
        state.addActivity(activity(in, deposit));
      }
      int retained = range(0, 3).generate(in);
      LocalDate counted = eif;
      for (int i = 0; i < retained; i++) {
        counted = counted.plusDays(offsets(800).generate(in));
        RetentionRecord.Builder record = RetentionRecord.builder().on(counted).quantity(pick(List.of(0L, 500L, 500L, 1200L)).generate(in));
        if (range(0, 4).generate(in) > 0) {
          record.addPurpose(enumValues(Purpose.class).generate(in));
        }
        state.addRetainedMine(record.build());
      }
      state.nationalMeasuresKnown(booleans().generate(in));
      if (booleans().generate(in)) {
        state.addNationalMeasure(NationalMeasure.builder().title("Act").kind(enumValues(NationalMeasure.Kind.class).generate(in))
            .adoptedOn(deposit.plusDays(offsets(3000).generate(in))).penalSanctions(booleans().generate(in)).build());
      }
      if (range(0, 5).generate(in) == 0) {
        state.suspension(Suspension.notifiedOn(deposit.plusDays(1 + offsets(9000).generate(in)), "Art. 62 of the Vienna Convention on the Law of Treaties"));
      }
      return state.build();
    };
  }

  /** Valid States paired with an assessment date. */
  public static Gen<LocalDate> assessmentDays() {
    return days();
  }

  /** One recorded act, around the deposit date, with any mine type and purpose the facts allow. */
  public static Activity activity(org.quicktheories.core.RandomnessSource in, LocalDate deposit) {
    ActivityKind kind = enumValues(ActivityKind.class).generate(in);
    Activity.Builder activity = Activity.builder()
        .kind(kind)
        .on(deposit.minusDays(400).plusDays(offsets(6000).generate(in)))
        .mineType(range(0, 4).generate(in) > 0 ? MineType.antiPersonnel("PMN-2") : MineType.antiVehicle("TM-62M", booleans().generate(in)));
    if ((kind == ActivityKind.RETENTION || kind == ActivityKind.TRANSFER) && booleans().generate(in)) {
      activity.purpose(enumValues(Purpose.class).generate(in));
    }
    if (booleans().generate(in)) {
      activity.quantity(pick(List.of(0L, 1L, 50L, 5000L)).generate(in));
    }
    return activity.build();
  }

  private static Stockpile stockpile(org.quicktheories.core.RandomnessSource in, LocalDate eif) {
    long quantity = pick(List.of(0L, 1L, 100L, 5_000L, 1_586_159L)).generate(in);
    Stockpile.Builder stockpile = Stockpile.builder().quantity(quantity);
    if (range(0, 5).generate(in) == 0) {
      stockpile.mineType(MineType.antiVehicle("TM-62", booleans().generate(in)));
    }
    Optional<LocalDate> found = Optional.empty();
    if (booleans().generate(in)) {
      LocalDate foundOn = eif.plusDays(offsets(6000).generate(in));
      found = Optional.of(foundOn);
      stockpile.foundOn(foundOn);
      if (booleans().generate(in)) {
        stockpile.reportedOn(foundOn.plusDays(offsets(400).generate(in)));
      }
    }
    LocalDate start = found.orElse(eif.minusDays(100));
    long left = quantity;
    int destructions = range(0, 2).generate(in);
    for (int i = 0; i < destructions && left > 0; i++) {
      long destroyed = i == destructions - 1 && booleans().generate(in) ? left : Math.max(1, left / 2);
      stockpile.addDestruction(Destruction.of(start.plusDays(offsets(5000).generate(in)), destroyed));
      left -= destroyed;
    }
    return stockpile.build();
  }

  private static MinedArea minedArea(org.quicktheories.core.RandomnessSource in, String id, LocalDate eif) {
    MinedArea.Builder area = MinedArea.builder().id(id).evidence(enumValues(HazardEvidence.class).generate(in));
    LocalDate identified = eif.minusDays(365).plusDays(offsets(8000).generate(in));
    if (booleans().generate(in)) {
      area.identifiedOn(identified);
    }
    if (booleans().generate(in)) {
      area.protectedSince(identified.plusDays(offsets(1000).generate(in)));
    }
    if (booleans().generate(in)) {
      area.released(identified.plusDays(offsets(6000).generate(in)), enumValues(ReleaseMethod.class).generate(in));
    }
    return area.build();
  }

  private static ExtensionRequest extensionRequest(org.quicktheories.core.RandomnessSource in, LocalDate deadline) {
    ExtensionRequest.Builder request = ExtensionRequest.builder();
    LocalDate submitted = deadline.minusDays(400).plusDays(offsets(500).generate(in));
    request.submittedOn(submitted);
    int years = pick(List.of(1, 3, 5, 10, 12)).generate(in);
    LocalDate asked = deadline.plusYears(years).plusDays(pick(List.of(0, 0, 1, -1)).generate(in));
    if (!asked.isAfter(submitted)) {
      asked = submitted.plusDays(1);
    }
    request.requestedUntil(asked);
    if (booleans().generate(in)) {
      ImmutableSet.Builder<RequestElement> contents = ImmutableSet.builder();
      for (RequestElement element : RequestElement.values()) {
        if (range(0, 5).generate(in) > 0) {
          contents.add(element);
        }
      }
      request.contents(contents.build());
    }
    if (range(0, 3).generate(in) > 0) {
      LocalDate decided = submitted.plusDays(1 + offsets(500).generate(in));
      ExtensionDecision.Builder decision = ExtensionDecision.builder()
          .forum(enumValues(Forum.class).generate(in))
          .decidedOn(decided);
      if (booleans().generate(in)) {
        decision.votes(Votes.of(range(0, 100).generate(in), range(0, 100).generate(in), range(0, 20).generate(in)));
      }
      if (range(0, 4).generate(in) > 0) {
        LocalDate granted = asked.isAfter(decided) ? asked : decided.plusYears(1);
        decision.grantedUntil(granted);
      }
      request.decision(decision.build());
    }
    return request.build();
  }

  private static TransparencyReport report(org.quicktheories.core.RandomnessSource in, LocalDate eif, boolean initial) {
    if (initial) {
      return TransparencyReport.initial(eif.plusDays(offsets(400).generate(in)));
    }
    Year covered = Year.of(eif.getYear() + range(0, 30).generate(in));
    LocalDate due = TreatyCalendar.annualReportDeadline(covered);
    TransparencyReport.Builder report = TransparencyReport.builder()
        .kind(ReportKind.ANNUAL)
        .coveredYear(covered)
        .submittedOn(due.minusDays(60).plusDays(offsets(200).generate(in)));
    if (booleans().generate(in)) {
      ImmutableSet.Builder<ReportSection> sections = ImmutableSet.builder();
      for (ReportSection section : ReportSection.values()) {
        if (range(0, 8).generate(in) > 0) {
          sections.add(section);
        }
      }
      report.sections(sections.build());
    }
    return report.build();
  }

  /** A Special Meeting proposal for 40 to 200 States Parties, its support weighted around one third, convened on any day near the deadline. */
  public static Gen<SpecialMeetingProposal> specialMeetingProposals() {
    return in -> {
      int total = range(40, 200).generate(in);
      int third = (total + 2) / 3;
      int favour = Math.max(0, Math.min(total, third + range(-2, 2).generate(in) * (booleans().generate(in) ? 1 : range(1, 20).generate(in))));
      LocalDate communicated = daysBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2050, 12, 31)).generate(in);
      SpecialMeetingProposal.Builder proposal = SpecialMeetingProposal.builder()
          .communicatedOn(communicated).statesParties(total).inFavourWithin14Days(favour);
      if (booleans().generate(in)) {
        proposal.convenedOn(communicated.plusDays(range(0, 40).generate(in)));
        if (booleans().generate(in)) {
          proposal.present(range(0, total).generate(in));
        }
      }
      return proposal.build();
    };
  }

  /** A fact-finding mission with 1 to 12 experts, notice around 72 hours, stays around the limits. */
  public static Gen<FactFindingMission> missions() {
    return in -> {
      java.time.LocalDateTime notified = LocalDate.of(2030, 1, 1).atStartOfDay().plusHours(range(0, 10_000).generate(in));
      int days = range(0, 20).generate(in);
      FactFindingMission.Builder mission = FactFindingMission.builder()
          .invitedByRequestedState(booleans().generate(in))
          .notifiedAt(notified)
          .arrivedAt(notified.plusHours(range(60, 80).generate(in)))
          .daysInTerritory(days)
          .longerStayAgreed(range(0, 4).generate(in) == 0);
      int experts = range(1, 12).generate(in);
      for (int i = 0; i < experts; i++) {
        mission.addExpertNationality(pick(List.of("CHE", "SWE", "NZL", "NOR", "AUT", "XXX")).generate(in));
      }
      int sites = range(0, 3).generate(in);
      for (int i = 0; i < sites; i++) {
        mission.putDaysAtSite("site " + i, range(0, days).generate(in));
      }
      return mission.build();
    };
  }

  /** An amendment proposal for 40 to 200 States Parties with support, a vote and acceptances around the majorities. */
  public static Gen<AmendmentProposal> amendmentProposals() {
    return in -> {
      int total = range(40, 200).generate(in);
      int majority = total / 2 + 1;
      LocalDate circulated = daysBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2050, 12, 31)).generate(in);
      AmendmentProposal.Builder proposal = AmendmentProposal.builder()
          .circulatedOn(circulated).statesParties(total)
          .supportWithin30Days(Math.max(0, Math.min(total, majority + range(-2, 2).generate(in))));
      if (booleans().generate(in)) {
        proposal.conferenceOpenedOn(circulated.plusDays(range(31, 400).generate(in)));
        int inFavour = range(0, total).generate(in);
        proposal.adoptionVote(Votes.of(inFavour, range(0, total - inFavour).generate(in), 0));
        int accepted = Math.max(0, Math.min(total, majority + range(-3, 3).generate(in)));
        for (int i = 0; i < accepted; i++) {
          proposal.addAcceptance(circulated.plusDays(range(400, 3000).generate(in)));
        }
      }
      return proposal.build();
    };
  }

  /** The last day of February in {@code year}: 29 in a leap year. */
  public static LocalDate endOfFebruary(int year) {
    return Year.of(year).atMonth(Month.FEBRUARY).atEndOfMonth();
  }

  /** A constant generator, for readability in compositions. */
  public static <T> Gen<T> just(T value) {
    return constant(value);
  }
}
