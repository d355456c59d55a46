package org.minebantreaty.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.minebantreaty.core.State;

/**
 * A State's whole history under the Convention between two dates: every day on which anything a
 * finding decides changes (a finding appears or goes, its status, deadline, day met or outcome
 * changes) or a deadline at a glance moves, each as a {@link Comparison} with the day before; where
 * the State stood on any day of the range; and its periods of non-compliance, with their lengths.
 *
 * <p>It is computed from events, never day by day: an assessment can change only on a day a fact
 * happened, on the day something begins (the Convention binds the State, a withdrawal takes effect),
 * on the day after a deadline, or on a day a finding names or the day after it. The timeline judges
 * the rules again on each such day, in order, only those the day can change, adding the days their
 * findings name, and keeps the days on which something changed. A law over every real State holds
 * its standing on every day equal to {@link Convention#assess} on that day.
 */
public final class Timeline {

  /**
   * A day on which something changed, and what: the comparison of the State's assessment on the day
   * before with its assessment on this day.
   *
   * @param day the first day of the change
   * @param comparison what differs from the day before; for the timeline's first day, from nothing
   */
  public record Event(LocalDate day, Comparison comparison) {}

  /**
   * A period in which a finding was adverse ({@link Status#isAdverse()}: overdue, noncompliant, a
   * violation). It begins on the finding's own first day of non-compliance where the finding gives one
   * (the day after an overdue obligation's deadline), even if the facts showed it only later — Greece's
   * Art. 4 period begins on 2 March 2008, though its count of 2019 first showed it — and otherwise on
   * the day the finding turned adverse. An obligation met late that was never seen overdue in the
   * range (its record was unknown until it was met) has its period from {@link Finding#nonCompliance()}.
   *
   * @param finding the finding
   * @param citation what it cites
   * @param firstDay the first day of non-compliance
   * @param lastDay the last day, or empty when it is ongoing at the timeline's end
   * @param days its length in days, counted through {@code lastDay} or, when ongoing, through the
   *     timeline's last day
   */
  public record NonCompliancePeriod(FindingId finding, Citation citation, LocalDate firstDay, Optional<LocalDate> lastDay, long days) {

    /**
     * Returns whether the period runs on past the timeline's last day.
     *
     * @return whether {@code lastDay} is empty
     */
    public boolean isOngoing() {
      return lastDay.isEmpty();
    }
  }

  private final State state;
  private final LocalDate from;
  private final LocalDate to;
  private final ImmutableList<LocalDate> days;
  private final ImmutableList<Assessment> assessments;
  /** What changed on each of {@link #days}; null on a day whose sentences changed but nothing they decide. */
  private final List<Comparison> changes;
  private final ImmutableList<Event> events;
  private final ImmutableList<NonCompliancePeriod> nonCompliance;

  private Timeline(State state, LocalDate from, LocalDate to, List<LocalDate> days, List<Assessment> assessments, List<Comparison> changes) {
    this.state = state;
    this.from = from;
    this.to = to;
    this.days = ImmutableList.copyOf(days);
    this.assessments = ImmutableList.copyOf(assessments);
    this.changes = Collections.unmodifiableList(changes);
    ImmutableList.Builder<Event> events = ImmutableList.builder();
    for (int i = 0; i < days.size(); i++) {
      if (changes.get(i) != null) {
        events.add(new Event(days.get(i), changes.get(i)));
      }
    }
    this.events = events.build();
    this.nonCompliance = periods();
  }

