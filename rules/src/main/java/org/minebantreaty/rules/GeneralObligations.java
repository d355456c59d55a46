package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.minebantreaty.core.Activity;
import org.minebantreaty.core.ActivityKind;
import org.minebantreaty.core.Purpose;
import org.minebantreaty.core.State;

/**
 * Art. 1 — General obligations, with the definitions of Art. 2 and the exceptions of Art. 3.
 *
 * <p>A State Party never, under any circumstances, uses anti-personnel mines (1(1)(a)); develops,
 * produces, otherwise acquires, stockpiles, retains or transfers them (1(1)(b)); or assists,
 * encourages or induces anyone to do what the Convention prohibits (1(1)(c)). Only anti-personnel
 * mines count (Art. 2(1)); handing over territory with emplaced mines is not a transfer (Art. 2(4));
 * retention or transfer for training in detection, clearance or destruction techniques (Art. 3(1)) and
 * transfer for destruction (Art. 3(2)) are permitted.
 *
 * <p>An act is judged against the time Art. 1(1) binds the State: from entry into force, or from
 * deposit where the State declared provisional application (Art. 18), until a withdrawal takes
 * effect. Earlier acts are history, not violations. Joint operations with a partner that uses
 * anti-personnel mines, and benefit from another's minefield, are violations only under the strict
 * reading of 1(1)(c) ({@link Policies#assistanceReading()}); each such finding says which reading
 * produced it.
 */
public final class GeneralObligations extends ArticleRule<Activity> {

  /** Creates the rule. */
  public GeneralObligations() {
    super(Subject.ACTIVITIES, Citation.article(1));
  }

  @Override
  public List<Finding> evaluate(Activity activity, Context context) {
    State state = context.state();
    String subject = context.stateName() + ", " + describe(activity);
    Finding.Builder finding = Finding.builder().code(FindingCodes.ART1_ACTIVITY).subject(subject);
    if (activity.kind() == ActivityKind.TRANSFER_OF_TERRITORY) {
      return List.of(finding.citation(Citation.article(2, 4)).status(Status.NOT_APPLICABLE)
          .summary(Phrase.of("art2.4.territory-not-a-transfer"))
          .build());
    }
    if (!activity.mineType().isAntiPersonnel()) {
      return List.of(finding.citation(Citation.article(2, 1)).status(Status.NOT_APPLICABLE)
          .summary(Phrase.of("art2.1.type-not-anti-personnel", "type", activity.mineType().name(),
              "trigger", activity.mineType().trigger(), "antiHandlingDevice", activity.mineType().antiHandlingDevice()))
          .build());
    }
    if (state.instrument().isEmpty()) {
      return List.of(finding.citation(Citation.article(1)).status(Status.NOT_APPLICABLE)
          .summary(Phrase.of("art1.not-consented", "state", StateName.of(state)))
          .build());
    }
    LocalDate from = context.prohibitionsBindFrom().orElseThrow();
    Citation citation = citationOf(activity, context.policies());
    if (activity.on().isBefore(from)) {
      return List.of(finding.citation(citation).status(Status.INFORMATION)
          .summary(Phrase.of("art1.before-binding", "state", StateName.of(state), "from", from))
          .addReasons(bindingReason(context, from))
          .build());
    }
    finding.addReasons(bindingReason(context, from));
    switch (activity.kind()) {
      case USE:
        return List.of(violation(finding, Phrase.of("art1.act.used"), citation));
      case DEVELOPMENT:
      case PRODUCTION:
      case ACQUISITION:
        return List.of(violation(finding, made(activity.kind()), citation));
      case RETENTION:
        return List.of(retention(activity, finding, citation, context));
      case TRANSFER:
        return List.of(transfer(activity, finding, citation));
      case ASSISTANCE:
        return List.of(violation(finding, Phrase.of("art1.act.assisted"), citation));
      default:
        return List.of(contested(activity, finding.citation(citation), context.policies()));
    }
  }

  private static Finding retention(Activity activity, Finding.Builder finding, Citation citation, Context context) {
    if (activity.purpose().filter(Purpose::isTraining).isPresent()) {
      return finding.citation(Citation.article(3, 1)).status(Status.INFORMATION)
          .summary(Phrase.of("art3.1.retained-for-training", "purpose", activity.purpose().get()))
          .addReasons(Reason.of(Phrase.of("art3.1.retention-permitted"), Citation.article(3, 1)))
          .addReasons(Reason.of(Phrase.of("art7.1.d.retained-mines-reported"), Citation.article(7, 1, "d")))
          .build();
    }
    if (activity.purpose().isPresent()) {
      LocalDate deadline = context.stockpileDestructionDeadline().orElseThrow();
      return finding.citation(Citation.article(4)).status(Status.NOT_APPLICABLE)
          .deadline(deadline)
          .summary(Phrase.of("art1.retained-pending-destruction", "deadline", deadline))
          .build();
    }
    return violation(finding.addReasons(Reason.of(Phrase.of("art3.1.no-purpose-given"), Citation.article(3, 1))),
        Phrase.of("art1.act.retained-no-purpose"), citation);
  }

