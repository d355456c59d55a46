package org.minebantreaty.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How a layer's rows are laid over the records below: a row replaces the last record that shares its
 * key or its second key, and one layer may not give a key twice.
 */
class LayingTest {

  private static Sourced<String> row(String value, int line, String key, String alternate) {
    return new Sourced<>(value, "extensions.csv", line, key, Optional.ofNullable(alternate));
  }

  @SuppressWarnings("unchecked")
  private static void lay(List<Sourced<?>> below, List<Sourced<?>> rows) throws Throwable {
    Method lay = DataSetLoader.class.getDeclaredMethod("lay", List.class, List.class);
    lay.setAccessible(true);
    try {
      lay.invoke(null, below, rows);
    } catch (InvocationTargetException refused) {
      throw refused.getCause();
    }
  }

  private static List<Object> values(List<Sourced<?>> records) {
    List<Object> values = new ArrayList<>();
    records.forEach(record -> values.add(record.value()));
    return values;
  }

  @Test
  void aKeyKeptBesideAReplacedRecordIsStillFoundByALaterLayer() throws Throwable {
    List<Sourced<?>> below = new ArrayList<>();
    lay(below, List.of(row("E1", 2, "M1", "2010"), row("E2", 3, "M2", "2012")));
    // R shares E2's second key: it replaces E2, and the key M1 is now E1's and R's.
    lay(below, List.of(row("R", 2, "M1", "2012")));
    assertThat(values(below)).containsExactly("E1", "R");
    // S replaces R by its second key; T, with the key M1, then replaces E1, the last record left with it.
    lay(below, List.of(row("S", 2, "M9", "2012"), row("T", 3, "M1", null)));
    assertThat(values(below)).containsExactly("T", "S");
  }

  @Test
  void aRowSharingBothKeysReplacesTheLaterRecord() throws Throwable {
    List<Sourced<?>> below = new ArrayList<>();
    lay(below, List.of(row("A", 2, "M1", "2010"), row("B", 3, "M2", "2012")));
    lay(below, List.of(row("C", 2, "M1", "2012")));
    assertThat(values(below)).containsExactly("A", "C");
  }

  @Test
  void aKeyGivenTwiceInOneLayerNamesTheEarlierTwin() {
    List<Sourced<?>> below = new ArrayList<>();
    assertThatThrownBy(() -> lay(below, List.of(row("A", 2, "M1", "2010"), row("B", 3, "M2", "2012"), row("C", 4, "M2", "2010"))))
        .isInstanceOf(DataSetException.class).hasMessageContaining("line 2 holds a row with the same key");
  }
}
