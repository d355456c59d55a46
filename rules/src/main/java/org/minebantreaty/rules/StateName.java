package org.minebantreaty.rules;

import static java.util.Objects.requireNonNull;

import org.minebantreaty.core.State;

/**
 * A State named in a {@link Phrase}: its ISO 3166-1 alpha-3 code and its name as recorded. English
 * writes the recorded name; French and Spanish write the State's name in that language where it is
 * known ("Grèce", "Grecia"), and the recorded name otherwise.
 *
 * @param iso3 the State's ISO 3166-1 alpha-3 code
 * @param name the State's name as recorded, in English
 */
public record StateName(String iso3, String name) {

  /**
   * Checks that both parts are given.
   *
   * @param iso3 the State's ISO 3166-1 alpha-3 code
   * @param name the State's name as recorded, in English
   */
  public StateName {
    requireNonNull(iso3, "iso3");
    requireNonNull(name, "name");
  }

  /**
   * Returns the name of {@code state}.
   *
   * @param state the State
   * @return its code and its name as recorded
   */
  public static StateName of(State state) {
    return new StateName(state.iso3(), state.name());
  }

  /** Returns the recorded name. */
  @Override
  public String toString() {
    return name;
  }
}
