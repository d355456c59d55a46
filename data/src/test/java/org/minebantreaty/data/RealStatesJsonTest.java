package org.minebantreaty.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.State;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Convention;

/**
 * The JSON of every real State, on days across the treaty's life and in every language, validates
 * against the schema the rules jar ships; and every finding on a real State reads in French and
 * Spanish with every slot filled and no English left in it.
 */
class RealStatesJsonTest {

  /** English words a French or Spanish sentence never holds; one in a rendering is an untranslated piece. */
  private static final java.util.regex.Pattern ENGLISH = java.util.regex.Pattern.compile(
      "\\b(the|of|was|were|has|have|and|by|with|deadline|report|request|Meeting|States Parties|Review Conference|Action Plan|Interpretation)\\b");

  @Test
  void everyRealStatesFindingsReadInFrenchAndSpanishWithNothingUntranslated() {
    List<String> untranslated = new ArrayList<>();
    for (State state : StatesParties.all()) {
      for (int year = 1999; year <= 2035; year += 4) {
        Assessment assessment = Convention.standard().assess(state, LocalDate.of(year, 6, 15));
        for (java.util.Locale language : List.of(java.util.Locale.FRENCH, java.util.Locale.forLanguageTag("es"))) {
          String text = assessment.toText(language) + assessment.toMarkdown(language);
          java.util.regex.Matcher english = ENGLISH.matcher(text);
          if (text.contains("{") || text.contains("}") || english.find()) {
            int at = english.find(0) ? english.start() : Math.max(text.indexOf('{'), text.indexOf('}'));
            untranslated.add(state.iso3() + " " + year + " " + language + ": ..." + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)));
          }
        }
      }
    }
    assertThat(untranslated).isEmpty();
  }

  @Test
  void everyRealStatesAssessmentValidatesAgainstTheShippedSchema() {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Assessment.jsonSchema(), InputFormat.JSON);
    List<String> invalid = new ArrayList<>();
    for (State state : StatesParties.all()) {
      for (int year = 1998; year <= 2036; year += 2) {
        Assessment assessment = Convention.standard().assess(state, LocalDate.of(year, 6, 15));
        for (java.util.Locale language : org.minebantreaty.rules.Phrase.LANGUAGES) {
          for (Error error : schema.validate(assessment.toJson(language), InputFormat.JSON)) {
            invalid.add(state.iso3() + " " + year + " " + language + ": " + error);
          }
        }
      }
    }
    assertThat(invalid).isEmpty();
  }

  @Test
  void everyRealStatesTimelineValidatesAgainstTheShippedTimelineSchema() {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(org.minebantreaty.rules.Timeline.jsonSchema(), InputFormat.JSON);
    List<String> invalid = new ArrayList<>();
    for (State state : StatesParties.all()) {
      org.minebantreaty.rules.Timeline timeline = Convention.standard().timeline(state, LocalDate.of(1997, 12, 3), LocalDate.of(2035, 12, 31));
      for (java.util.Locale language : org.minebantreaty.rules.Phrase.LANGUAGES) {
        for (Error error : schema.validate(timeline.toJson(language), InputFormat.JSON)) {
          invalid.add(state.iso3() + " " + language + ": " + error);
        }
      }
    }
    assertThat(invalid).isEmpty();
  }
}
