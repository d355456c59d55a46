package org.minebantreaty.core;

/**
 * The information an Art. 5 extension request must contain (Art. 5(4)), and, for a renewal, the
 * account of the previous extension period (Art. 5(6)).
 */
public enum RequestElement {
  /** Art. 5(4)(a): the duration of the proposed extension. */
  DURATION("4(a)", "the duration of the proposed extension"),
  /** Art. 5(4)(b)(i): the preparation and status of work under national demining programmes. */
  DEMINING_STATUS("4(b)(i)", "the preparation and status of national demining work"),
  /** Art. 5(4)(b)(ii): the financial and technical means available. */
  MEANS_AVAILABLE("4(b)(ii)", "the financial and technical means available"),
  /** Art. 5(4)(b)(iii): the circumstances that impede destruction. */
  IMPEDIMENTS("4(b)(iii)", "the circumstances that impede the destruction of all mines"),
  /** Art. 5(4)(c): the humanitarian, social, economic and environmental implications. */
  IMPLICATIONS("4(c)", "the humanitarian, social, economic and environmental implications"),
  /** Art. 5(4)(d): any other information relevant to the request. */
  OTHER_INFORMATION("4(d)", "any other information relevant to the request"),
  /** Art. 5(6): for a renewal, what was done in the previous extension period. */
  PREVIOUS_PERIOD_WORK("6", "what was done in the previous extension period");

  private final String paragraph;
  private final String description;

  RequestElement(String paragraph, String description) {
    this.paragraph = paragraph;
    this.description = description;
  }

  /**
   * Returns the paragraph of Art. 5 that requires the element, as {@code "4(b)(ii)"}.
   *
   * @return the paragraph of Art. 5, as {@code "4(b)(ii)"} or {@code "6"}
   */
  public String paragraph() {
    return paragraph;
  }

  /**
   * Returns what the element is, in words.
   *
   * @return the element described in words
   */
  public String description() {
    return description;
  }
}
