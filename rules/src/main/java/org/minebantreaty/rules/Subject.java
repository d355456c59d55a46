package org.minebantreaty.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;
import org.minebantreaty.core.Activity;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.TransparencyReport;

/**
 * What a {@link Rule} judges, and how to find each one in a {@link State}: the State itself, or each
 * of its stockpiles, mined areas, extension requests or reports.
 *
 * @param <T> the type of fact judged
 */
public final class Subject<T> {

  /** The State as a whole. */
  public static final Subject<State> STATE = new Subject<>("State", List::of);
  /** Each recorded stockpile. */
  public static final Subject<Stockpile> STOCKPILES = new Subject<>("stockpile", State::stockpiles);
  /** Each recorded mined area. */
  public static final Subject<MinedArea> MINED_AREAS = new Subject<>("mined area", State::minedAreas);
  /** Each recorded act involving mines. */
  public static final Subject<Activity> ACTIVITIES = new Subject<>("activity", State::activities);
  /** Each Art. 5 extension request. */
  public static final Subject<ExtensionRequest> EXTENSION_REQUESTS = new Subject<>("extension request", State::extensionRequests);
  /** Each Art. 7 transparency report. */
  public static final Subject<TransparencyReport> TRANSPARENCY_REPORTS =
      new Subject<>("transparency report", State::transparencyReports);

  private final String name;
  private final Function<State, ? extends List<? extends T>> finder;

  private Subject(String name, Function<State, ? extends List<? extends T>> finder) {
    this.name = requireNonNull(name, "name");
    this.finder = requireNonNull(finder, "finder");
  }

  /**
   * Returns a subject named {@code name} whose instances {@code finder} lists for a State; for user-defined rules.
   *
   * @param <T> the type of fact judged
   * @param name the subject's name ("mined area")
   * @param finder lists a State's instances of the subject, in record order
   * @return the subject
   */
  public static <T> Subject<T> of(String name, Function<State, ? extends List<? extends T>> finder) {
    return new Subject<>(name, finder);
  }

  /**
   * Returns the subject's name ("mined area").
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the instances of this subject in {@code state}, in record order.
   *
   * @param state the State
   * @return its instances of this subject, possibly none
   */
  public List<? extends T> in(State state) {
    return finder.apply(state);
  }

  @Override
  public String toString() {
    return name;
  }
}
