package org.minebantreaty.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.minebantreaty.core.State;

/**
 * Where one State stands under the Convention on one date: every finding, in article order, and its
 * {@link Deadlines} at a glance. Equal inputs give equal assessments.
 */
public final class Assessment {

  private final State state;
  private final LocalDate asOf;
  private final Policies policies;
  // Each rule's findings, flattened in article order on first read: a timeline keeps an assessment for each day anything changes, and reads few whole.
  private final List<List<Finding>> byRule;
  // Volatile: an assessment handed to another thread without a lock still shows it the list it was made with.
  private volatile ImmutableList<Finding> findings;
  private final Deadlines deadlines;
  private final WithdrawalStatus withdrawal;

  Assessment(Context context, ImmutableList<Finding> findings) {
    this(context.knownOnAsOf(), context.asOf(), context.policies(), null, findings, context.deadlines(), context.withdrawal());
  }

  private Assessment(State state, LocalDate asOf, Policies policies, List<List<Finding>> byRule, ImmutableList<Finding> findings, Deadlines deadlines,
      WithdrawalStatus withdrawal) {
    this.state = state;
    this.asOf = asOf;
    this.policies = policies;
    this.byRule = byRule;
    this.findings = findings;
    this.deadlines = deadlines;
    this.withdrawal = withdrawal;
  }

  /** An assessment of the same State, date and policies with no finding and no deadline: what a timeline's first day is compared with. */
  Assessment empty() {
    return new Assessment(state, asOf, policies, null, ImmutableList.of(), Deadlines.none(), withdrawal);
  }

  /**
   * The assessment in {@code context} made of each rule's findings, in rule order, flattened by
   * {@link Convention#assemble} only when first read. Neither {@code byRule} nor its lists may change
   * after.
   */
  static Assessment ofRules(Context context, List<List<Finding>> byRule) {
    return new Assessment(context.knownOnAsOf(), context.asOf(), context.policies(), byRule, null, context.deadlines(), context.withdrawal());
  }

  /**
   * Returns what changes from this assessment to {@code other}: of the same State on another date, or
   * under other facts (a request granted, a notice of withdrawal given).
   *
   * @param other the later assessment, or the one with the change, of the same State
   * @return what differs from this assessment to {@code other}
   */
  public Comparison compare(Assessment other) {
    return Comparison.of(this, other);
  }

  /**
   * Returns the State assessed as it was known at the end of {@link #asOf()}: facts dated later are
   * not in it ({@link State#asKnownOn}), so nothing printed from an assessment can reveal them.
   *
   * @return the State as known at the end of the assessment date
   */
  public State state() {
    return state;
  }

  /**
   * Returns the assessment date.
   *
   * @return the day the State is assessed at the end of
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the caller's choices the assessment applied.
   *
   * @return the policies the findings were made under
   */
  public Policies policies() {
    return policies;
  }

  /**
   * Returns every finding, ordered by the article of the rule that produced it.
   *
   * @return every finding, in article order
   */
  public ImmutableList<Finding> findings() {
    ImmutableList<Finding> made = findings;
    if (made == null) {
      // Made at most once per thread that finds it missing, and immutable: a race costs only a second copy.
      made = Convention.inArticleOrder(byRule);
      findings = made;
    }
    return made;
  }

