package org.minebantreaty.rules;

import static java.util.Objects.requireNonNull;

/**
 * Which finding: the obligation or procedure it judges ({@link Finding#code()}) and what it judges
 * ({@link Finding#subject()}). The same finding on two dates, or in two assessments of one State under
 * different facts, has the same id, so a {@link Comparison} and a {@link Timeline} can say that it
 * changed rather than that one finding went and another came. A finding whose subject names a span
 * that grows ("annual reports for 2019–2021") is a new finding when the span grows.
 *
 * @param code the finding's code, one of {@link FindingCodes}
 * @param subject the finding's subject, an identifier the same in every language
 */
public record FindingId(String code, String subject) implements Comparable<FindingId> {

  /**
   * Checks that both parts are given.
   *
   * @param code the finding's code, one of {@link FindingCodes}
   * @param subject the finding's subject, an identifier the same in every language
   */
  public FindingId {
    requireNonNull(code, "code");
    requireNonNull(subject, "subject");
  }

  @Override
  public int compareTo(FindingId other) {
    int byCode = code.compareTo(other.code);
    return byCode != 0 ? byCode : subject.compareTo(other.subject);
  }

  /** Returns {@code code [subject]}. */
  @Override
  public String toString() {
    return code + " [" + subject + "]";
  }
}