  /**
   * The timeline of {@code state} from {@code from} to {@code to}, both included, under {@code
   * convention} and {@code policies}.
   *
   * <p>Each rule is judged again only on the days that can change its findings: a day a fact happened;
   * the day the Convention enters into force for the State, and the days a withdrawal turns on; the
   * day after each deadline its own findings give, and each other day they name and the day after it;
   * and the days of the Convention's calendar it judges by ({@link ArticleRule#calendarDays()}). On
   * other days its findings carry forward. A rule not of this library is judged again on every day
   * the timeline visits, since its findings need not name the days on which they turn.
   */
  static Timeline of(Convention convention, State state, LocalDate from, LocalDate to, Policies policies) {
    requireNonNull(state, "state");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a timeline runs forward: from " + from + " to " + to);
    }
    List<Rule<?>> rules = convention.rules();
    boolean[] library = new boolean[rules.size()];
    boolean allLibrary = true;
    for (int i = 0; i < library.length; i++) {
      library[i] = convention.isLibraryRule(i);
      allLibrary &= library[i];
    }
    Agenda agenda = new Agenda(rules.size(), to);
    ImmutableList<LocalDate> facts = state.factDates().asList();
    // A fact counts from the end of its own day.
    for (LocalDate fact : facts) {
      agenda.on(fact, from, agenda.everyRule);
    }
    List<List<Finding>> current = new ArrayList<>(rules.size());
    Context context = Context.of(state, from, policies);
    for (int i = 0; i < rules.size(); i++) {
      Rule<?> rule = rules.get(i);
      List<Finding> findings = Convention.evaluate(rule, context);
      current.add(library[i] ? findings : List.copyOf(findings));
      // A rule that begins to judge on a day of the Convention's calendar, whatever the facts, names it.
      if (rule instanceof ArticleRule) {
        for (LocalDate turning : ((ArticleRule<?>) rule).calendarDays()) {
          agenda.on(turning, from, i);
        }
      }
      namedDays(findings, List.of(), agenda, i, from);
    }
    // Each rule's findings in the last assessment kept: an event says what changed since, whatever the words did between.
    List<List<Finding>> kept = new ArrayList<>(current);
    Assessment previous = Assessment.ofRules(context, kept);
    sharedDays(previous, Comparison.moved(Deadlines.none(), previous.deadlines()), agenda, from);
    List<LocalDate> days = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    List<Comparison> changes = new ArrayList<>();
    days.add(from);
    assessments.add(previous);
    changes.add(Comparison.of(nothing(previous), previous));
    int nextFact = factsThrough(facts, 0, from);
    for (Map.Entry<LocalDate, BitSet> visit = agenda.next(); visit != null; visit = agenda.next()) {
      LocalDate day = visit.getKey();
      BitSet due = visit.getValue();
      // Facts change only on their own days: between them, the facts and what they fix are shared.
      int known = factsThrough(facts, nextFact, day);
      boolean newFacts = known > nextFact;
      nextFact = known;
      context = newFacts ? context.laterWithNewFacts(state, day) : context.laterWithSameFacts(state, day);
      boolean all = due.get(agenda.everyRule);
      List<Comparison.Difference> differences = List.of();
      boolean reworded = false;
      for (int i = 0; i < rules.size(); i++) {
        if (all || !library[i] || due.get(i)) {
          List<Finding> findings = Convention.evaluate(rules.get(i), context);
          List<Finding> was = current.get(i);
          // A rule of this library that kept its findings has nothing new to say; a caller's rule may refill one list.
          if (!library[i]) {
            findings = List.copyOf(findings);
          } else if (findings == was) {
            continue;
          }
          // A rule's findings are compared alone, with those of the last assessment kept: the others carry forward unchanged.
          List<Comparison.Difference> changed = Comparison.differences(kept.get(i), findings);
          if (!changed.isEmpty()) {
            // Most days one rule changes: its list is the day's, copied only when a second adds to it.
            if (differences.isEmpty()) {
              differences = changed;
            } else {
              if (!(differences instanceof ArrayList)) {
                differences = new ArrayList<>(differences);
              }
              differences.addAll(changed);
            }
          } else if (newFacts && !reworded) {
            // A new fact in the same decisions' words (a signature now named, say): no event, but the day's findings are these.
            reworded = !findings.equals(kept.get(i));
          }
          current.set(i, findings);
          namedDays(findings, was, agenda, i, day);
        }
      }
      ImmutableList<Comparison.DeadlineChange> moved = Comparison.moved(previous.deadlines(), context.deadlines());
      if (differences.isEmpty() && !reworded && moved.isEmpty()) {
        continue;
      }
      List<List<Finding>> now = new ArrayList<>(current);
      Assessment next = Assessment.ofRules(context, now);
      sharedDays(next, moved, agenda, day);
      // A caller's rule may share an id with one of the library's: then only the whole comparison matches them.
      Comparison comparison = allLibrary ? Comparison.ofRules(previous, next, differences, moved) : Comparison.of(previous, next);
      if (!comparison.isEmpty()) {
        days.add(day);
        assessments.add(next);
        changes.add(comparison);
      } else if (newFacts && !next.findings().equals(previous.findings())) {
        days.add(day);
        assessments.add(next);
        changes.add(null);
      }
      previous = next;
      kept = now;
    }
    return new Timeline(state, from, to, days, assessments, changes);
  }

  /**
   * The days still to visit, in order, each with the rules to judge again on it: a rule by its
   * index, every rule by {@link #everyRule}; a day with neither turns only the deadlines at a glance.
   */
  private static final class Agenda {

    /** The index that stands for every rule. */
    final int everyRule;
    /** The index that stands for no rule: the day is visited for the glance alone. */
    static final int GLANCE = -1;

    private final TreeMap<LocalDate, BitSet> days = new TreeMap<>();
    private final LocalDate to;

    Agenda(int rules, LocalDate to) {
      this.everyRule = rules;
      this.to = to;
    }

    /** Puts {@code day} on the agenda for {@code rule}, when it lies after {@code after} and not after the timeline's end. */
    void on(LocalDate day, LocalDate after, int rule) {
      if (day.isAfter(after) && !day.isAfter(to)) {
        BitSet rules = days.computeIfAbsent(day, key -> new BitSet());
        if (rule != GLANCE) {
          rules.set(rule);
        }
      }
    }

    /** Puts the day after {@code day} on the agenda: where a deadline's verdict turns. */
    void onDayAfter(LocalDate day, LocalDate after, int rule) {
      if (day.isBefore(to) && !day.isBefore(after)) {
        on(day.plusDays(1), after, rule);
      }
    }

    /** Puts {@code day} and the day after it on the agenda: a day a sentence names may turn a verdict on either. */
    void onAndAfter(LocalDate day, LocalDate after, int rule) {
      on(day, after, rule);
      onDayAfter(day, after, rule);
    }

    /** Takes the next day off the agenda, with its rules; null when none is left. */
    Map.Entry<LocalDate, BitSet> next() {
      return days.pollFirstEntry();
    }
  }

  /** The index, from {@code start}, of the first of the sorted {@code facts} dated after {@code day}. */
  private static int factsThrough(List<LocalDate> facts, int start, LocalDate day) {
    int at = start;
    while (at < facts.size() && !facts.get(at).isAfter(day)) {
      at++;
    }
    return at;
  }

  /** An assessment of the same State with no finding and no deadline, for the first event to compare with. */
  private static Assessment nothing(Assessment first) {
    return first.empty();
  }

  /**
   * Puts on the agenda the days on which the deadlines at a glance or a withdrawal turn. The glance
   * is visited on each; every rule is judged again on the days something begins (the Convention binds
   * the State, its withdrawal takes effect), for a rule may start or stop judging then without naming
   * the day, and on the day a notice of withdrawal was received and the day its six months end, and
   * the day after each. A deadline turns the findings on it, which name it, and the glance, on the
   * day after it.
   */
  private static void sharedDays(Assessment assessment, List<Comparison.DeadlineChange> moved, Agenda agenda, LocalDate day) {
    // A deadline that did not move since the last assessment kept put its day on the agenda then: it is on it still, or visited.
    for (Comparison.DeadlineChange change : moved) {
      if (change.after().isPresent()) {
        if (change.deadline().isFirstDay()) {
          agenda.on(change.after().get(), day, agenda.everyRule);
        } else {
          agenda.onDayAfter(change.after().get(), day, Agenda.GLANCE);
        }
      }
    }
    // A withdrawal's days are its facts' and never move, though its status does: the withdrawal's effect is a deadline above.
    WithdrawalStatus withdrawal = assessment.withdrawal();
    if (withdrawal.receivedOn().isEmpty()) {
      return;
    }
    for (Optional<LocalDate> date : List.of(withdrawal.receivedOn(), withdrawal.noticeExpiresOn(), withdrawal.effectiveOn())) {
      date.ifPresent(known -> agenda.onAndAfter(known, day, agenda.everyRule));
    }
  }

  /**
   * Puts on the agenda, for rule {@code rule}, every day {@code findings} name after {@code day}: the
   * day after each deadline, and each other day named and the day after it, where their verdicts may
   * turn. The day judged is not a turning point, though sentences name it ("586,159 mines remain on
   * ..."): were it one, the timeline would step day by day.
   */
  private static void namedDays(List<Finding> findings, List<Finding> before, Agenda agenda, int rule, LocalDate day) {
    for (int at = 0; at < findings.size(); at++) {
      Finding finding = findings.get(at);
      // A finding made once and kept (a rule keeps what the facts fix) named its days when first made; most keep their place.
      if (at < before.size() && before.get(at) == finding || isAmong(finding, before)) {
        continue;
      }
      LocalDate deadline = finding.deadline().orElse(null);
      if (deadline != null) {
        agenda.onDayAfter(deadline, day, rule);
      }
      if (finding.metOn().isPresent()) {
        agenda.onAndAfter(finding.metOn().get(), day, rule);
      }
      namedDays(finding.summaryPhrase(), deadline, agenda, rule, day);
      for (Reason reason : finding.reasons()) {
        namedDays(reason.phrase(), deadline, agenda, rule, day);
      }
    }
  }

  private static boolean isAmong(Finding finding, List<Finding> findings) {
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i) == finding) {
        return true;
      }
    }
    return false;
  }

  /**
   * Puts on the agenda the days {@code phrase} names after {@code asOf}, and the day after each,
   * except the finding's own {@code deadline}: a verdict on a deadline turns only on the day after it.
   */
  private static void namedDays(Phrase phrase, LocalDate deadline, Agenda agenda, int rule, LocalDate asOf) {
    for (int i = 0; i < phrase.argumentCount(); i++) {
      Object argument = phrase.argumentValue(i);
      if (argument instanceof LocalDate) {
        LocalDate named = (LocalDate) argument;
        if (named.isAfter(asOf) && !named.equals(deadline)) {
          agenda.onAndAfter(named, asOf, rule);
        }
      } else if (argument instanceof Phrase) {
        namedDays((Phrase) argument, deadline, agenda, rule, asOf);
      }
    }
  }

  /**
   * Returns the State as given.
   *
   * @return the State
   */
  public State state() {
    return state;
  }

  /**
   * Returns the first day of the timeline.
   *
   * @return the first day
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Returns the last day of the timeline.
   *
   * @return the last day
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Returns every day on which something changed, in order, the timeline's first day first.
   *
   * @return the events, by day
   */
  public ImmutableList<Event> events() {
    return events;
  }

  /**
   * Returns the State's findings on {@code day}, as {@link Convention#assess} finds them on that day
   * in everything they decide: status, deadline, day met, outcomes. On the day of a fact, when every
   * rule judges again, they are the assessment's word for word; on other days a sentence that names
   * the day judged ("100 mines remain on ...") may name the last day its rule judged instead.
   *
   * @param day a day of the timeline
   * @return the findings on {@code day}, in article order
   * @throws IllegalArgumentException if {@code day} is outside the timeline
   */
  public ImmutableList<Finding> findingsOn(LocalDate day) {
    return assessmentFrom(day).findings();
  }

  /**
   * Returns the State's deadlines at a glance on {@code day}.
   *
   * @param day a day of the timeline
   * @return the deadlines at a glance on {@code day}
   */
  public Deadlines deadlinesOn(LocalDate day) {
    return assessmentFrom(day).deadlines();
  }

  /**
   * Returns the assessment kept last on or before {@code day}, on an event or on the day of a fact:
   * equal in all it decides to the assessment on {@code day} itself (see {@link #findingsOn}).
   *
   * @param day a day of the timeline
   * @return the assessment of the last change on or before {@code day}
   */
  public Assessment assessmentFrom(LocalDate day) {
    if (day.isBefore(from) || day.isAfter(to)) {
      throw new IllegalArgumentException("day " + day + " is outside the timeline, " + from + " to " + to);
    }
    int at = Collections.binarySearch(days, day);
    return assessments.get(at >= 0 ? at : -at - 2);
  }

  /**
   * Returns the periods of non-compliance, by their first day.
   *
   * @return the periods of non-compliance, possibly none
   */
  public ImmutableList<NonCompliancePeriod> nonCompliance() {
    return nonCompliance;
  }

  /**
   * Returns the events on which {@code deadline} moved, with the days it moved from and to.
   *
   * @param deadline the deadline at a glance
   * @return the events on which {@code deadline} moved, by day, possibly none
   */
  public ImmutableList<Event> deadlineHistory(Comparison.Deadline deadline) {
    return events.stream()
        .filter(event -> event.comparison().deadlineChanges().stream().anyMatch(change -> change.deadline() == deadline))
        .collect(ImmutableList.toImmutableList());
  }

  private ImmutableList<NonCompliancePeriod> periods() {
    Map<Object, LocalDate> open = new LinkedHashMap<>();
    Map<Object, Finding> which = new HashMap<>();
    List<NonCompliancePeriod> periods = new ArrayList<>();
    Set<FindingId> adverseIds = new HashSet<>();
    for (int i = 0; i < days.size(); i++) {
      if (i > 0 && (changes.get(i) == null || !touches(changes.get(i), adverseIds))) {
        continue;
      }
      adverseIds.clear();
      LocalDate day = days.get(i);
      Map<Object, Finding> adverse = new LinkedHashMap<>();
      Map<FindingId, Integer> seen = new HashMap<>();
      for (Finding finding : assessments.get(i).findings()) {
        Object key = key(finding, seen);
        if (finding.status().isAdverse()) {
          adverse.put(key, finding);
          adverseIds.add(finding.id());
        }
      }
      for (Iterator<Map.Entry<Object, LocalDate>> it = open.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<Object, LocalDate> period = it.next();
        if (!adverse.containsKey(period.getKey())) {
          Finding finding = which.get(period.getKey());
          LocalDate last = day.minusDays(1);
          periods.add(new NonCompliancePeriod(finding.id(), finding.citation(), period.getValue(), Optional.of(last),
              ChronoUnit.DAYS.between(period.getValue(), last) + 1));
          it.remove();
        }
      }
      for (Map.Entry<Object, Finding> entry : adverse.entrySet()) {
        which.put(entry.getKey(), entry.getValue());
        open.putIfAbsent(entry.getKey(), entry.getValue().overdueSince().filter(since -> !since.isBefore(from) && since.isBefore(day))
            .orElse(day));
      }
    }
    open.forEach((key, first) -> periods.add(new NonCompliancePeriod(which.get(key).id(), which.get(key).citation(), first, Optional.empty(),
        ChronoUnit.DAYS.between(first, to) + 1)));
    // An obligation met late whose lateness the facts only showed once it was met (its record was unknown
    // until then) was never seen adverse here; its own period of non-compliance is still one.
    Set<FindingId> counted = new HashSet<>();
    periods.forEach(period -> counted.add(period.finding()));
    for (Finding finding : assessments.get(assessments.size() - 1).findings()) {
      if (finding.status() == Status.MET_LATE && !counted.contains(finding.id())) {
        finding.nonCompliance().filter(period -> !period.firstDay().isBefore(from) && period.lastDay().isPresent())
            .ifPresent(period -> periods.add(new NonCompliancePeriod(finding.id(), finding.citation(), period.firstDay(), period.lastDay(),
                period.days().orElseThrow())));
      }
    }
    periods.sort(Comparator.comparing(NonCompliancePeriod::firstDay).thenComparing(NonCompliancePeriod::finding));
    return ImmutableList.copyOf(periods);
  }

  /**
   * Whether {@code change} can open or close a period: a finding adverse before or after it, or one
   * sharing its id with an adverse finding, whose place among those with that id it may shift.
   */
  private static boolean touches(Comparison change, Set<FindingId> adverseIds) {
    for (Comparison.Difference difference : change.differences()) {
      if (difference.before().isPresent() && difference.before().get().status().isAdverse()
          || difference.after().isPresent() && difference.after().get().status().isAdverse()
          || !adverseIds.isEmpty() && adverseIds.contains(difference.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which period an adverse finding belongs to: an overdue obligation by its code, citation and first
   * day overdue, so that a run of overdue reports whose subject grows each year ("annual reports for
   * 2019–2021") stays one period; any other by its id, a second with the same id by its place.
   */
  private static Object key(Finding finding, Map<FindingId, Integer> seen) {
    Optional<LocalDate> since = finding.overdueSince();
    if (since.isPresent()) {
      return List.of(finding.code(), finding.citation(), since.get());
    }
    int occurrence = seen.merge(finding.id(), 1, Integer::sum);
    return occurrence == 1 ? finding.id() : List.of(finding.id(), occurrence);
  }

  /**
   * Returns the timeline as plain text in English: the changes day by day, the periods of non-compliance,
   * and the Art. 5 deadline's history.
   *
   * @return the plain text, in English
   */
  public String toText() {
    return toText(Locale.ENGLISH);
  }

  /**
   * Returns the timeline as plain text in {@code language} ({@link Phrase#LANGUAGES}).
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the plain text, in {@code language}
   */
  public String toText(Locale language) {
    Wording words = Wording.in(language);
    StringBuilder text = new StringBuilder()
        .append(words.text("timeline.heading", "state", StateName.of(state), "iso3", state.iso3(), "from", from, "to", to)).append("\n\n")
        .append(words.text("timeline.changes")).append('\n');
    for (Event event : events) {
      text.append("  ").append(words.date(event.day())).append('\n');
      event.comparison().lines(words, "    ", text);
    }
    text.append('\n').append(words.text("timeline.non-compliance")).append('\n');
    if (nonCompliance.isEmpty()) {
      text.append("  ").append(words.text("timeline.none")).append('\n');
    }
    for (NonCompliancePeriod period : nonCompliance) {
      text.append("  ").append(words.text("timeline.period", "citation", period.citation(), "from", period.firstDay(), "to", period.lastDay(),
          "days", period.days(), "end", to)).append('\n');
    }
    text.append('\n').append(words.text("timeline.deadline-history")).append('\n');
    boolean moved = false;
    for (Comparison.Deadline deadline : List.of(Comparison.Deadline.STOCKPILE_DESTRUCTION, Comparison.Deadline.MINED_AREA_CLEARANCE,
        Comparison.Deadline.WITHDRAWAL_EFFECTIVE)) {
      for (Event event : deadlineHistory(deadline)) {
        for (Comparison.DeadlineChange change : event.comparison().deadlineChanges()) {
          if (change.deadline() == deadline) {
            moved = true;
            text.append("  ").append(words.text("timeline.deadline-moved", "day", event.day(),
                "deadline", deadline.phrase(), "before", change.before(), "after", change.after()))
                .append('\n');
          }
        }
      }
    }
    if (!moved) {
      text.append("  ").append(words.text("timeline.none")).append('\n');
    }
    return text.toString();
  }

  /**
   * Returns the timeline as JSON, its texts in {@code language}: {@code schemaVersion}, {@code
   * language}, {@code state}, {@code from}, {@code
   * to}, {@code events} (each {@code day} with the {@code findings} that changed — {@code code},
   * {@code subject}, {@code changes}, what each was {@code before} and is {@code after}: status,
   * deadline, day met, summary — and the {@code deadlines} that moved) and {@code nonCompliance}
   * (each period's finding, citation, first and last days, whether ongoing, and length in days).
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the JSON object, as text
   */
  public String toJson(Locale language) {
    return Json.of(this, Wording.in(language));
  }

  /**
   * Returns the JSON Schema (2020-12) of {@link #toJson(Locale)}: the file {@code
   * org/minebantreaty/rules/timeline.schema.json} this jar ships, also published as {@code
   * docs/timeline.schema.json}.
   *
   * @return the schema, as JSON text
   */
  public static String jsonSchema() {
    return Json.schema("timeline.schema.json");
  }

  @Override
  public String toString() {
    return toText();
  }
}
