package org.minebantreaty.rules;

import java.util.List;

/**
 * One article, paragraph or procedure of the Convention as code: it judges each instance of its
 * {@link Subject} in a State and returns findings. A rule reads derived facts (entry into force,
 * the deadlines in force, the withdrawal's effect) from the {@link Context}, which computes each of
 * them once; it never recomputes them.
 *
 * <p>Implementations must be pure: the same subject and context give equal findings, with no clock,
 * I/O or shared mutable state, so that a {@link Convention} can be used from any thread.
 *
 * @param <T> the type of fact the rule judges
 */
public interface Rule<T> {

  /**
   * Returns what the rule judges.
   *
   * @return the subject whose instances the rule judges
   */
  Subject<T> subject();

  /**
   * Returns the provision the rule encodes; it orders the rule among the others. Its findings may cite finer paragraphs.
   *
   * @return the provision the rule encodes
   */
  Citation citation();

  /**
   * Returns the findings on {@code subject}, possibly none.
   *
   * @param subject one instance of {@link #subject()}, taken from {@link Context#state()}
   * @param context the assessment's date, facts, policies and derived deadlines
   * @return the findings on {@code subject}, possibly none
   */
  List<Finding> evaluate(T subject, Context context);
}
