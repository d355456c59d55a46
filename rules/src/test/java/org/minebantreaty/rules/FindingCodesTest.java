package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.ClarificationCase;
import org.minebantreaty.core.Destruction;
import org.minebantreaty.core.InvalidFactException;
import org.minebantreaty.core.Meeting;
import org.minebantreaty.core.MeetingKind;
import org.minebantreaty.core.ProcedureDecision;
import org.minebantreaty.core.ReportSection;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.StockpileCount;
import org.minebantreaty.core.TransparencyReport;
import org.minebantreaty.core.Votes;
import org.minebantreaty.core.testing.TreatyFacts;

/**
 * Every finding has a code of {@link FindingCodes#CATALOGUE}, with a status its entry lists; every
 * code of the catalogue is given by some finding; and {@code docs/finding-codes.md} is the catalogue,
 * with an example of each code drawn from the same corpus of worked and generated cases. Run with
 * {@code -Dfinding-codes.write=true} to write the table after changing the catalogue.
 */
class FindingCodesTest {

  private static final Path TABLE = Path.of("..", "docs", "finding-codes.md");
  private static final long SEED = 20261202L;
  private static final List<Finding> CORPUS = new ArrayList<>();

  @BeforeAll
  static void buildTheCorpus() {
    LocalDate today = LocalDate.of(2026, 12, 2);
    // Worked cases first: their sentences are the examples a reader meets first.
    CORPUS.addAll(Convention.standard().assess(Cases.greece().addStockpileCount(StockpileCount.of(LocalDate.of(2019, 5, 24), 343_413)).build(), today).findings());
    CORPUS.addAll(Convention.standard().assess(Cases.greece().addStockpile(Stockpile.builder().quantity(1_586_159)
        .addDestruction(Destruction.of(LocalDate.of(2009, 6, 1), 1_000_000)).build())
        .transparencyReportsKnown(true)
        .addTransparencyReport(TransparencyReport.builder().kind(org.minebantreaty.core.ReportKind.INITIAL).submittedOn(LocalDate.of(2004, 9, 10))
            .sections(com.google.common.collect.ImmutableSet.of(ReportSection.NATIONAL_MEASURES)).build())
        .addTransparencyReport(TransparencyReport.annual(Year.of(2024), LocalDate.of(2025, 4, 30)))
        .build(), today).findings());
    CORPUS.addAll(Convention.standard().assess(Cases.ukraine().build(), today).findings());
    CORPUS.addAll(MeetingCalendar.check(List.of(
        Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "First Meeting of the States Parties", LocalDate.of(1999, 5, 3), LocalDate.of(1999, 5, 7)),
        Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "Second Meeting of the States Parties", LocalDate.of(2000, 9, 11), LocalDate.of(2000, 9, 15)),
        Meeting.of(MeetingKind.REVIEW_CONFERENCE, "First Review Conference", LocalDate.of(2004, 11, 29), LocalDate.of(2004, 12, 3)),
        Meeting.of(MeetingKind.REVIEW_CONFERENCE, "Second Review Conference", LocalDate.of(2007, 11, 29), LocalDate.of(2007, 12, 4)))));
    CORPUS.addAll(MeetingCalendar.check(List.of(
        Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "First Meeting of the States Parties", LocalDate.of(2000, 5, 3), LocalDate.of(2000, 5, 7)))));
    CORPUS.addAll(MeetingCalendar.check(List.of(
        Meeting.of(MeetingKind.REVIEW_CONFERENCE, "First Review Conference", LocalDate.of(2004, 11, 29), LocalDate.of(2004, 12, 3)))));
    CORPUS.addAll(Convention.standard().assess(State.builder().from(Cases.greece().build())
        .instrument(org.minebantreaty.core.Instrument.builder().kind(org.minebantreaty.core.InstrumentKind.RATIFICATION)
            .depositedOn(LocalDate.of(2003, 9, 25)).addReservation("Art. 5 shall not apply to the islands").build()).build(), today).findings());
    // Areas known only from the report of their discovery, found after a completion and never reported released.
    CORPUS.addAll(Convention.standard().assess(Cases.greece().minedAreaCompletionDeclaredOn(LocalDate.of(2009, 12, 4))
        .addMinedArea(org.minebantreaty.core.MinedArea.builder().id("the area found in 2016").identifiedOn(LocalDate.of(2016, 5, 1))
            .knownOnlyFromItsDiscovery(true).build())
        .addExtensionRequest(org.minebantreaty.core.ExtensionRequest.grantedOn(LocalDate.of(2017, 12, 1), LocalDate.of(2020, 12, 31))).build(), today).findings());
    CORPUS.addAll(MeetingCalendar.check(List.of(
        Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "First Meeting of the States Parties", LocalDate.of(1999, 5, 3), LocalDate.of(1999, 5, 7)),
        Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "Third Meeting of the States Parties", LocalDate.of(2002, 9, 11), LocalDate.of(2002, 9, 15)))));
    // Counts of a stockpile, before and after the deadline, with mines remaining and with none.
    LocalDate beforeDeadline = LocalDate.of(2007, 6, 1);
    LocalDate afterDeadline = LocalDate.of(2010, 6, 1);
    CORPUS.addAll(Convention.standard().assess(Cases.greece().addStockpileCount(StockpileCount.of(beforeDeadline, 9_000)).build(), LocalDate.of(2007, 7, 1)).findings());
    CORPUS.addAll(Convention.standard().assess(Cases.greece().addStockpileCount(StockpileCount.of(beforeDeadline, 9_000)).build(), today).findings());
    CORPUS.addAll(Convention.standard().assess(Cases.greece().addStockpileCount(StockpileCount.of(beforeDeadline, 0)).build(), today).findings());
    CORPUS.addAll(Convention.standard().assess(Cases.greece().addStockpileCount(StockpileCount.of(afterDeadline, 0)).build(), today).findings());
    // A stockpile held in a number no record gives, before and after the deadline.
    CORPUS.addAll(Convention.standard().assess(Cases.greece().stockpileHeldInUnknownQuantity(true).build(), LocalDate.of(2007, 7, 1)).findings());
    CORPUS.addAll(Convention.standard().assess(Cases.greece().stockpileHeldInUnknownQuantity(true).build(), today).findings());
    // Mined areas known only from an extension granted, with completion known not to have been declared.
    CORPUS.addAll(Convention.standard().assess(Cases.greece().minedAreaCompletionKnown(true)
        .addExtensionRequest(org.minebantreaty.core.ExtensionRequest.grantedOn(LocalDate.of(2013, 12, 1), LocalDate.of(2018, 3, 1)))
        .addExtensionRequest(org.minebantreaty.core.ExtensionRequest.grantedOn(LocalDate.of(2017, 12, 1), LocalDate.of(2028, 3, 1))).build(), today).findings());
    // Areas known only from their discovery, outstanding after the original deadline.
    CORPUS.addAll(Convention.standard().assess(Cases.greece()
        .addMinedArea(org.minebantreaty.core.MinedArea.builder().id("area 1").identifiedOn(LocalDate.of(2005, 5, 1)).knownOnlyFromItsDiscovery(true).build())
        .build(), today).findings());
    // An instrument with two reservations.
    CORPUS.addAll(Convention.standard().assess(State.builder().from(Cases.greece().build())
        .instrument(org.minebantreaty.core.Instrument.builder().kind(org.minebantreaty.core.InstrumentKind.RATIFICATION)
            .depositedOn(LocalDate.of(2003, 9, 25)).addReservation("Art. 5 shall not apply to the islands").addReservation("Art. 8 shall not apply").build())
        .build(), today).findings());
    // Then generated States, policies and procedures, on a seed of their own so the examples never move.
    qt().withFixedSeed(SEED).withExamples(4000).forAll(TreatyFacts.states(), TreatyFacts.assessmentDays(), TreatyFacts.days())
        .checkAssert((state, day, seed) -> CORPUS.addAll(Convention.standard().assess(state, day, policies(seed.toEpochDay())).findings()));
    qt().withFixedSeed(SEED).withExamples(600).forAll(TreatyFacts.amendmentProposals(), TreatyFacts.days())
        .checkAssert((proposal, day) -> CORPUS.addAll(AmendmentProcedure.assess(proposal, day)));
    qt().withFixedSeed(SEED).withExamples(1500).forAll(TreatyFacts.specialMeetingProposals(), TreatyFacts.missions(), TreatyFacts.days())
        .checkAssert((proposal, mission, seed) -> {
          SplittableRandom random = new SplittableRandom(seed.toEpochDay());
          LocalDate received = proposal.communicatedOn().minusDays(30 + random.nextInt(60));
          ClarificationCase.Builder clarification = ClarificationCase.builder().addRequestingState("NOR").requestedState("XXX")
              .requestReceivedOn(received);
          if (random.nextBoolean()) {
            clarification.answeredOn(received.plusDays(random.nextInt(60)));
          }
          if (random.nextBoolean()) {
            clarification.submittedToMeetingOn(received.plusDays(10 + random.nextInt(60)));
          }
          if (random.nextBoolean()) {
            clarification.specialMeeting(proposal);
          }
          ProcedureDecision.Matter matter = ProcedureDecision.Matter.values()[random.nextInt(ProcedureDecision.Matter.values().length)];
          LocalDate decided = proposal.communicatedOn().plusDays(random.nextInt(30));
          clarification.addDecision(random.nextBoolean() ? ProcedureDecision.byConsensus(matter, decided)
              : ProcedureDecision.byVote(matter, decided, Votes.of(random.nextInt(150), random.nextInt(80), random.nextInt(20))));
          if (random.nextBoolean()) {
            clarification.mission(mission);
          }
          try {
            ClarificationCase built = clarification.build();
            CORPUS.addAll(ComplianceProcedure.assess(built, received.plusDays(random.nextInt(400))));
          } catch (InvalidFactException impossible) {
            // A combination the facts refuse is simply not in the corpus.
          }
        });
  }

  private static Policies policies(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Policies.Builder policies = Policies.builder()
        .assistanceReading(Policies.AssistanceReading.values()[random.nextInt(2)])
        .lateStockpileClock(Policies.LateStockpileClock.values()[random.nextInt(2)]);
    if (random.nextBoolean()) {
      policies.retainedMinesThreshold(random.nextInt(5_000));
    }
    return policies.build();
  }

  @Test
  void everyFindingHasACodeOfTheCatalogueAndAStatusItsEntryLists() {
    TreeSet<String> wrong = new TreeSet<>();
    for (Finding finding : CORPUS) {
      FindingCodes.entry(finding.code()).ifPresentOrElse(
          entry -> {
            if (!entry.statuses().contains(finding.status())) {
              wrong.add(finding.code() + " takes " + finding.status() + ": " + finding.summary());
            }
          },
          () -> wrong.add(finding.code() + " is not in the catalogue"));
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyCodeOfTheCatalogueIsGivenWithEveryStatusItLists() {
    TreeSet<String> unseen = new TreeSet<>();
    for (FindingCodes.Entry entry : FindingCodes.CATALOGUE) {
      for (Status status : entry.statuses()) {
        if (CORPUS.stream().noneMatch(finding -> finding.code().equals(entry.code()) && finding.status() == status)) {
          unseen.add(entry.code() + " " + status);
        }
      }
    }
    assertThat(unseen).isEmpty();
  }

  @Test
  void codesAreWellFormedAndListedOnce() {
    assertThat(FindingCodes.CATALOGUE).extracting(FindingCodes.Entry::code).doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(code).matches(FindingCodes.FORM.pattern()));
    assertThatThrownBy(() -> Finding.builder().code("Art 4").citation(Citation.article(4)).status(Status.MET).subject("x").summary(Phrase.verbatim("x"))
        .metOn(LocalDate.of(2008, 1, 1)).build()).isInstanceOf(InvalidFactException.class).hasMessageStartingWith("Finding.code = \"Art 4\"");
  }

  /** Every phrase the corpus says, its nested phrases included. */
  private static java.util.Set<Phrase> phrases() {
    java.util.Set<Phrase> said = new java.util.HashSet<>();
    java.util.Deque<Phrase> open = new java.util.ArrayDeque<>();
    for (Finding finding : CORPUS) {
      open.add(finding.summaryPhrase());
      finding.reasons().forEach(reason -> open.add(reason.phrase()));
      open.addAll(finding.missingFactPhrases());
    }
    while (!open.isEmpty()) {
      Phrase phrase = open.pop();
      if (said.add(phrase)) {
        phrase.arguments().values().stream().filter(Phrase.class::isInstance).map(Phrase.class::cast).forEach(open::add);
      }
    }
    return said;
  }

  /** Whether {@code code} is a sentence a finding says, rather than a word of the layout, a name, a title or a status. */
  private static boolean isFindingSentence(String code) {
    return code.contains(".") && Character.isLowerCase(code.charAt(0))
        && !code.matches("(name|state|status|article|citation|period|text|glance|markdown|assessment|compare|timeline)\\..*");
  }

  @Test
  void everySentenceOfTheFilesIsSaidBySomeFinding() {
    java.util.Set<String> said = new TreeSet<>();
    phrases().forEach(phrase -> said.add(phrase.code()));
    TreeSet<String> unsaid = new TreeSet<>(Wording.in(Language.ENGLISH).sentences().keySet());
    unsaid.removeIf(code -> !isFindingSentence(code));
    unsaid.removeAll(said);
    assertThat(unsaid).as("sentences no finding of the corpus says").isEmpty();
  }

  @Test
  void everyFindingReadsInEveryLanguageWithEverySlotFilled() {
    for (Locale language : Phrase.LANGUAGES) {
      TreeSet<String> unfilled = new TreeSet<>();
      for (Phrase phrase : phrases()) {
        String text = phrase.in(language);
        if (text.isBlank() || text.contains("{") || text.contains("}") || text.contains("  ")) {
          unfilled.add(phrase.code() + ": " + text);
        }
      }
      for (Finding finding : CORPUS.subList(0, 400)) {
        assertThat(finding.toText(language)).doesNotContain("{").doesNotContain("}");
      }
      assertThat(unfilled).as("%s", language).isEmpty();
    }
  }

  /** What kind of argument {@code value} is, as the published table names it. */
  private static String kind(Object value) {
    if (value instanceof LocalDate) {
      return "date";
    } else if (value instanceof Long) {
      return "quantity";
    } else if (value instanceof Year) {
      return "year";
    } else if (value instanceof java.time.Period) {
      return "period";
    } else if (value instanceof Boolean) {
      return "boolean";
    } else if (value instanceof Enum) {
      return ((Enum<?>) value).getDeclaringClass().getSimpleName();
    } else if (value instanceof Citation) {
      return "citation";
    } else if (value instanceof StateName) {
      return "State";
    } else if (value instanceof Phrase) {
      return "phrase";
    }
    return "name";
  }

  @Test
  void thePublishedTableIsTheCatalogue() throws IOException {
    Map<String, String> examples = new LinkedHashMap<>();
    for (Finding finding : CORPUS) {
      examples.putIfAbsent(finding.code(), finding.summary());
    }
    StringBuilder table = new StringBuilder()
        .append("# Finding codes\n\n")
        .append("Every finding the library makes carries one of these codes (`Finding.code()`, `\"code\"` in JSON): which obligation or\n")
        .append("procedure it judges. With the finding's subject, the code identifies it across dates. Codes are part of the API's\n")
        .append("compatibility promise (see the README): a minor version may add a code or a status a code can take; only a major\n")
        .append("version removes or renames one. The examples are summaries the library wrote for worked or generated cases.\n")
        .append("This file is written from `FindingCodes.CATALOGUE` by `FindingCodesTest`, which fails when they differ.\n\n")
        .append("| code | citation | subject | statuses | example |\n| --- | --- | --- | --- | --- |\n");
    for (FindingCodes.Entry entry : FindingCodes.CATALOGUE) {
      table.append("| `").append(entry.code()).append("` | ").append(entry.citation()).append(" | ").append(entry.subjects()).append(" | ")
          .append(String.join(", ", entry.statuses().stream().map(Status::label).toList())).append(" | ")
          .append(examples.getOrDefault(entry.code(), "").replace("|", "\\|")).append(" |\n");
    }
    Map<String, String> englishExamples = new java.util.TreeMap<>();
    for (Phrase phrase : phrases()) {
      englishExamples.merge(phrase.code(), phrase.toString(),
          (a, b) -> a.length() < b.length() || a.length() == b.length() && a.compareTo(b) <= 0 ? a : b);
    }
    table.append("\n## Sentence codes\n\n")
        .append("Every sentence a finding says — its summary, each reason, each missing fact — is a phrase: one of these codes and its\n")
        .append("arguments (`Finding.summaryPhrase()`, `Reason.phrase()`, `Finding.missingFactPhrases()`; `\"summary\"`, `\"reasons\"` and\n")
        .append("`\"missingFacts\"` in JSON, each with `code`, `arguments` and `text`). The sentences themselves are in\n")
        .append("`rules/src/main/resources/org/minebantreaty/rules/words/` (`en`, `fr` and `es`). A sentence code, like a finding code,\n")
        .append("is only renamed or removed in a major version, and its arguments keep their names and meanings; its words may\n")
        .append("change in any version. Each argument is given with its kind, as the JSON writes it: a date (`YYYY-MM-DD`), a\n")
        .append("quantity or a year (a number), a period (ISO 8601, `P10Y2D`), a boolean, an enum constant (its name), a name (a string),\n")
        .append("a State (`iso3` and `name`), a citation, or a phrase. The example is the shortest sentence the test corpus says with it.\n\n")
        .append("| sentence code | arguments | example |\n| --- | --- | --- |\n");
    Wording english = Wording.in(Language.ENGLISH);
    Map<String, Map<String, java.util.SortedSet<String>>> kinds = new java.util.HashMap<>();
    for (Phrase phrase : phrases()) {
      phrase.arguments().forEach((name, value) -> kinds.computeIfAbsent(phrase.code(), c -> new java.util.HashMap<>())
          .computeIfAbsent(name, n -> new java.util.TreeSet<>()).add(kind(value)));
    }
    for (String code : english.sentences().keySet()) {
      if (isFindingSentence(code)) {
        List<String> arguments = new ArrayList<>();
        for (String slot : english.slots(code)) {
          java.util.SortedSet<String> seen = kinds.getOrDefault(code, Map.of()).get(slot);
          arguments.add(seen == null ? slot : slot + " (" + String.join(" or ", seen) + ")");
        }
        table.append("| `").append(code).append("` | ").append(String.join(", ", arguments)).append(" | ")
            .append(englishExamples.getOrDefault(code, "").replace("|", "\\|")).append(" |\n");
      }
    }
    String dump = System.getProperty("finding-codes.examples");
    if (dump != null) {
      // For a translator's review: the example of each sentence code in every language, side by side.
      Map<String, Phrase> shortest = new java.util.TreeMap<>();
      for (Phrase phrase : phrases()) {
        shortest.merge(phrase.code(), phrase, (a, b) -> a.toString().length() <= b.toString().length() ? a : b);
      }
      StringBuilder out = new StringBuilder();
      shortest.forEach((code, phrase) -> {
        out.append(code).append('\n');
        Phrase.LANGUAGES.forEach(language -> out.append("  ").append(language).append(": ").append(phrase.in(language)).append('\n'));
      });
      Files.writeString(Path.of(dump), out, StandardCharsets.UTF_8);
    }
    if (Boolean.getBoolean("finding-codes.write")) {
      Files.writeString(TABLE, table, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(TABLE, StandardCharsets.UTF_8)).as("docs/finding-codes.md; write it with -Dfinding-codes.write=true").isEqualTo(table.toString());
  }
}