  private static Finding transfer(Activity activity, Finding.Builder finding, Citation citation) {
    if (activity.purpose().isPresent()) {
      Purpose purpose = activity.purpose().get();
      Citation exception = purpose.isTraining() ? Citation.article(3, 1) : Citation.article(3, 2);
      return finding.citation(exception).status(Status.INFORMATION)
          .summary(Phrase.of("art3.transferred-for-purpose", "counterpart", activity.counterpart(), "purpose", purpose))
          .addReasons(Reason.of(purpose.isTraining()
              ? Phrase.of("art3.1.transfer-permitted")
              : Phrase.of("art3.2.transfer-permitted"), exception))
          .build();
    }
    return violation(finding.addReasons(Reason.of(Phrase.of("art3.no-purpose-given"), Citation.article(3))),
        Phrase.of("art1.act.transferred", "counterpart", activity.counterpart()), citation);
  }

  private static Finding contested(Activity activity, Finding.Builder finding, Policies policies) {
    Phrase act = activity.kind() == ActivityKind.JOINT_OPERATION
        ? Phrase.of("art1.act.joint-operation", "counterpart", activity.counterpart())
        : Phrase.of("art1.act.benefit-from-minefield", "counterpart", activity.counterpart());
    if (policies.assistanceReading() == Policies.AssistanceReading.STRICT) {
      return finding.status(Status.VIOLATION)
          .summary(Phrase.of("art1.1.c.strict-prohibited", "act", act))
          .addReasons(Reason.of(Phrase.of("art1.1.c.strict-reading"), Interpretations.STRICT_ASSISTANCE))
          .build();
    }
    return finding.status(Status.INFORMATION)
        .summary(Phrase.of("art1.1.c.narrow-not-prohibited", "act", act))
        .addReasons(Reason.of(Phrase.of("art1.1.c.narrow-reading"), Interpretations.NARROW_ASSISTANCE))
        .build();
  }

  private static Finding violation(Finding.Builder finding, Phrase act, Citation citation) {
    return finding.citation(citation).status(Status.VIOLATION)
        .summary(Phrase.of("art1.violation", "act", act))
        .addReasons(Reason.of(prohibition(citation), citation))
        .build();
  }

  /** The prohibition of each sub-paragraph of Art. 1(1), in the treaty's words. */
  private static Phrase prohibition(Citation citation) {
    if (citation.equals(Citation.article(1, 1, "a"))) {
      return Phrase.of("art1.1.a.undertaking");
    }
    if (citation.equals(Citation.article(1, 1, "b"))) {
      return Phrase.of("art1.1.b.undertaking");
    }
    return Phrase.of("art1.1.c.undertaking");
  }

  /** The act of developing, producing or acquiring mines, as a finding names it. */
  private static Phrase made(ActivityKind kind) {
    switch (kind) {
      case DEVELOPMENT:
        return Phrase.of("art1.act.developed");
      case PRODUCTION:
        return Phrase.of("art1.act.produced");
      default:
        return Phrase.of("art1.act.acquired");
    }
  }

  private static Citation citationOf(Activity activity, Policies policies) {
    switch (activity.kind()) {
      case USE:
        return Citation.article(1, 1, "a");
      case ASSISTANCE:
        return Citation.article(1, 1, "c");
      case JOINT_OPERATION:
      case BENEFIT_FROM_MINEFIELD:
        return policies.assistanceReading() == Policies.AssistanceReading.STRICT ? Interpretations.STRICT_ASSISTANCE : Interpretations.NARROW_ASSISTANCE;
      default:
        return Citation.article(1, 1, "b");
    }
  }

  private static Reason bindingReason(Context context, LocalDate from) {
    if (context.state().instrument().orElseThrow().provisionalApplication()) {
      return Reason.of(Phrase.of("art18.prohibitions-bind-from-deposit", "state", StateName.of(context.state()), "from", from),
          Citation.article(18));
    }
    return context.entryIntoForceReason();
  }

  private static String describe(Activity activity) {
    return activity.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " on " + activity.on()
        + activity.quantity().stream().mapToObj(q -> " (" + Language.ENGLISH.number(q) + (q == 1 ? " mine" : " mines") + ")").findFirst().orElse("");
  }
}
