package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers and counts in findings read as English prose writes them. */
class WordingTest {

  @Test
  void groupedNumbersAgreeWithTheJdksEnglishGroupingForEveryLong() {
    qt().forAll(longs().between(Long.MIN_VALUE + 1, Long.MAX_VALUE)).checkAssert(n ->
        assertThat(Wording.grouped(n)).isEqualTo(String.format(Locale.ENGLISH, "%,d", n)));
    assertThat(Wording.grouped(0)).isEqualTo("0");
    assertThat(Wording.grouped(999)).isEqualTo("999");
    assertThat(Wording.grouped(1000)).isEqualTo("1,000");
    assertThat(Wording.count(1, "mine", "mines")).isEqualTo("1 mine");
    assertThat(Wording.countOf(586_159, 1_586_159, "mine", "mines")).isEqualTo("586,159 of 1,586,159 mines");
  }
}
