package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.testing.TreatyFacts;

/**
 * The JSON of every assessment validates against the schema the rules jar ships
 * ({@code org/minebantreaty/rules/assessment.schema.json}, also {@code docs/assessment.schema.json}),
 * checked by a JSON Schema 2020-12 validator; and the validator refuses what the schema forbids.
 */
class JsonSchemaTest {

  static final String RESOURCE = "/org/minebantreaty/rules/assessment.schema.json";
  private static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = Assessment.class.getResourceAsStream(RESOURCE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  /** The schema's complaints about {@code json}, one line each; empty when it is valid. */
  static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  @Test
  void everyGeneratedAssessmentValidatesInEveryLanguage() {
    qt().withExamples(TreatyFacts.examples(1500)).forAll(TreatyFacts.states(), TreatyFacts.assessmentDays()).checkAssert((state, day) -> {
      Assessment assessment = Convention.standard().assess(state, day);
      for (java.util.Locale language : Phrase.LANGUAGES) {
        String json = assessment.toJson(language);
        assertThat(errors(json)).as(json).isEmpty();
      }
    });
  }

  @Test
  void theValidatorRefusesWhatTheSchemaForbids() {
    String json = Convention.standard().assess(Cases.greece().build(), Cases.day(2026, 12, 2)).toJson();
    assertThat(errors(json)).isEmpty();
    assertThat(errors(json.replaceFirst("\"status\":\"[A-Z_]+\"", "\"status\":\"LATE\""))).isNotEmpty();
    assertThat(errors(json.replaceFirst("\"schemaVersion\":2", "\"schemaVersion\":3"))).isNotEmpty();
    assertThat(errors(json.replaceFirst("\"language\":\"en\"", "\"language\":\"de\""))).isNotEmpty();
    assertThat(errors(json.replaceFirst("\"summary\":\\{\"code\"", "\"summary\":{\"surprise\":1,\"code\""))).isNotEmpty();
    assertThat(errors(json.replaceFirst("\"arguments\":\\{", "\"arguments\":{\"odd\":1.5,"))).as("a fraction is no argument").isNotEmpty();
    assertThat(errors(json.replaceFirst("\"code\":\"[a-z0-9.-]+\"", "\"code\":\"Art 4\""))).isNotEmpty();
    assertThat(errors(json.replaceFirst("\\{\"code\"", "{\"surprise\":1,\"code\""))).isNotEmpty();
    String overdue = Convention.standard().assess(Cases.greece().addStockpile(org.minebantreaty.core.Stockpile.builder().quantity(10).build()).build(),
        Cases.day(2026, 12, 2)).toJson();
    assertThat(errors(overdue)).isEmpty();
    assertThat(overdue).contains("\"status\":\"OVERDUE\"").contains("\"nonCompliance\":{\"firstDay\":\"2008-03-02\"}");
    assertThat(errors(overdue.replace("\"status\":\"OVERDUE\"", "\"status\":\"PENDING\""))).as("an open period belongs to an overdue finding").isNotEmpty();
  }

  @Test
  void theRepositorysCopyIsTheJarsSchema() throws IOException {
    try (InputStream in = Assessment.class.getResourceAsStream(RESOURCE)) {
      assertThat(Files.readString(Path.of("..", "docs", "assessment.schema.json"), StandardCharsets.UTF_8))
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static final Schema TIMELINE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(Timeline.jsonSchema(), InputFormat.JSON);

  @Test
  void everyGeneratedTimelineValidatesInEveryLanguageAndTheValidatorRefusesWhatItForbids() throws IOException {
    qt().withExamples(TreatyFacts.examples(150)).forAll(TreatyFacts.states(), TreatyFacts.assessmentDays()).checkAssert((state, day) -> {
      Timeline timeline = Convention.standard().timeline(state, day.minusYears(15), day);
      for (java.util.Locale language : Phrase.LANGUAGES) {
        String json = timeline.toJson(language);
        assertThat(TIMELINE.validate(json, InputFormat.JSON)).as(json).isEmpty();
      }
    });
    String greece = Convention.standard().timeline(Cases.greece().addStockpile(org.minebantreaty.core.Stockpile.builder().quantity(10).build()).build(),
        Cases.day(2003, 1, 1), Cases.day(2026, 12, 2)).toJson(java.util.Locale.ENGLISH);
    assertThat(TIMELINE.validate(greece, InputFormat.JSON)).isEmpty();
    assertThat(greece).contains("\"ongoing\":true");
    assertThat(TIMELINE.validate(greece.replace("\"ongoing\":true", "\"ongoing\":false"), InputFormat.JSON)).as("an ongoing period has no last day").isNotEmpty();
    assertThat(TIMELINE.validate(greece.replaceFirst("\"changes\":\\[\"[A-Z_]+\"", "\"changes\":[\"MOVED\""), InputFormat.JSON)).isNotEmpty();
    assertThat(TIMELINE.validate(greece.replaceFirst("\"schemaVersion\":1", "\"schemaVersion\":2"), InputFormat.JSON)).isNotEmpty();
    try (InputStream in = Timeline.class.getResourceAsStream("/org/minebantreaty/rules/timeline.schema.json")) {
      assertThat(Files.readString(Path.of("..", "docs", "timeline.schema.json"), StandardCharsets.UTF_8))
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
