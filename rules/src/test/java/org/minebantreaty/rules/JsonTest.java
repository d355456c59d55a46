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
    assertThat(json).containsKeys("schemaVersion", "language", "state", "asOf", "deadlines", "withdrawal", "findings");
    assertThat(json.get("schemaVersion")).isEqualTo(2L);
    assertThat(json.get("language")).isEqualTo("en");
    assertThat((Map<String, Object>) json.get("deadlines")).containsEntry("stockpileDestruction", "2008-03-01").containsEntry("withdrawalEffective", null);
    Map<String, Object> first = ((List<Map<String, Object>>) json.get("findings")).get(0);
    assertThat(first).containsEntry("status", "OVERDUE").containsEntry("deadline", "2008-03-01")
        .containsEntry("citation", Map.of("reference", "Art. 4", "text", "Art. 4", "article", 4L, "source", "TREATY"));
    Map<String, Object> summary = (Map<String, Object>) first.get("summary");
    assertThat(summary.get("code")).isEqualTo("stockpiles.overdue");
    assertThat((Map<String, Object>) summary.get("arguments")).containsEntry("since", "2008-03-02").containsEntry("remaining", 10L).containsEntry("held", 10L);
    assertThat(summary.get("text")).isEqualTo("Overdue since 2 March 2008: 10 of 10 mines remain undestroyed");
    Map<String, Object> entry = (Map<String, Object>) ((List<Object>) first.get("reasons")).get(0);
    assertThat(entry.get("code")).isEqualTo("art17.in-force-six-months-after-deposit");
    assertThat((Map<String, Object>) entry.get("arguments")).containsEntry("instrument", "RATIFICATION")
        .containsEntry("state", Map.of("iso3", "GRC", "name", "Greece")).containsEntry("deposited", "2003-09-25");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCharacterBeyondLatin1IsEscapedAndReadsBackTheSame() {
    // A name with an accent (Latin-1), an en dash, a curly apostrophe and a character outside the basic plane.
    String name = "Côte d’Ivoire – test \uD83C\uDF0D";
    State state = Cases.greece().name(name).build();
    String text = Cases.assess(state, day(2026, 11, 22)).toJson();
    assertThat(text).contains("Côte d\\u2019Ivoire \\u2013 test \\ud83c\\udf0d").doesNotContain("’").doesNotContain("–");
    assertThat(text.chars()).allMatch(c -> c <= 0xFF);
    Map<String, Object> json = (Map<String, Object>) StrictJson.parse(text);
    assertThat(((Map<String, Object>) json.get("state")).get("name")).isEqualTo(name);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theJsonInAnotherLanguageChangesTheTextsAndNothingElse() {
    Assessment greece = Convention.standard().assess(Cases.greece().addStockpileCount(org.minebantreaty.core.StockpileCount.of(Cases.day(2019, 5, 24), 343_413)).build(),
        Cases.day(2026, 12, 2));
    Map<String, Object> english = (Map<String, Object>) StrictJson.parse(greece.toJson());
    Map<String, Object> french = (Map<String, Object>) StrictJson.parse(greece.toJson(java.util.Locale.FRENCH));
    assertThat(french.get("language")).isEqualTo("fr");
    assertThat(withoutTexts(french)).isEqualTo(withoutTexts(english));
    assertThat(french).isNotEqualTo(english);
  }

  /** The JSON with every text field and the language removed: what must not depend on the language. */
  @SuppressWarnings("unchecked")
  private static Object withoutTexts(Object json) {
    if (json instanceof Map) {
      Map<String, Object> copy = new java.util.TreeMap<>();
      ((Map<String, Object>) json).forEach((key, value) -> {
        if (!key.equals("text") && !key.equals("language")) {
          copy.put(key, withoutTexts(value));
        }
      });
      return copy;
    }
    if (json instanceof List) {
      return ((List<Object>) json).stream().map(JsonTest::withoutTexts).toList();
    }
    return json;
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
        Map<String, Object> summary = (Map<String, Object>) findings.get(i).get("summary");
        assertThat(summary.get("text")).isEqualTo(finding.summary());
        assertThat(summary.get("code")).isEqualTo(finding.summaryPhrase().code());
        assertThat(((Map<String, Object>) summary.get("arguments")).keySet()).isEqualTo(finding.summaryPhrase().arguments().keySet());
        assertThat(findings.get(i).get("status")).isEqualTo(finding.status().name());
        assertThat(findings.get(i).get("code")).isEqualTo(finding.code());
        assertThat((List<Object>) findings.get(i).get("reasons")).hasSize(finding.reasons().size());
        // Every outcome the finding decides is a field, and only those it decides.
        Map<String, Object> fields = findings.get(i);
        assertThat(java.util.Optional.ofNullable(fields.get("adopted"))).isEqualTo(finding.adopted());
        assertThat(java.util.Optional.ofNullable(fields.get("minesRemaining")).map(n -> ((Number) n).longValue()))
            .isEqualTo(finding.minesRemaining().isPresent() ? java.util.Optional.of(finding.minesRemaining().getAsLong()) : java.util.Optional.empty());
        assertThat(java.util.Optional.ofNullable(fields.get("areasOutstanding")).map(n -> ((Number) n).longValue()))
            .isEqualTo(finding.areasOutstanding().isPresent() ? java.util.Optional.of(finding.areasOutstanding().getAsLong()) : java.util.Optional.empty());
        assertThat(java.util.Optional.ofNullable(fields.get("deadline"))).isEqualTo(finding.deadline().map(Object::toString));
        assertThat(java.util.Optional.ofNullable(fields.get("metOn"))).isEqualTo(finding.metOn().map(Object::toString));
      }
      assertThat(((Map<String, Object>) json.get("state")).get("name")).isEqualTo(state.name());
    });
  }
}
