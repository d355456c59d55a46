package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.InstrumentKind;

/**
 * How phrases become words: numbers, dates and plurals as each language writes them, the sentence
 * syntax, and the three files of sentences, which must give every code the same arguments.
 */
class WordingTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void groupedNumbersAgreeWithTheJdksGroupingInEveryLanguageForEveryLong() {
    qt().forAll(longs().between(Long.MIN_VALUE + 1, Long.MAX_VALUE)).checkAssert(n -> {
      assertThat(Language.ENGLISH.number(n)).isEqualTo(String.format(Locale.ENGLISH, "%,d", n));
      assertThat(Language.SPANISH.number(n)).isEqualTo(String.format(Locale.GERMANY, "%,d", n));
      // The JDK groups French digits with a narrow no-break space; the library with a no-break space, which every font has.
      assertThat(Language.FRENCH.number(n)).isEqualTo(String.format(Locale.FRENCH, "%,d", n).replace('\u202f', '\u00a0'));
    });
    assertThat(Language.ENGLISH.number(586_159)).isEqualTo("586,159");
    assertThat(Language.FRENCH.number(586_159)).isEqualTo("586\u00a0159");
    assertThat(Language.SPANISH.number(586_159)).isEqualTo("586.159");
    assertThat(Language.SPANISH.number(999)).isEqualTo("999");
    assertThat(Language.ENGLISH.number(Long.MIN_VALUE)).isEqualTo(String.format(Locale.ENGLISH, "%,d", Long.MIN_VALUE));
  }

  @Test
  void everyDayFrom1990To2060ReadsBackAsItselfInEveryLanguage() {
    DateTimeFormatter english = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    DateTimeFormatter french = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    DateTimeFormatter spanish = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", SPANISH);
    for (LocalDate day = LocalDate.of(1990, 1, 1); day.isBefore(LocalDate.of(2061, 1, 1)); day = day.plusDays(1)) {
      assertThat(LocalDate.parse(Language.ENGLISH.date(day), english)).isEqualTo(day);
      String inFrench = Language.FRENCH.date(day);
      assertThat(inFrench.startsWith("1er ")).isEqualTo(day.getDayOfMonth() == 1);
      assertThat(LocalDate.parse(inFrench.replaceFirst("^1er ", "1 "), french)).isEqualTo(day);
      assertThat(LocalDate.parse(Language.SPANISH.date(day), spanish)).isEqualTo(day);
    }
    LocalDate first = LocalDate.of(2008, 3, 1);
    assertThat(Language.ENGLISH.date(first)).isEqualTo("1 March 2008");
    assertThat(Language.FRENCH.date(first)).isEqualTo("1er mars 2008");
    assertThat(Language.SPANISH.date(first)).isEqualTo("1 de marzo de 2008");
  }

  @Test
  void pluralsFollowEachLanguagesRule() {
    ImmutableSortedMap<String, String> sentences = ImmutableSortedMap.of(
        "t.mines", "{n,plural,=0{no mine}one{# mine}other{# mines}}",
        "t.left", "{n,plural,one{# remains}other{# remain}}");
    Wording english = new Wording(Language.ENGLISH, sentences, Wording.in(Language.ENGLISH));
    Wording french = new Wording(Language.FRENCH, sentences, Wording.in(Language.FRENCH));
    assertThat(english.text("t.mines", "n", 0)).isEqualTo("no mine");
    assertThat(english.text("t.mines", "n", 1)).isEqualTo("1 mine");
    assertThat(english.text("t.mines", "n", 1_586_159)).isEqualTo("1,586,159 mines");
    // French takes the singular for zero and one; an exact choice still wins.
    assertThat(french.text("t.left", "n", 0)).isEqualTo("0 remains");
    assertThat(french.text("t.left", "n", 1)).isEqualTo("1 remains");
    assertThat(french.text("t.left", "n", 2)).isEqualTo("2 remain");
    assertThat(french.text("t.mines", "n", 0)).isEqualTo("no mine");
  }

  @Test
  void choicesNestAndAnAbsentArgumentChoosesAbsent() {
    Wording words = new Wording(Language.ENGLISH, ImmutableSortedMap.of(
        "t.destroyed", "{n,plural,one{# mine}other{# mines}} destroyed{late,select,true{ late}other{}}{by,select,absent{}other{ by {by}}}",
        "t.nested", "{inner}, cited {citation}, for {state}, {kind}, in {year}, after {span}"), Wording.in(Language.ENGLISH));
    assertThat(words.text("t.destroyed", "n", 2, "late", true)).isEqualTo("2 mines destroyed late");
    assertThat(words.text("t.destroyed", "n", 1, "late", false, "by", LocalDate.of(2008, 3, 1))).isEqualTo("1 mine destroyed by 1 March 2008");
    assertThat(words.text("t.destroyed", "n", 1, "late", false, "by", java.util.Optional.empty())).isEqualTo("1 mine destroyed");
    assertThat(words.text("t.nested", "inner", Phrase.of("art4.duty"), "citation", Citation.article(5, 3), "state",
        new StateName("GRC", "Greece"), "kind", InstrumentKind.ACCESSION, "year", Year.of(2026), "span", Period.of(10, 0, 2)))
        .isEqualTo("destroy stockpiled anti-personnel mines, cited Art. 5(3), for Greece, accession, in 2026, after 10 years, 2 days");
  }

  @Test
  void aMissingArgumentAnUnknownCodeAndAMalformedSentenceAreRefusedByName() {
    assertThatThrownBy(() -> Phrase.of("art4.four-years").in(Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("art4.four-years").hasMessageContaining("deadline is not given");
    assertThatThrownBy(() -> Phrase.of("no.such-code").in(Locale.FRENCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such-code").hasMessageContaining("fr.properties");
    assertThatThrownBy(() -> new Wording(Language.ENGLISH, ImmutableSortedMap.of("t.bad", "{n,plural,one{# mine}"), null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("t.bad");
    assertThatThrownBy(() -> new Wording(Language.ENGLISH, ImmutableSortedMap.of("t.bad", "{n,plural,one{# mine}}"), null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs an 'other'");
    assertThatThrownBy(() -> Phrase.of("t.odd", "n")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name-value pairs");
    for (String malformed : new String[] {"{n,plural}", "{n,select}", "{a,b}", "{n,plural,one{#}other{#}"}) {
      assertThatThrownBy(() -> new Wording(Language.ENGLISH, ImmutableSortedMap.of("t.bad", malformed), null)).as(malformed)
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("t.bad");
    }
    assertThatThrownBy(() -> Phrase.of("my code")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"my code\"");
    assertThatThrownBy(() -> Phrase.verbatim(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Phrase.of("x-mine.unsaid", "n", 2).toString()).isEqualTo("x-mine.unsaid{n=2}");
    assertThatThrownBy(() -> Phrase.of("t.object", "n", new Object())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("argument n is a java.lang.Object");
    assertThatThrownBy(() -> Phrase.of("art4.duty").in(Locale.GERMAN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"de\"").hasMessageContaining("French (fr)");
    assertThat(Phrase.of("art4.duty").in(Locale.CANADA_FRENCH)).isEqualTo(Phrase.of("art4.duty").in(Locale.FRENCH));
  }

  @Test
  void everyLanguageGivesEveryCodeASentenceWithNoArgumentEnglishLacks() {
    Wording english = Wording.in(Language.ENGLISH);
    for (Language language : Language.values()) {
      Wording words = Wording.in(language);
      Set<String> missing = new TreeSet<>(english.sentences().keySet());
      missing.removeAll(words.sentences().keySet());
      missing.removeIf(code -> code.startsWith("state."));
      assertThat(missing).as("codes %s lacks", language).isEmpty();
      Set<String> extra = new TreeSet<>(words.sentences().keySet());
      extra.removeAll(english.sentences().keySet());
      extra.removeIf(code -> code.startsWith("state."));
      assertThat(extra).as("codes only %s has", language).isEmpty();
      for (String code : english.sentences().keySet()) {
        if (words.sentences().containsKey(code)) {
          assertThat(english.slots(code)).as("the arguments of %s in %s", code, language).containsAll(words.slots(code));
        }
      }
    }
  }

  @Test
  void frenchAndSpanishSentencesHoldNoEnglish() {
    // Words that English sentences use and neither French nor Spanish has: one of them left in a sentence is untranslated.
    Set<String> english = Set.of("the", "of", "was", "were", "has", "have", "not", "and", "by", "with", "which", "is", "are", "its",
        "deadline", "report", "request", "extension", "meeting", "mined", "area", "areas", "State", "States", "Parties", "stockpile", "year", "years");
    for (Language language : new Language[] {Language.FRENCH, Language.SPANISH}) {
      Set<String> leftovers = new TreeSet<>();
      Wording.in(language).sentences().forEach((code, sentence) -> {
        String words = sentence.replaceAll("\\{[a-zA-Z0-9]+(,(plural|select),)?", " ").replaceAll("[{}#,;:.()«»\"]", " ");
        for (String word : words.split("\\s+")) {
          if (english.contains(word)) {
            leftovers.add(code + ": " + word);
          }
        }
      });
      assertThat(leftovers).as("English words in %s", language).isEmpty();
    }
  }

  @Test
  void citationsStatusesAndTitlesAreWrittenInEachLanguage() {
    assertThat(Citation.article(5, 3).reference(Locale.FRENCH)).isEqualTo("art. 5(3)");
    assertThat(Citation.article(7, 1, "b").reference(SPANISH)).isEqualTo("art. 7(1)(b)");
    assertThat(Citation.article(4).reference(Locale.ENGLISH)).isEqualTo("Art. 4");
    assertThat(Status.MET_LATE.label()).isEqualTo("met late");
    assertThat(Citation.titleOf(4)).isEqualTo("Destruction of stockpiled anti-personnel mines");
    assertThat(Citation.titleOf(4, Locale.FRENCH)).isEqualTo("Destruction des stocks de mines antipersonnel");
    assertThat(Citation.titleOf(4, SPANISH)).isEqualTo("Destrucción de las existencias de minas antipersonal");
    assertThat(Status.OVERDUE.label(Locale.FRENCH)).isEqualTo("en retard");
    assertThat(Status.OVERDUE.label(SPANISH)).isEqualTo("fuera de plazo");
    for (Status status : Status.values()) {
      for (Locale language : Phrase.LANGUAGES) {
        assertThat(status.label(language)).as("%s in %s", status, language).isNotBlank().isEqualTo(status.label(language).toLowerCase(language));
      }
    }
    for (Citation interpretation : new Citation[] {Interpretations.PREVIOUSLY_UNKNOWN, Interpretations.REPORT_CALENDAR, StockpilesFoundLate.MAPUTO}) {
      assertThat(interpretation.reference(Locale.FRENCH)).isNotEqualTo(interpretation.reference()).doesNotContain("Interpretation ", "Action Plan");
      assertThat(interpretation.reference(SPANISH)).isNotEqualTo(interpretation.reference()).doesNotContain("Interpretation ", "Action Plan");
    }
  }

  @Test
  void statesAreNamedInEachLanguageWithTheNamesTheStatesPartiesUse() {
    assertThat(Wording.in(Locale.FRENCH).state(new StateName("GRC", "Greece"))).isEqualTo("Grèce");
    assertThat(Wording.in(SPANISH).state(new StateName("GRC", "Greece"))).isEqualTo("Grecia");
    assertThat(Wording.in(Locale.ENGLISH).state(new StateName("GRC", "Greece"))).isEqualTo("Greece");
    assertThat(Wording.in(Locale.FRENCH).state(new StateName("COD", "Democratic Republic of the Congo"))).isEqualTo("République démocratique du Congo");
    assertThat(Wording.in(Locale.FRENCH).state(new StateName("PSE", "State of Palestine"))).isEqualTo("État de Palestine");
    assertThat(Wording.in(SPANISH).state(new StateName("VAT", "Holy See"))).isEqualTo("Santa Sede");
    assertThat(Wording.in(SPANISH).state(new StateName("XXX", "Atlantis"))).isEqualTo("Atlantis");
  }

  @Test
  void aPhraseBookOfACallersOwnFallsBackOnTheLibrarysSentences() {
    PhraseBook book = PhraseBook.of(WordingTest.class, "book");
    assertThat(book.render(Phrase.of("x-test.retained", "n", 2, "inner", Phrase.of("art4.duty")), Locale.ENGLISH))
        .isEqualTo("2 mines retained; duty: destroy stockpiled anti-personnel mines");
    assertThat(book.render(Phrase.of("x-test.retained", "n", 2, "inner", Phrase.of("art4.duty")), Locale.FRENCH))
        .startsWith("2 mines conservées; ").isNotEqualTo("2 mines conservées; duty: destroy stockpiled anti-personnel mines");
    // No Spanish file: the book's English, with the library's Spanish for what it nests.
    assertThat(book.render(Phrase.of("x-test.retained", "n", 2, "inner", Phrase.of("art4.duty")), SPANISH))
        .startsWith("2 mines retained; duty: ").isNotEqualTo("2 mines retained; duty: destroy stockpiled anti-personnel mines");
    assertThatThrownBy(() -> PhraseBook.of(WordingTest.class, "nowhere")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere/en.properties");
  }

  @Test
  void aVerbatimPhraseReadsTheSameInEveryLanguage() {
    for (Locale language : Phrase.LANGUAGES) {
      assertThat(Phrase.verbatim("Retention above 2,000").in(language)).isEqualTo("Retention above 2,000");
    }
  }
}
