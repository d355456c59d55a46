package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minebantreaty.rules.Cases.day;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.testing.TreatyFacts;

/** The JSON form of an assessment: well-formed, complete, and stable in shape. */
class JsonTest {

  @Test
  void theReaderRejectsWhatIsNotJson() {
    assertThatThrownBy(() -> StrictJson.parse("{\"a\":1,}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StrictJson.parse("{\"a\":\"x\ny\"}")).hasMessageContaining("raw control character");
    assertThatThrownBy(() -> StrictJson.parse("[1] 2")).hasMessageContaining("trailing input");
  }

  @Test
  @SuppressWarnings("unchecked")
  void greecesAssessmentHasTheDocumentedShape() {
    State greece = Cases.greece().addStockpile(Stockpile.builder().quantity(10).build()).build();
    Map<String, Object> json = (Map<String, Object>) StrictJson.parse(Cases.assess(greece, day(2026, 11, 22)).toJson());
    assertThat(json).containsKeys("schemaVersion", "state", "asOf", "deadlines", "withdrawal", "findings");
    assertThat(json.get("schemaVersion")).isEqualTo(1L);
    assertThat((Map<String, Object>) json.get("deadlines")).containsEntry("stockpileDestruction", "2008-03-01").containsEntry("withdrawalEffective", null);
    Map<String, Object> first = ((List<Map<String, Object>>) json.get("findings")).get(0);
    assertThat(first).containsEntry("status", "OVERDUE").containsEntry("deadline", "2008-03-01")
        .containsEntry("citation", Map.of("reference", "Art. 4", "article", 4L, "source", "TREATY"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyAssessmentIsWellFormedJsonThatKeepsEveryFindingWord() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      Assessment assessment = Convention.standard().assess(state, day);
      Map<String, Object> json = (Map<String, Object>) StrictJson.parse(assessment.toJson());
      List<Map<String, Object>> findings = (List<Map<String, Object>>) json.get("findings");
      assertThat(findings).hasSize(assessment.findings().size());
      for (int i = 0; i < findings.size(); i++) {
        Finding finding = assessment.findings().get(i);
        assertThat(findings.get(i).get("summary")).isEqualTo(finding.summary());
        assertThat(findings.get(i).get("status")).isEqualTo(finding.status().name());
        assertThat(findings.get(i).get("code")).isEqualTo(finding.code());
        assertThat((List<Object>) findings.get(i).get("reasons")).hasSize(finding.reasons().size());
      }
      assertThat(((Map<String, Object>) json.get("state")).get("name")).isEqualTo(state.name());
    });
  }
}
