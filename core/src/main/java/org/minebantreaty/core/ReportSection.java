package org.minebantreaty.core;

/** The sections of an Art. 7(1) transparency report, (a) to (i). */
public enum ReportSection {
  /** 7(1)(a): national implementation measures (Art. 9). */
  NATIONAL_MEASURES("a"),
  /** 7(1)(b): total stockpiled anti-personnel mines. */
  STOCKPILES("b"),
  /** 7(1)(c): location of all mined areas. */
  MINED_AREAS("c"),
  /** 7(1)(d): mines retained or transferred under Art. 3. */
  RETAINED_MINES("d"),
  /** 7(1)(e): conversion or decommissioning of production facilities. */
  PRODUCTION_FACILITIES("e"),
  /** 7(1)(f): destruction programmes under Arts. 4 and 5. */
  DESTRUCTION_PROGRAMMES("f"),
  /** 7(1)(g): mines destroyed since entry into force. */
  MINES_DESTROYED("g"),
  /** 7(1)(h): technical characteristics of each type produced or held. */
  TECHNICAL_CHARACTERISTICS("h"),
  /** 7(1)(i): measures to warn the population (Art. 5(2)). */
  WARNINGS_TO_POPULATION("i");

  private final String letter;

  ReportSection(String letter) {
    this.letter = letter;
  }

  /**
   * Returns the sub-paragraph letter of Art. 7(1), {@code "a"} to {@code "i"}.
   *
   * @return the letter, {@code "a"} to {@code "i"}
   */
  public String letter() {
    return letter;
  }
}