  /**
   * Returns the findings with {@code code} ({@link FindingCodes}), in order: {@code
   * findings(FindingCodes.ART7_1_INITIAL_REPORT)} is the initial-report finding, whatever its wording.
   *
   * @param code a finding code, one of {@link FindingCodes} or a code of a caller's own rule
   * @return the findings with {@code code}, possibly none
   */
  public ImmutableList<Finding> findings(String code) {
    return findings().stream().filter(f -> f.code().equals(code)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings whose citation is, or bears on, {@code article}.
   *
   * @param article an article number, 1 to 22
   * @return the findings on {@code article}, in order, possibly none
   */
  public ImmutableList<Finding> findingsOn(int article) {
    return findings().stream().filter(f -> f.citation().articleNumber() == article).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings of non-compliance: overdue, non-compliant, violation.
   *
   * @return the findings whose status is adverse ({@link Status#isAdverse()}), in order, possibly none
   */
  public ImmutableList<Finding> adverseFindings() {
    return findings().stream().filter(f -> f.status().isAdverse()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the State's dates at a glance.
   *
   * @return the deadlines at a glance on the assessment date
   */
  public Deadlines deadlines() {
    return deadlines;
  }

  /**
   * Returns where the State's withdrawal stands.
   *
   * @return the withdrawal's status on the assessment date
   */
  public WithdrawalStatus withdrawal() {
    return withdrawal;
  }

  /**
   * Returns the assessment as plain text in English: a heading, the deadlines at a glance, then the
   * findings grouped under the title of the article they cite, each with its reasons.
   *
   * @return the plain text, in English
   */
  public String toText() {
    return toText(Locale.ENGLISH);
  }

  /**
   * Returns the assessment as plain text in {@code language} ({@link Phrase#LANGUAGES}), laid out as {@link #toText()}.
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the plain text, in {@code language}
   */
  public String toText(Locale language) {
    Wording words = Wording.in(language);
    java.util.List<String> glance = new java.util.ArrayList<>();
    for (Phrase[] line : glance()) {
      glance.add(words.text("glance.line", "label", line[0], "value", line[1]));
    }
    StringBuilder text = new StringBuilder(8192)
        .append(heading(words)).append('\n')
        .append(words.text("text.deadlines", "lines", String.join(words.text("text.list-separator"), glance))).append('\n');
    int article = 0;
    for (Finding finding : findings()) {
      if (finding.citation().articleNumber() != article) {
        article = finding.citation().articleNumber();
        text.append('\n').append(words.text("text.article-heading", "article", (long) article, "title", words.title(article))).append('\n');
      }
      finding.appendText(words, "  ", text);
      text.append('\n');
    }
    return text.toString();
  }

  /**
   * Returns the assessment as Markdown in English: a heading, a table of deadlines, then one section
   * per article with each finding's status, summary, deadline and reasons.
   *
   * @return the Markdown, in English
   */
  public String toMarkdown() {
    return toMarkdown(Locale.ENGLISH);
  }

  /**
   * Returns the assessment as Markdown in {@code language} ({@link Phrase#LANGUAGES}), laid out as {@link #toMarkdown()}.
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the Markdown, in {@code language}
   */
  public String toMarkdown(Locale language) {
    Wording words = Wording.in(language);
    StringBuilder md = new StringBuilder(8192)
        .append("## ").append(escape(heading(words))).append("\n\n")
        .append("| ").append(words.text("markdown.deadline-column")).append(" | ").append(words.text("markdown.date-column"))
        .append(" |\n| --- | --- |\n");
    for (Phrase[] line : glance()) {
      md.append("| ").append(escape(words.render(line[0]))).append(" | ").append(escape(words.render(line[1]))).append(" |\n");
    }
    int article = 0;
    for (Finding finding : findings()) {
      if (finding.citation().articleNumber() != article) {
        article = finding.citation().articleNumber();
        md.append("\n### ").append(words.text("text.article-heading", "article", (long) article, "title", words.title(article))).append("\n\n");
      }
      md.append("- **").append(words.status(finding.status())).append("** — ").append(escape(words.render(finding.summaryPhrase())))
          .append(" *(").append(escape(words.citation(finding.citation())));
      finding.deadline().ifPresent(day -> md.append("; ").append(words.text("markdown.deadline", "day", day)));
      finding.metOn().ifPresent(day -> md.append("; ").append(words.text("markdown.met-on", "day", day)));
      md.append(")*\n");
      for (Reason reason : finding.reasons()) {
        md.append("  - ").append(escape(words.render(reason.phrase()))).append(" — ").append(escape(words.citation(reason.citation()))).append('\n');
      }
      for (Phrase missing : finding.missingFactPhrases()) {
        md.append("  - ").append(escape(words.text("text.missing-fact", "fact", missing))).append('\n');
      }
    }
    return md.toString();
  }

  private String heading(Wording words) {
    return words.text("assessment.heading", "state", StateName.of(state), "iso3", state.iso3(), "asOf", asOf);
  }

  /**
   * Returns the JSON Schema (2020-12) of {@link #toJson()}: the file {@code
   * org/minebantreaty/rules/assessment.schema.json} this jar ships, also published as {@code
   * docs/assessment.schema.json}. A tool in another language validates against it.
   *
   * @return the schema, as JSON text
   */
  public static String jsonSchema() {
    return Json.schema("assessment.schema.json");
  }

  /**
   * Returns the assessment as one JSON object, for tools, with every text in English: {@code
   * schemaVersion}, {@code language}, {@code state}, {@code asOf}, {@code deadlines} (ISO dates or
   * {@code null}), {@code withdrawal}, and {@code findings}, each with its {@code code}, {@code
   * citation}, {@code status}, {@code subject}, {@code deadline}, {@code metOn}, outcome fields, and
   * its {@code summary}, {@code reasons} and {@code missingFacts} as phrases ({@code code}, {@code
   * arguments}, {@code text}). The shape is {@link #jsonSchema()}; field names and meanings only change
   * with the schema version.
   *
   * @return the JSON object, as text
   */
  public String toJson() {
    return toJson(Locale.ENGLISH);
  }

  /**
   * Returns the assessment as {@link #toJson()} does, with every {@code text} in {@code language} ({@link Phrase#LANGUAGES}).
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the JSON object, as text, its texts in {@code language}
   */
  public String toJson(Locale language) {
    return Json.of(this, Wording.in(language));
  }

  /** The deadlines at a glance, each a label and a value. */
  private java.util.List<Phrase[]> glance() {
    java.util.List<Phrase[]> lines = new java.util.ArrayList<>();
    deadlines.entryIntoForce().ifPresent(day -> lines.add(line("glance.entry-into-force", Citation.article(17), Phrase.of("glance.date", "day", day))));
    deadlines.stockpileDestruction().ifPresent(day -> lines.add(line("glance.stockpile-destruction", Citation.article(4), Phrase.of("glance.date", "day", day))));
    deadlines.minedAreaCurrent().ifPresent(day -> lines.add(line("glance.mined-area-clearance", Citation.article(5),
        deadlines.minedAreaOriginal().filter(day::equals).isPresent()
            ? Phrase.of("glance.date", "day", day)
            : Phrase.of("glance.extended-from", "day", day, "original", deadlines.minedAreaOriginal().orElseThrow()))));
    deadlines.initialReport().ifPresent(day -> lines.add(line("glance.initial-report", Citation.article(7, 1), Phrase.of("glance.date", "day", day))));
    deadlines.nextAnnualReport().ifPresent(day -> lines.add(line("glance.next-annual-report", Citation.article(7, 2), Phrase.of("glance.date", "day", day))));
    withdrawal.receivedOn().ifPresent(received -> lines.add(line("glance.withdrawal", Citation.article(20), withdrawal.effectiveOn()
        .map(day -> Phrase.of("glance.withdrawal-effective", "day", day, "taken", withdrawal.hasTakenEffect()))
        .orElse(withdrawal.phase() == WithdrawalStatus.Phase.NOTICE_RUNNING
            ? Phrase.of("glance.withdrawal-notice-running", "day", withdrawal.noticeExpiresOn().orElseThrow())
            : Phrase.of("glance.withdrawal-held", "day", withdrawal.noticeExpiresOn().orElseThrow())))));
    if (lines.isEmpty()) {
      lines.add(new Phrase[] {Phrase.of("glance.none"), Phrase.of("glance.no-instrument")});
    }
    return lines;
  }

  private static Phrase[] line(String label, Citation citation, Phrase value) {
    return new Phrase[] {Phrase.of(label, "citation", citation), value};
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Assessment)) {
      return false;
    }
    Assessment that = (Assessment) other;
    return state.equals(that.state) && asOf.equals(that.asOf) && policies.equals(that.policies) && findings().equals(that.findings());
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, asOf, policies, findings());
  }

  @Override
  public String toString() {
    return toText();
  }
}
