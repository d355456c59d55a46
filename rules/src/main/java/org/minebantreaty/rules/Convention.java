package org.minebantreaty.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.minebantreaty.core.State;

/**
 * The rulebook: a list of {@link Rule}s run in article order against a State as of a date.
 *
 * <pre>{@code
 * Assessment assessment = Convention.standard().assess(state, LocalDate.of(2026, 11, 22));
 * }</pre>
 *
 * <p>{@link #standard()} holds every rule the library defines. A caller can build a Convention from
 * a subset ({@link #of}), add rules of their own ({@link #withRule}) or leave out an article
 * ({@link #withoutArticle}). A Convention is immutable and thread-safe; assessing is a pure function
 * of the State, the date and the {@link Policies}.
 */
public final class Convention {

  private static final Comparator<Rule<?>> ARTICLE_ORDER = Comparator.comparing(Rule::citation);

  private static final Convention STANDARD = of(ImmutableList.of(
      new GeneralObligations(),
      new RetainedMines(),
      new CompletionBy2025(),
      new NationalImplementation(),
      new Reservations(),
      new NotifiedSuspension(),
      new EntryIntoForce(),
      new StockpileDestruction(),
      new StockpilesFoundLate(),
      new MinedAreaDestruction(),
      new PreviouslyUnknownMinedAreas(),
      new MinedAreaMarking(),
      new ExtensionRequests(),
      new TransparencyReports(),
      new DurationAndWithdrawal()));

  private final ImmutableList<Rule<?>> rules;
  // Which rules are this library's, by index: found once, for a timeline asks on every call.
  private final boolean[] library;

  private Convention(List<Rule<?>> rules) {
    List<Rule<?>> sorted = new ArrayList<>(rules);
    sorted.sort(ARTICLE_ORDER);
    this.rules = ImmutableList.copyOf(sorted);
    this.library = new boolean[sorted.size()];
    for (int i = 0; i < library.length; i++) {
      library[i] = sorted.get(i).getClass().getPackage() == Convention.class.getPackage();
    }
  }

  /** Whether the rule at {@code index} of {@link #rules()} is one of this library's, whose findings name every day on which they turn. */
  boolean isLibraryRule(int index) {
    return library[index];
  }

  /**
   * Returns the Convention with every rule this library defines.
   *
   * @return the Convention of every rule of this library
   */
  public static Convention standard() {
    return STANDARD;
  }

  /**
   * Returns a Convention running exactly {@code rules}, in article order (stable for rules citing the same article).
   *
   * @param rules the rules to run
   * @return a Convention running {@code rules}
   */
  public static Convention of(Iterable<? extends Rule<?>> rules) {
    return new Convention(ImmutableList.copyOf(rules));
  }

  /**
   * Returns a copy with {@code rule} added.
   *
   * @param rule the rule to add
   * @return a Convention running this one's rules and {@code rule}
   */
  public Convention withRule(Rule<?> rule) {
    return new Convention(ImmutableList.<Rule<?>>builder().addAll(rules).add(requireNonNull(rule, "rule")).build());
  }

