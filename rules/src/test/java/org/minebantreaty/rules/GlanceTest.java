package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.minebantreaty.core.testing.TreatyFacts;
import org.junit.jupiter.api.Test;

/** The deadlines at a glance head every rendering: one line for each deadline the State has, and only those. */
class GlanceTest {

  @Test
  void textAndMarkdownListEachDeadlineAtAGlanceWithItsDay() {
    Wording english = Wording.in(Locale.ENGLISH);
    qt().withExamples(TreatyFacts.examples(500)).forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      Assessment assessment = Convention.standard().assess(state, day);
      String text = assessment.toText();
      String markdown = assessment.toMarkdown();
      boolean any = false;
      for (Comparison.Deadline deadline : Comparison.Deadline.values()) {
        if (deadline == Comparison.Deadline.WITHDRAWAL_EFFECTIVE) {
          continue;
        }
        String label = deadline.label(Locale.ENGLISH);
        Optional<LocalDate> on = deadline.in(assessment.deadlines());
        if (on.isPresent()) {
          any = true;
          String value = english.render(Phrase.of("glance.date", "day", on.get()));
          assertThat(text).as("%s on %s", state.iso3(), day).contains(label + ": " + value);
          assertThat(markdown).as("%s on %s", state.iso3(), day).contains("| " + label + " | " + value);
        } else {
          assertThat(text).as("%s on %s", state.iso3(), day).doesNotContain(label + ": ");
          assertThat(markdown).as("%s on %s", state.iso3(), day).doesNotContain("| " + label + " |");
        }
      }
      Optional<LocalDate> original = assessment.deadlines().minedAreaOriginal();
      Optional<LocalDate> current = assessment.deadlines().minedAreaCurrent();
      if (current.isPresent() && !current.equals(original)) {
        assertThat(text).contains(english.render(Phrase.of("glance.extended-from", "day", current.get(), "original", original.orElseThrow())));
      }
      String withdrawal = Comparison.Deadline.WITHDRAWAL_EFFECTIVE.label(Locale.ENGLISH) + ": ";
      assertThat(text.contains(withdrawal)).isEqualTo(state.withdrawal().filter(w -> !w.receivedOn().isAfter(day)).isPresent());
      any |= text.contains(withdrawal);
      String none = english.render(Phrase.of("glance.none")) + ": " + english.render(Phrase.of("glance.no-instrument"));
      assertThat(text.contains(none)).as("%s on %s", state.iso3(), day).isEqualTo(!any);
    });
  }
}
