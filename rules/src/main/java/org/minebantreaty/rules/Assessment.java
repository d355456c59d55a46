package org.minebantreaty.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
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
  private final ImmutableList<Finding> findings;
  private final Deadlines deadlines;
  private final WithdrawalStatus withdrawal;

  Assessment(Context context, ImmutableList<Finding> findings) {
    this.state = context.knownOnAsOf();
    this.asOf = context.asOf();
    this.policies = context.policies();
    this.findings = findings;
    this.deadlines = Deadlines.of(context);
    this.withdrawal = context.withdrawal();
  }

  /**
   * Returns the State assessed as it was known at the end of {@link #asOf()}: facts dated later are
   * not in it ({@link State#asKnownOn}), so nothing printed from an assessment can reveal them.
   */
  public State state() {
    return state;
  }

  /** Returns the assessment date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Returns the caller's choices the assessment applied. */
  public Policies policies() {
    return policies;
  }

  /** Returns every finding, ordered by the article of the rule that produced it. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings with {@code code} ({@link FindingCodes}), in order: {@code
   * findings(FindingCodes.ART7_1_INITIAL_REPORT)} is the initial-report finding, whatever its wording.
   */
  public ImmutableList<Finding> findings(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).collect(ImmutableList.toImmutableList());
  }

  /** Returns the findings whose citation is, or bears on, {@code article}. */
  public ImmutableList<Finding> findingsOn(int article) {
    return findings.stream().filter(f -> f.citation().articleNumber() == article).collect(ImmutableList.toImmutableList());
  }

  /** Returns the findings of non-compliance: overdue, non-compliant, violation. */
  public ImmutableList<Finding> adverseFindings() {
    return findings.stream().filter(f -> f.status().isAdverse()).collect(ImmutableList.toImmutableList());
  }

  /** Returns the State's dates at a glance. */
  public Deadlines deadlines() {
    return deadlines;
  }

  /** Returns where the State's withdrawal stands. */
  public WithdrawalStatus withdrawal() {
    return withdrawal;
  }

  /**
   * Returns the assessment as plain text: a heading, the deadlines at a glance, then the findings
   * grouped under the title of the article they cite, each with its reasons.
   */
  public String toText() {
    StringBuilder text = new StringBuilder()
        .append(Wording.state(state)).append(", as of ").append(Wording.date(asOf)).append('\n')
        .append("Deadlines: ").append(String.join("; ", glance())).append('\n');
    int article = 0;
    for (Finding finding : findings) {
      if (finding.citation().articleNumber() != article) {
        article = finding.citation().articleNumber();
        text.append('\n').append("Art. ").append(article).append(" — ").append(Citation.titleOf(article)).append('\n');
      }
      text.append("  ").append(finding.toString().replace("\n", "\n  ")).append('\n');
    }
    return text.toString();
  }

  /**
   * Returns the assessment as Markdown: a heading, a table of deadlines, then one section per article
   * with each finding's status, summary, deadline and reasons.
   */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder()
        .append("## ").append(Wording.state(state)).append(", as of ").append(Wording.date(asOf)).append("\n\n")
        .append("| Deadline | Date |\n| --- | --- |\n");
    for (String line : glance()) {
      int colon = line.indexOf(": ");
      md.append("| ").append(line, 0, colon).append(" | ").append(line.substring(colon + 2)).append(" |\n");
    }
    int article = 0;
    for (Finding finding : findings) {
      if (finding.citation().articleNumber() != article) {
        article = finding.citation().articleNumber();
        md.append("\n### Art. ").append(article).append(" — ").append(Citation.titleOf(article)).append("\n\n");
      }
      md.append("- **").append(finding.status().label()).append("** — ").append(escape(finding.summary()))
          .append(" *(").append(escape(finding.citation().reference()));
      finding.deadline().ifPresent(day -> md.append("; deadline ").append(Wording.date(day)));
      finding.metOn().ifPresent(day -> md.append("; met on ").append(Wording.date(day)));
      md.append(")*\n");
      for (Reason reason : finding.reasons()) {
        md.append("  - ").append(escape(reason.text())).append(" — ").append(escape(reason.citation().reference())).append('\n');
      }
      for (String missing : finding.missingFacts()) {
        md.append("  - missing fact: ").append(escape(missing)).append('\n');
      }
    }
    return md.toString();
  }

  /**
   * Returns the JSON Schema (2020-12) of {@link #toJson()}: the file {@code
   * org/minebantreaty/rules/assessment.schema.json} this jar ships, also published as {@code
   * docs/assessment.schema.json}. A tool in another language validates against it.
   */
  public static String jsonSchema() {
    try (java.io.InputStream in = Assessment.class.getResourceAsStream("/org/minebantreaty/rules/assessment.schema.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | NullPointerException missing) {
      throw new IllegalStateException("the rules jar lacks its JSON schema", missing);
    }
  }

  /**
   * Returns the assessment as one JSON object, for tools: {@code schemaVersion}, {@code state},
   * {@code asOf}, {@code deadlines} (ISO dates or {@code null}), {@code withdrawal}, and {@code
   * findings}, each with its {@code citation} ({@code reference}, {@code article}, {@code source}),
   * {@code status}, {@code subject}, {@code deadline}, {@code metOn}, {@code summary}, {@code
   * reasons} and {@code missingFacts}. Field names and meanings only change with the schema version.
   */
  public String toJson() {
    return Json.of(this);
  }

  private java.util.List<String> glance() {
    java.util.List<String> lines = new java.util.ArrayList<>();
    deadlines.entryIntoForce().ifPresent(day -> lines.add("entry into force (Art. 17): " + Wording.date(day)));
    deadlines.stockpileDestruction().ifPresent(day -> lines.add("stockpile destruction (Art. 4): " + Wording.date(day)));
    deadlines.minedAreaCurrent().ifPresent(day -> lines.add("mined-area clearance (Art. 5): " + Wording.date(day)
        + (deadlines.minedAreaOriginal().filter(day::equals).isPresent() ? "" : ", extended from " + Wording.date(deadlines.minedAreaOriginal().orElseThrow()))));
    deadlines.initialReport().ifPresent(day -> lines.add("initial report (Art. 7(1)): " + Wording.date(day)));
    deadlines.nextAnnualReport().ifPresent(day -> lines.add("next annual report (Art. 7(2)): " + Wording.date(day)));
    withdrawal.receivedOn().ifPresent(received -> lines.add("withdrawal (Art. 20): " + withdrawal.effectiveOn()
        .map(day -> (withdrawal.hasTakenEffect() ? "took effect on " : "takes effect on ") + Wording.date(day))
        .orElse(withdrawal.phase() == WithdrawalStatus.Phase.NOTICE_RUNNING
            ? "notice expires on " + Wording.date(withdrawal.noticeExpiresOn().orElseThrow()) + ", held back while the armed conflict lasts"
            : "held back by an armed conflict since " + Wording.date(withdrawal.noticeExpiresOn().orElseThrow()))));
    if (lines.isEmpty()) {
      lines.add("none: no instrument deposited");
    }
    return lines;
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
    return state.equals(that.state) && asOf.equals(that.asOf) && policies.equals(that.policies) && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, asOf, policies, findings);
  }

  @Override
  public String toString() {
    return toText();
  }
}
