package org.minebantreaty.core;

/**
 * How a State consented to be bound (Art. 16): by ratification, acceptance or approval after
 * signing; by accession without having signed; or by succession as a new State.
 */
public enum InstrumentKind {
  /** Ratification by a signatory (Art. 16(1)). */
  RATIFICATION(true),
  /** Acceptance by a signatory (Art. 16(1)). */
  ACCEPTANCE(true),
  /** Approval by a signatory (Art. 16(1)). */
  APPROVAL(true),
  /** Accession by a State that did not sign (Art. 16(2)). */
  ACCESSION(false),
  /** Succession by a new State to its predecessor's engagement, recorded as such. */
  SUCCESSION(false);

  private final boolean requiresSignature;

  InstrumentKind(boolean requiresSignature) {
    this.requiresSignature = requiresSignature;
  }

  /**
   * Returns whether only a signatory may deposit this kind of instrument (ratification, acceptance, approval).
   *
   * @return whether only a signatory may deposit this kind of instrument
   */
  public boolean requiresSignature() {
    return requiresSignature;
  }

  /**
   * Returns the lower-case English word for the kind ({@code "accession"}).
   *
   * @return the kind's name in lower case
   */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
