package org.minebantreaty.rules;

import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.minebantreaty.core.Purpose;
import org.minebantreaty.core.RetentionRecord;
import org.minebantreaty.core.State;

/**
 * Art. 3(1) — Mines retained for training.
 *
 * <p>Retaining anti-personnel mines for the development of and training in detection, clearance or
 * destruction techniques is permitted, in a number not exceeding the minimum absolutely necessary.
 * The treaty sets no figure, so this rule never finds a violation in a number: it warns when a count
 * grows, stays unchanged for longer than the caller's policy allows (mines used in training are
 * consumed), or exceeds the caller's threshold (Interpretation I-3.1). A count held for no permitted
 * purpose is retention prohibited by Art. 1(1)(b).
 */
public final class RetainedMines extends ArticleRule<State> {

  /** Creates the rule. */
  public RetainedMines() {
    super(Subject.STATE, Citation.article(3, 1));
  }

  @Override
  public List<Finding> evaluate(State state, Context context) {
    if (!context.isInForce() || state.retainedMines().isEmpty()) {
      return List.of();
    }
    List<RetentionRecord> records = new ArrayList<>(state.retainedMines());
    records.sort(Comparator.comparing(RetentionRecord::on));
    List<Finding> findings = new ArrayList<>();
    String subject = context.stateName() + ", mines retained under Art. 3";
    Reason noNumber = Reason.of(Phrase.of("art3.1.no-number-set"), Interpretations.RETENTION_THRESHOLDS);
    for (RetentionRecord record : records) {
      if (record.quantity() > 0 && record.purposes().stream().noneMatch(Purpose::isTraining)) {
        findings.add(Finding.builder()
            .code(FindingCodes.ART3_1_RETENTION)
            .citation(Citation.article(1, 1, "b"))
            .status(Status.VIOLATION)
            .subject(subject)
            .summary(Phrase.of("art3.1.retained-without-purpose", "quantity", record.quantity(), "on", record.on()))
            .addReasons(Reason.of(Phrase.of("art3.1.only-training-permitted"), Citation.article(3, 1)))
            .build());
      }
    }
    for (int i = 1; i < records.size(); i++) {
      RetentionRecord before = records.get(i - 1);
      RetentionRecord after = records.get(i);
      if (after.quantity() > before.quantity()) {
        findings.add(warning(subject, Phrase.of("art3.1.count-grew", "before", before.quantity(), "beforeOn", before.on(),
            "after", after.quantity(), "afterOn", after.on()), noNumber));
      }
    }
    RetentionRecord latest = records.get(records.size() - 1);
    RetentionRecord unchangedSince = latest;
    for (int i = records.size() - 2; i >= 0 && records.get(i).quantity() == latest.quantity(); i--) {
      unchangedSince = records.get(i);
    }
    int years = context.policies().retainedMinesUnchangedYears();
    if (latest.quantity() > 0 && !unchangedSince.on().plus(Period.ofYears(years)).isAfter(latest.on())) {
      findings.add(warning(subject, Phrase.of("art3.1.count-unchanged", "quantity", latest.quantity(), "since", unchangedSince.on(),
          "span", Period.between(unchangedSince.on(), latest.on())), noNumber));
    }
    context.policies().retainedMinesThreshold().ifPresent(threshold -> {
      if (latest.quantity() > threshold) {
        findings.add(warning(subject, Phrase.of("art3.1.above-threshold", "quantity", latest.quantity(), "on", latest.on(),
            "threshold", threshold), noNumber));
      }
    });
    return findings;
  }

  private static Finding warning(String subject, Phrase summary, Reason noNumber) {
    return Finding.builder().code(FindingCodes.ART3_1_RETENTION).citation(Citation.article(3, 1)).status(Status.WARNING).subject(subject).summary(summary).addReasons(noNumber).build();
  }

}