  /**
   * Returns a copy without the rules whose own citation is {@code article}.
   *
   * @param article the article number, 1 to 22, whose rules to leave out
   * @return a Convention running this one's other rules
   */
  public Convention withoutArticle(int article) {
    return new Convention(rules.stream().filter(rule -> rule.citation().articleNumber() != article).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the rules, in the order they run.
   *
   * @return the rules, in article order
   */
  public ImmutableList<Rule<?>> rules() {
    return rules;
  }

  /**
   * Assesses {@code state} at the end of {@code asOf} under the default {@link Policies}.
   *
   * @param state the State and its facts
   * @param asOf the assessment date
   * @return the assessment of {@code state} at the end of {@code asOf}
   */
  public Assessment assess(State state, LocalDate asOf) {
    return assess(state, asOf, Policies.defaults());
  }

  /**
   * Assesses {@code state} at the end of {@code asOf} under {@code policies}: every rule's findings,
   * ordered by the article they cite (in rule order within an article). Facts dated after {@code
   * asOf} are ignored.
   *
   * @param state the State and its facts
   * @param asOf the assessment date
   * @param policies the caller's choices
   * @return the assessment of {@code state} at the end of {@code asOf}
   */
  public Assessment assess(State state, LocalDate asOf, Policies policies) {
    Context context = Context.of(state, asOf, policies);
    List<List<Finding>> byRule = new ArrayList<>(rules.size());
    for (Rule<?> rule : rules) {
      byRule.add(evaluate(rule, context));
    }
    return assemble(context, byRule);
  }

  /**
   * Returns {@code state}'s deadlines at a glance at the end of {@code asOf} — entry into force, Art.
   * 4, Art. 5 original and in force, Art. 7 initial and next annual report, withdrawal — without
   * judging any obligation: what {@code assess(state, asOf).deadlines()} gives, for a fraction of its
   * cost. Facts dated after {@code asOf} are ignored.
   *
   * @param state the State and its facts
   * @param asOf the assessment date
   * @return the deadlines at a glance at the end of {@code asOf}
   */
  public static Deadlines deadlines(State state, LocalDate asOf) {
    return Deadlines.of(Context.of(state, asOf, Policies.defaults()));
  }

  /**
   * Returns the timeline of {@code state} from {@code from} to {@code to}, both included, under the
   * default {@link Policies}: every day on which a finding or a deadline changes.
   *
   * @param state the State and its facts
   * @param from the timeline's first day
   * @param to the timeline's last day
   * @return the timeline of {@code state} under this Convention's rules
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Timeline timeline(State state, LocalDate from, LocalDate to) {
    return timeline(state, from, to, Policies.defaults());
  }

  /**
   * Returns the timeline of {@code state} from {@code from} to {@code to} under {@code policies}.
   *
   * @param state the State and its facts
   * @param from the timeline's first day
   * @param to the timeline's last day, not before {@code from}
   * @param policies the caller's choices
   * @return the timeline of {@code state} under this Convention's rules
   */
  public Timeline timeline(State state, LocalDate from, LocalDate to, Policies policies) {
    return Timeline.of(this, state, from, to, policies);
  }

  /** The findings {@code rule} makes in {@code context}, each of its subjects in turn. */
  static List<Finding> evaluate(Rule<?> rule, Context context) {
    return evaluateEach(rule, context);
  }

  private static <T> List<Finding> evaluateEach(Rule<T> rule, Context context) {
    List<? extends T> subjects = rule.subject().in(context.state());
    // A rule of the State judges one subject: its findings are the rule's own list, as it made it.
    if (subjects.size() == 1) {
      return rule.evaluate(subjects.get(0), context);
    }
    List<Finding> findings = new ArrayList<>();
    for (T subject : subjects) {
      findings.addAll(rule.evaluate(subject, context));
    }
    return findings;
  }

  /**
   * The assessment in {@code context} made of each rule's findings: by article, in rule order within
   * one, for a rule may find under another article (Art. 3's review finds Art. 1(1)(b) retentions).
   */
  static Assessment assemble(Context context, List<List<Finding>> byRule) {
    return new Assessment(context, inArticleOrder(byRule));
  }

  /** Each rule's findings in one list, by article, in rule order within one. */
  static ImmutableList<Finding> inArticleOrder(List<List<Finding>> byRule) {
    int size = 0;
    boolean ordered = true;
    int article = 0;
    for (List<Finding> ruleFindings : byRule) {
      size += ruleFindings.size();
      for (int i = 0; i < ruleFindings.size() && ordered; i++) {
        int next = ruleFindings.get(i).citation().articleNumber();
        ordered = next >= article;
        article = next;
      }
    }
    // Rules run in the order of their articles, so the findings most often come in order already.
    Finding[] findings = new Finding[size];
    int at = 0;
    for (List<Finding> ruleFindings : byRule) {
      for (int i = 0; i < ruleFindings.size(); i++) {
        findings[at++] = ruleFindings.get(i);
      }
    }
    if (!ordered) {
      Arrays.sort(findings, Comparator.comparingInt(finding -> finding.citation().articleNumber()));
    }
    return ImmutableList.copyOf(findings);
  }

}
