package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Citations and reasons are values: written as the treaty numbers them, equal by content, ordered by article. */
class CitationTest {

  @Test
  void citationsAreWrittenAsTheTreatyNumbersItsParagraphs() {
    assertThat(Citation.article(4)).hasToString("Art. 4");
    assertThat(Citation.article(5, 3)).hasToString("Art. 5(3)");
    assertThat(Citation.article(7, 1, "b")).hasToString("Art. 7(1)(b)");
    assertThat(Citation.article(5, 4, "b", "ii")).hasToString("Art. 5(4)(b)(ii)");
    assertThat(Citation.actionPlan("Maputo Action Plan (2014)", "Action 7", 4)).hasToString("Maputo Action Plan (2014), Action 7 (action plan, on Art. 4)");
    assertThat(Citation.interpretation("I-7.1", "annual report calendar", Citation.article(7, 2)))
        .hasToString("Interpretation I-7.1 of Art. 7(2): annual report calendar");
  }

  @Test
  void onlyTreatyCitationsAreTreatyText() {
    assertThat(Citation.article(4).isTreatyText()).isTrue();
    assertThat(Citation.actionPlan("Oslo Action Plan (2019)", "x", 4).isTreatyText()).isFalse();
    assertThat(Citation.meetingDecision("Twelfth Meeting of the States Parties (2012)", 5).isTreatyText()).isFalse();
    assertThat(Interpretations.LATE_GRANT.isTreatyText()).isFalse();
  }

  @Test
  void equalityAndHashCodeFollowTheContent() {
    assertThat(Citation.article(5, 3)).isEqualTo(Citation.article(5, 3)).hasSameHashCodeAs(Citation.article(5, 3));
    assertThat(Citation.article(5, 3)).isNotEqualTo(Citation.article(5, 4)).isNotEqualTo("Art. 5(3)");
    assertThat(Reason.of(Phrase.verbatim("x"), Citation.article(4))).isEqualTo(Reason.of(Phrase.verbatim("x"), Citation.article(4))).hasSameHashCodeAs(Reason.of(Phrase.verbatim("x"), Citation.article(4)));
    assertThat(Reason.of(Phrase.verbatim("x"), Citation.article(4))).isNotEqualTo(Reason.of(Phrase.verbatim("y"), Citation.article(4))).isNotEqualTo(Reason.of(Phrase.verbatim("x"), Citation.article(5)));
  }

  @Test
  void citationsOrderByArticleThenTreatyTextBeforeOtherSources() {
    List<Citation> citations = new ArrayList<>(List.of(
        Citation.article(20, 3), Interpretations.LATE_GRANT, Citation.article(5, 3), Citation.actionPlan("Maputo Action Plan (2014)", "Action 7", 4), Citation.article(4)));
    Collections.sort(citations);
    assertThat(citations).extracting(Citation::reference).containsExactly(
        "Art. 4", "Maputo Action Plan (2014), Action 7 (action plan, on Art. 4)", "Art. 5(3)", Interpretations.LATE_GRANT.reference(), "Art. 20(3)");
  }

  @Test
  void impossibleCitationsAreRefused() {
    assertThatThrownBy(() -> Citation.article(23)).isInstanceOf(IllegalArgumentException.class).hasMessage("the Convention has articles 1 to 22, got 23");
    assertThatThrownBy(() -> Citation.article(5, 0)).hasMessage("a paragraph number is 1 or more, got 0");
    assertThatThrownBy(() -> Citation.interpretation("I-x", "y", Citation.actionPlan("p", "a", 4))).hasMessageContaining("an interpretation reads treaty text");
    assertThatThrownBy(() -> Citation.titleOf(0)).hasMessage("the Convention has articles 1 to 22, got 0");
  }

  @Test
  void everyArticleHasItsTitle() {
    assertThat(Citation.titleOf(4)).isEqualTo("Destruction of stockpiled anti-personnel mines");
    assertThat(Citation.titleOf(20)).isEqualTo("Duration and withdrawal");
    assertThat(Citation.titleOf(22)).isEqualTo("Authentic texts");
  }

  @Test
  void everyParagraphOfEveryArticleIsCitedTheSameWayAndTheCommonOnesAreMadeOnce() {
    for (int article = 1; article <= 22; article++) {
      for (int paragraph = 1; paragraph <= 12; paragraph++) {
        Citation citation = Citation.article(article, paragraph);
        assertThat(citation.reference()).isEqualTo("Art. " + article + "(" + paragraph + ")");
        assertThat(citation.articleNumber()).isEqualTo(article);
        assertThat(citation).isEqualTo(Citation.article(article, paragraph));
        if (paragraph <= 9) {
          // Paragraphs 1 to 9 of the 22 articles are made once and shared.
          assertThat(citation).isSameAs(Citation.article(article, paragraph));
        }
      }
      assertThat(Citation.article(article, 1, "a").reference()).isEqualTo("Art. " + article + "(1)(a)");
    }
    assertThatThrownBy(() -> Citation.article(4, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 or more");
    assertThatThrownBy(() -> Citation.article(1, 1, " ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sub-paragraph");
  }

  @Test
  void aPhrasesCodeIsWordsJoinedByDots() {
    for (String code : List.of("a", "art4.met", "art8.5.one-third_threshold", "x1.2y")) {
      assertThat(Phrase.of(code).code()).isEqualTo(code);
    }
    for (String code : List.of("", ".a", "a.", "a..b", "a b", "-a", "a.-b", "é", "a/b")) {
      assertThatThrownBy(() -> Phrase.of(code)).as(code).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a phrase's code");
    }
    assertThatThrownBy(() -> Phrase.of("a", "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name-value pairs");
    assertThatThrownBy(() -> Phrase.of("a", "x", 1, "x", 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
    Phrase phrase = Phrase.of("a", "x", 1, "y", java.util.Optional.empty(), "z", 2);
    assertThat(phrase.argumentCount()).isEqualTo(2);
    assertThat(phrase.argumentValue(1)).isEqualTo(2L);
    assertThat(phrase.arguments()).containsOnlyKeys("x", "z");
  }
}
