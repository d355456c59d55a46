package org.minebantreaty.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What differs between two assessments: of one State on two dates, or of one State under two sets of
 * facts (a request granted or not, a notice of withdrawal given or not). Findings are matched by
 * {@link FindingId}; each {@link Difference} says what the finding was and what it is. The wording of
 * a finding is not compared, only what it decides: its status, deadline, day met and outcomes.
 * {@link #deadlineChanges()} lists the deadlines at a glance that moved.
 */
public final class Comparison {

  /** What changed in a finding. */
  public enum Aspect {
    /** The finding is made only in the later assessment. */
    APPEARED,
    /** The finding is made only in the earlier assessment. */
    DISAPPEARED,
    /** {@link Finding#status()}. */
    STATUS,
    /** {@link Finding#deadline()}. */
    DEADLINE,
    /** {@link Finding#metOn()}. */
    MET_ON,
    /** {@link Finding#minesRemaining()}. */
    MINES_REMAINING,
    /** {@link Finding#areasOutstanding()}. */
    AREAS_OUTSTANDING,
    /** {@link Finding#adopted()}. */
    ADOPTED,
    /** {@link Finding#convened()}. */
    CONVENED
  }

  /**
   * One finding that differs: what it was ({@code before}, empty if it appeared) and what it is
   * ({@code after}, empty if it disappeared), and which of its aspects changed.
   *
   * @param id the finding
   * @param before the finding in the earlier assessment, if made there
   * @param after the finding in the later assessment, if made there
   * @param aspects what changed; {@link Aspect#APPEARED} or {@link Aspect#DISAPPEARED} alone when the
   *     finding is made in only one of them
   */
  public record Difference(FindingId id, Optional<Finding> before, Optional<Finding> after, Set<Aspect> aspects) {

    /**
     * Checks that the difference is one.
     *
     * @param id the finding
     * @param before the finding in the earlier assessment, if made there
     * @param after the finding in the later assessment, if made there; at least one of {@code before} and
     *     {@code after} is present
     * @param aspects what changed, at least one aspect
     */
    public Difference {
      requireNonNull(id, "id");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      aspects = Sets.immutableEnumSet(aspects);
      if (aspects.isEmpty() || before.isEmpty() && after.isEmpty()) {
        throw new IllegalArgumentException("a difference changes something: " + id);
      }
    }

    /**
     * Returns the finding as it is, or as it was if it disappeared.
     *
     * @return {@code after} if the finding is made in the later assessment, otherwise {@code before}
     */
    public Finding latest() {
      return after.orElseGet(before::orElseThrow);
    }
  }

  /** A deadline at a glance ({@link Deadlines}) that moved. */
  public enum Deadline {
    /** {@link Deadlines#entryIntoForce()}. */
    ENTRY_INTO_FORCE("glance.entry-into-force", Citation.article(17)),
    /** {@link Deadlines#stockpileDestruction()}. */
    STOCKPILE_DESTRUCTION("glance.stockpile-destruction", Citation.article(4)),
    /** {@link Deadlines#minedAreaCurrent()}. */
    MINED_AREA_CLEARANCE("glance.mined-area-clearance", Citation.article(5)),
    /** {@link Deadlines#initialReport()}. */
    INITIAL_REPORT("glance.initial-report", Citation.article(7, 1)),
    /** {@link Deadlines#nextAnnualReport()}. */
    NEXT_ANNUAL_REPORT("glance.next-annual-report", Citation.article(7, 2)),
    /** {@link Deadlines#withdrawalEffective()}. */
    WITHDRAWAL_EFFECTIVE("glance.withdrawal", Citation.article(20));

    /** Every deadline, in order: {@link #values()} without a copy each time. */
    static final List<Deadline> ALL = List.of(values());

    private final String label;
    private final Citation citation;

    Deadline(String label, Citation citation) {
      this.label = label;
      this.citation = citation;
    }

    /**
     * Whether this date is the first day of something (the Convention binds, a withdrawal takes
     * effect) rather than the last day by which something is due: the day on which it turns what
     * findings decide is the date itself for the one, and the day after for the other.
     */
    boolean isFirstDay() {
      return this == ENTRY_INTO_FORCE || this == WITHDRAWAL_EFFECTIVE;
    }

    /**
     * Returns this deadline in {@code deadlines}.
     *
     * @param deadlines the deadlines at a glance of one assessment
     * @return this deadline's day in {@code deadlines}; empty where it has none
     */
    public Optional<LocalDate> in(Deadlines deadlines) {
      // A switch, not a function per constant: a timeline reads every deadline on every day it visits.
      switch (this) {
        case ENTRY_INTO_FORCE:
          return deadlines.entryIntoForce();
        case STOCKPILE_DESTRUCTION:
          return deadlines.stockpileDestruction();
        case MINED_AREA_CLEARANCE:
          return deadlines.minedAreaCurrent();
        case INITIAL_REPORT:
          return deadlines.initialReport();
        case NEXT_ANNUAL_REPORT:
          return deadlines.nextAnnualReport();
        default:
          return deadlines.withdrawalEffective();
      }
    }

    /** The name of this deadline, as a phrase ("stockpile destruction (Art. 4)"). */
    Phrase phrase() {
      return Phrase.of(label, "citation", citation);
    }

    /**
     * Returns the name of this deadline in {@code language} ("stockpile destruction (Art. 4)").
     *
     * @param language the language to write in ({@link Phrase#LANGUAGES})
     * @return the name of this deadline and its citation, in {@code language}
     */
    public String label(Locale language) {
      return Wording.in(language).render(phrase());
    }
  }

  /**
   * A deadline at a glance that moved, appeared or went.
   *
   * @param deadline which deadline
   * @param before its day in the earlier assessment, if it had one
   * @param after its day in the later assessment, if it has one
   */
  public record DeadlineChange(Deadline deadline, Optional<LocalDate> before, Optional<LocalDate> after) {}

  private final Assessment before;
  private final Assessment after;
  private final ImmutableList<Difference> differences;
  private final ImmutableList<DeadlineChange> deadlineChanges;

  private Comparison(Assessment before, Assessment after) {
    this(before, after, differences(before.findings(), after.findings()), moved(before.deadlines(), after.deadlines()));
  }

  private Comparison(Assessment before, Assessment after, ImmutableList<Difference> differences, ImmutableList<DeadlineChange> deadlineChanges) {
    this.before = before;
    this.after = after;
    this.differences = differences;
    this.deadlineChanges = deadlineChanges;
  }

  /**
   * Returns what differs from {@code before} to {@code after}: two assessments of one State, on two
   * dates or under two sets of facts.
   *
   * @param before the earlier assessment, or the one without the change
   * @param after the later assessment, or the one with the change
   * @return what differs, finding by finding and deadline by deadline
   * @throws IllegalArgumentException if they assess two different States
   */
  public static Comparison of(Assessment before, Assessment after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    if (!before.state().iso3().equals(after.state().iso3())) {
      throw new IllegalArgumentException("a comparison is of one State, got " + before.state().iso3() + " and " + after.state().iso3());
    }
    return new Comparison(before, after);
  }

  /** The deadlines at a glance that differ from {@code before} to {@code after}, in the order of {@link Deadline}. */
  static ImmutableList<DeadlineChange> moved(Deadlines before, Deadlines after) {
    if (before == after) {
      return ImmutableList.of();
    }
    // Most often one deadline moves, or none: a list is made only for a second.
    DeadlineChange first = null;
    List<DeadlineChange> more = null;
    for (Deadline deadline : Deadline.ALL) {
      Optional<LocalDate> was = deadline.in(before);
      Optional<LocalDate> is = deadline.in(after);
      if (!was.equals(is)) {
        DeadlineChange change = new DeadlineChange(deadline, was, is);
        if (first == null) {
          first = change;
        } else {
          if (more == null) {
            more = new ArrayList<>();
            more.add(first);
          }
          more.add(change);
        }
      }
    }
    return more != null ? ImmutableList.copyOf(more) : first != null ? ImmutableList.of(first) : ImmutableList.of();
  }

  /**
   * What {@link #of} returns, from the differences of each rule's findings found already, in the
   * order the rules run: an assessment lists findings by article, in rule order within one, and so do
   * these, the changed and added first, then the removed. It holds when no two rules make findings
   * with one id, as the library's rules never do; a timeline with a caller's rule compares whole
   * assessments instead. {@code moved} is what {@link #moved} finds between their deadlines.
   */
  static Comparison ofRules(Assessment before, Assessment after, List<Difference> inRuleOrder, ImmutableList<DeadlineChange> moved) {
    if (inRuleOrder.size() <= 1) {
      return new Comparison(before, after, ImmutableList.copyOf(inRuleOrder), moved);
    }
    Difference[] sorted = inRuleOrder.toArray(new Difference[0]);
    // A stable sort: within an article, rule order and each rule's own order stay.
    java.util.Arrays.sort(sorted, java.util.Comparator.comparingInt((Difference difference) -> difference.after().isPresent() ? 0 : 1)
        .thenComparingInt(difference -> difference.latest().citation().articleNumber()));
    return new Comparison(before, after, ImmutableList.copyOf(sorted), moved);
  }

  /**
   * Returns the earlier assessment, or the one without the change.
   *
   * @return the earlier assessment
   */
  public Assessment before() {
    return before;
  }

  /**
   * Returns the later assessment, or the one with the change.
   *
   * @return the later assessment
   */
  public Assessment after() {
    return after;
  }

  /**
   * Returns every finding that differs: those changed and added in the later assessment's order, then those removed.
   *
   * @return every finding that differs, possibly none
   */
  public ImmutableList<Difference> differences() {
    return differences;
  }

  /**
   * Returns the findings made only in the later assessment.
   *
   * @return the differences of {@link Aspect#APPEARED}, possibly none
   */
  public ImmutableList<Difference> added() {
    return only(Aspect.APPEARED);
  }

  /**
   * Returns the findings made only in the earlier assessment.
   *
   * @return the differences of {@link Aspect#DISAPPEARED}, possibly none
   */
  public ImmutableList<Difference> removed() {
    return only(Aspect.DISAPPEARED);
  }

  /**
   * Returns the findings made in both whose status, deadline, day met or outcomes differ.
   *
   * @return the differences of findings made in both assessments, possibly none
   */
  public ImmutableList<Difference> changed() {
    return differences.stream().filter(d -> d.before().isPresent() && d.after().isPresent()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the deadlines at a glance that moved, appeared or went.
   *
   * @return the deadlines that moved, in the order of {@link Deadline}, possibly none
   */
  public ImmutableList<DeadlineChange> deadlineChanges() {
    return deadlineChanges;
  }

  /**
   * Returns whether nothing a finding decides, and no deadline at a glance, differs.
   *
   * @return whether the two assessments decide the same
   */
  public boolean isEmpty() {
    return differences.isEmpty() && deadlineChanges.isEmpty();
  }

  private ImmutableList<Difference> only(Aspect aspect) {
    return differences.stream().filter(d -> d.aspects().contains(aspect)).collect(ImmutableList.toImmutableList());
  }

  /**
   * The differences between two lists of findings, matched by id; a second finding with the same id
   * in one list is matched with the second in the other.
   */
  static ImmutableList<Difference> differences(List<Finding> before, List<Finding> after) {
    // Most often the same findings come in the same order: compare them pair by pair, with no map.
    if (before.size() == after.size()) {
      List<Difference> found = null;
      boolean aligned = true;
      for (int i = 0; i < before.size() && aligned; i++) {
        Finding was = before.get(i);
        Finding is = after.get(i);
        // A finding that shares its id with the one before it (a request lacking two elements) pairs
        // by position only if it says the same; otherwise the general matching sorts them out.
        if (was == is) {
          continue;
        }
        boolean repeated = i > 0 && is.code().equals(after.get(i - 1).code()) && is.subject().equals(after.get(i - 1).subject());
        if (!was.code().equals(is.code()) || !was.subject().equals(is.subject()) || !was.citation().equals(is.citation())
            || repeated && !was.summaryPhrase().equals(is.summaryPhrase())) {
          aligned = false;
        } else {
          Set<Aspect> aspects = aspects(was, is);
          if (!aspects.isEmpty()) {
            if (found == null) {
              found = new ArrayList<>();
            }
            found.add(new Difference(is.id(), Optional.of(was), Optional.of(is), aspects));
          }
        }
      }
      if (aligned) {
        return found == null ? ImmutableList.of() : ImmutableList.copyOf(found);
      }
    }
    // Findings that share an id are matched first by what they say, then by their sentence's code,
    // then by their order: a request that gains an element loses the one "lacks" finding it should.
    List<Finding> unmatched = new ArrayList<>(before);
    Map<Finding, Finding> matched = new java.util.IdentityHashMap<>();
    List<Finding> waiting = new ArrayList<>();
    for (Finding finding : after) {
      int at = indexOf(unmatched, finding, 0);
      if (at >= 0) {
        matched.put(finding, unmatched.remove(at));
      } else {
        waiting.add(finding);
      }
    }
    for (int pass = 1; pass <= 2; pass++) {
      for (java.util.Iterator<Finding> it = waiting.iterator(); it.hasNext(); ) {
        Finding finding = it.next();
        int at = indexOf(unmatched, finding, pass);
        if (at >= 0) {
          matched.put(finding, unmatched.remove(at));
          it.remove();
        }
      }
    }
    List<Difference> found = new ArrayList<>();
    for (Finding finding : after) {
      Finding was = matched.get(finding);
      if (was == null) {
        found.add(new Difference(finding.id(), Optional.empty(), Optional.of(finding), EnumSet.of(Aspect.APPEARED)));
        continue;
      }
      Set<Aspect> aspects = aspects(was, finding);
      if (!aspects.isEmpty()) {
        found.add(new Difference(finding.id(), Optional.of(was), Optional.of(finding), aspects));
      }
    }
    for (Finding finding : unmatched) {
      found.add(new Difference(finding.id(), Optional.of(finding), Optional.empty(), EnumSet.of(Aspect.DISAPPEARED)));
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * The first of {@code candidates} with {@code finding}'s code, subject and citation that says the
   * same (pass 0), says it with the same sentence (pass 1), or is any (pass 2); -1 if none is.
   */
  private static int indexOf(List<Finding> candidates, Finding finding, int pass) {
    for (int i = 0; i < candidates.size(); i++) {
      Finding candidate = candidates.get(i);
      if (candidate.code().equals(finding.code()) && candidate.subject().equals(finding.subject()) && candidate.citation().equals(finding.citation())
          && (pass == 2
              || pass == 1 && candidate.summaryPhrase().code().equals(finding.summaryPhrase().code())
              || pass == 0 && candidate.summaryPhrase().equals(finding.summaryPhrase()))) {
        return i;
      }
    }
    return -1;
  }

  /** What differs between two findings with one id, in what they decide; empty when only the words differ. */
  static Set<Aspect> aspects(Finding was, Finding is) {
    // Most pairs decide the same: a set is made only for a pair that differs.
    EnumSet<Aspect> aspects = null;
    if (was.status() != is.status()) {
      aspects = with(aspects, Aspect.STATUS);
    }
    if (!was.deadline().equals(is.deadline())) {
      aspects = with(aspects, Aspect.DEADLINE);
    }
    if (!was.metOn().equals(is.metOn())) {
      aspects = with(aspects, Aspect.MET_ON);
    }
    if (!was.minesRemaining().equals(is.minesRemaining())) {
      aspects = with(aspects, Aspect.MINES_REMAINING);
    }
    if (!was.areasOutstanding().equals(is.areasOutstanding())) {
      aspects = with(aspects, Aspect.AREAS_OUTSTANDING);
    }
    if (!was.adopted().equals(is.adopted())) {
      aspects = with(aspects, Aspect.ADOPTED);
    }
    if (!was.convened().equals(is.convened())) {
      aspects = with(aspects, Aspect.CONVENED);
    }
    return aspects == null ? ImmutableSet.of() : aspects;
  }

  private static EnumSet<Aspect> with(EnumSet<Aspect> aspects, Aspect aspect) {
    EnumSet<Aspect> made = aspects == null ? EnumSet.noneOf(Aspect.class) : aspects;
    made.add(aspect);
    return made;
  }

  /**
   * Returns the comparison as plain text in English: each finding added, removed or changed, then the deadlines that moved.
   *
   * @return the plain text, in English; one line saying there is no difference when there is none
   */
  public String toText() {
    return toText(Locale.ENGLISH);
  }

  /**
   * Returns the comparison as plain text in {@code language} ({@link Phrase#LANGUAGES}).
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the plain text, in {@code language}
   */
  public String toText(Locale language) {
    Wording words = Wording.in(language);
    StringBuilder text = new StringBuilder();
    lines(words, "", text);
    if (text.length() == 0) {
      text.append(words.text("compare.none")).append('\n');
    }
    return text.toString();
  }

  /** Writes one line per difference and per deadline moved, each after {@code indent}. */
  void lines(Wording words, String indent, StringBuilder text) {
    for (Difference difference : differences) {
      Finding latest = difference.latest();
      String line;
      if (difference.aspects().contains(Aspect.APPEARED) || difference.aspects().contains(Aspect.DISAPPEARED)) {
        line = words.text(difference.aspects().contains(Aspect.APPEARED) ? "compare.appeared" : "compare.disappeared",
            "finding", words.text("text.finding", "citation", latest.citation(), "status", words.status(latest.status()), "summary", latest.summaryPhrase()));
      } else {
        Finding was = difference.before().orElseThrow();
        List<String> changes = new ArrayList<>();
        for (Aspect aspect : difference.aspects()) {
          changes.add(change(words, aspect, was, latest));
        }
        line = words.text("compare.changed", "citation", latest.citation(), "subject", latest.subject(),
            "changes", String.join(words.text("text.list-separator"), changes), "summary", latest.summaryPhrase());
      }
      text.append(indent).append(line).append('\n');
    }
    for (DeadlineChange moved : deadlineChanges) {
      text.append(indent).append(words.text("compare.deadline-moved", "deadline", moved.deadline().phrase(),
          "before", moved.before(), "after", moved.after())).append('\n');
    }
  }

  private static String change(Wording words, Aspect aspect, Finding was, Finding is) {
    switch (aspect) {
      case STATUS:
        return words.text("compare.status", "before", words.status(was.status()), "after", words.status(is.status()));
      case DEADLINE:
        return words.text("compare.deadline", "before", was.deadline(), "after", is.deadline());
      case MET_ON:
        return words.text("compare.met-on", "before", was.metOn(), "after", is.metOn());
      case MINES_REMAINING:
        return words.text("compare.mines-remaining", "before", was.minesRemaining(), "after", is.minesRemaining());
      case AREAS_OUTSTANDING:
        return words.text("compare.areas-outstanding", "before", was.areasOutstanding(), "after", is.areasOutstanding());
      case ADOPTED:
        return words.text("compare.adopted", "before", was.adopted(), "after", is.adopted());
      case CONVENED:
        return words.text("compare.convened", "before", was.convened(), "after", is.convened());
      default:
        throw new AssertionError(aspect);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Comparison && ((Comparison) other).before.equals(before) && ((Comparison) other).after.equals(after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(before, after);
  }

  @Override
  public String toString() {
    return toText();
  }
}
