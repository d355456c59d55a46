package org.minebantreaty.rules;

import static java.util.Objects.requireNonNull;

/**
 * A {@link Rule} that knows its subject and citation from construction: the base of every rule in
 * this library, and a convenient one for rules of your own.
 *
 * <pre>{@code
 * final class NoStockpileAbove1000 extends ArticleRule<Stockpile> {
 *   NoStockpileAbove1000() { super(Subject.STOCKPILES, Citation.article(4)); }
 *   public List<Finding> evaluate(Stockpile stockpile, Context context) { ... }
 * }
 * }</pre>
 *
 * @param <T> the type of fact the rule judges
 */
public abstract class ArticleRule<T> implements Rule<T> {

  private final Subject<T> subject;
  private final Citation citation;

  /**
   * Creates a rule judging each {@code subject} under {@code citation}.
   *
   * @param subject what the rule judges
   * @param citation the provision the rule encodes
   */
  protected ArticleRule(Subject<T> subject, Citation citation) {
    this.subject = requireNonNull(subject, "subject");
    this.citation = requireNonNull(citation, "citation");
  }

  @Override
  public final Subject<T> subject() {
    return subject;
  }

  @Override
  public final Citation citation() {
    return citation;
  }

  /**
   * The days of the Convention's own calendar, whatever the State, on which this rule's findings may
   * first differ from the day before though neither the facts nor its findings name them: a {@link
   * Timeline} judges the rule again on each. None, unless a rule of this library says otherwise.
   */
  java.util.List<java.time.LocalDate> calendarDays() {
    return java.util.List.of();
  }

  /** Returns the rule's class name and citation ("StockpileDestruction [Art. 4]"). */
  @Override
  public String toString() {
    return getClass().getSimpleName() + " [" + citation + "]";
  }
}
