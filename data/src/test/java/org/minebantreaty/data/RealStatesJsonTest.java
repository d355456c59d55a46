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

/** The JSON of every real State, on days across the treaty's life, validates against the schema the rules jar ships. */
class RealStatesJsonTest {

  @Test
  void everyRealStatesAssessmentValidatesAgainstTheShippedSchema() {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Assessment.jsonSchema(), InputFormat.JSON);
    List<String> invalid = new ArrayList<>();
    for (State state : StatesParties.all()) {
      for (int year = 1998; year <= 2036; year += 2) {
        String json = Convention.standard().assess(state, LocalDate.of(year, 6, 15)).toJson();
        for (Error error : schema.validate(json, InputFormat.JSON)) {
          invalid.add(state.iso3() + " " + year + ": " + error);
        }
      }
    }
    assertThat(invalid).isEmpty();
  }
}
