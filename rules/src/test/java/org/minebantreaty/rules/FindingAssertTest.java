package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minebantreaty.rules.FindingAssert.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The custom assertion fails, with a message that shows the finding, when its check does not hold. */
class FindingAssertTest {

  private final Finding overdue = Finding.builder().code(FindingCodes.ART4_STOCKPILE_DESTRUCTION)
      .citation(Citation.article(4))
      .status(Status.OVERDUE)
      .subject("Greece (GRC)")
      .deadline(LocalDate.of(2008, 3, 1))
      .summary(Phrase.verbatim("Overdue"))
      .build();

  @Test
  void passesWhenEveryCheckHolds() {
    assertThat(overdue).cites("Art. 4").isOverdueSince(LocalDate.of(2008, 3, 2)).hasDeadline(LocalDate.of(2008, 3, 1)).says("Overdue");
  }

  @Test
  void failsOnTheWrongCitationAndShowsTheFinding() {
    assertThatThrownBy(() -> assertThat(overdue).cites("Art. 5(1)"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a finding citing <Art. 5(1)> but it cites <Art. 4>")
        .hasMessageContaining("overdue: Overdue");
  }

  @Test
  void failsOnTheWrongFirstDayOfNonCompliance() {
    assertThatThrownBy(() -> assertThat(overdue).isOverdueSince(LocalDate.of(2008, 3, 1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected overdue since <2008-03-01> but was overdue since <2008-03-02>");
  }

  @Test
  void failsOnTheWrongStatus() {
    assertThatThrownBy(() -> assertThat(overdue).wasMetOn(Status.MET, LocalDate.of(2008, 3, 1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected status <MET> but was <OVERDUE>");
  }
}
