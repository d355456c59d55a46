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
          .summary("Handing over territory that contains emplaced mines is not a transfer of mines")
          .build());
    }
    if (!activity.mineType().isAntiPersonnel()) {
      return List.of(finding.citation(Citation.article(2, 1)).status(Status.NOT_APPLICABLE)
          .summary(activity.mineType().name() + " is not an anti-personnel mine: it is designed to be detonated by "
              + (activity.mineType().trigger() == org.minebantreaty.core.Trigger.VEHICLE ? "a vehicle" : "command")
              + (activity.mineType().antiHandlingDevice() ? ", and its anti-handling device does not make it one" : ""))
          .build());
    }
    if (state.instrument().isEmpty()) {
      return List.of(finding.citation(Citation.article(1)).status(Status.NOT_APPLICABLE)
          .summary(state.name() + " has not consented to be bound; the Convention's prohibitions do not bind it")
          .build());
    }
    LocalDate from = context.prohibitionsBindFrom().orElseThrow();
    Citation citation = citationOf(activity, context.policies());
    if (activity.on().isBefore(from)) {
      return List.of(finding.citation(citation).status(Status.INFORMATION)
          .summary("Before Art. 1(1) bound " + state.name() + " (from " + Wording.date(from) + "): history, not a violation")
          .addReasons(bindingReason(context, from))
          .build());
    }
    finding.addReasons(bindingReason(context, from));
    switch (activity.kind()) {
      case USE:
        return List.of(violation(finding, "Used anti-personnel mines", citation));
      case DEVELOPMENT:
      case PRODUCTION:
      case ACQUISITION:
        return List.of(violation(finding, verb(activity.kind()) + " anti-personnel mines", citation));
      case RETENTION:
        return List.of(retention(activity, finding, citation, context));
      case TRANSFER:
        return List.of(transfer(activity, finding, citation));
      case ASSISTANCE:
        return List.of(violation(finding, "Assisted, encouraged or induced a prohibited activity", citation));
      default:
        return List.of(contested(activity, finding.citation(citation), context.policies()));
    }
  }

  private static Finding retention(Activity activity, Finding.Builder finding, Citation citation, Context context) {
    if (activity.purpose().filter(Purpose::isTraining).isPresent()) {
      return finding.citation(Citation.article(3, 1)).status(Status.INFORMATION)
          .summary("Retained anti-personnel mines for " + words(activity.purpose().get()) + ": permitted, in the minimum number absolutely necessary")
          .addReasons(Reason.of("Retention for the development of and training in detection, clearance or destruction techniques is permitted", Citation.article(3, 1)))
          .addReasons(Reason.of("Retained mines must be reported, by type, quantity and lot number, with the institutions authorised", Citation.article(7, 1, "d")))
          .build();
    }
    if (activity.purpose().isPresent()) {
      LocalDate deadline = context.stockpileDestructionDeadline().orElseThrow();
      return finding.citation(Citation.article(4)).status(Status.NOT_APPLICABLE)
          .deadline(deadline)
          .summary("Held pending destruction: judged as stockpile under Art. 4, whose deadline is " + Wording.date(deadline))
          .build();
    }
    return violation(finding.addReasons(Reason.of("No purpose permitted by Art. 3(1) was given", Citation.article(3, 1))),
        "Retained anti-personnel mines with no permitted purpose", citation);
  }

  private static Finding transfer(Activity activity, Finding.Builder finding, Citation citation) {
    if (activity.purpose().isPresent()) {
      Purpose purpose = activity.purpose().get();
      Citation exception = purpose.isTraining() ? Citation.article(3, 1) : Citation.article(3, 2);
      return finding.citation(exception).status(Status.INFORMATION)
          .summary("Transferred anti-personnel mines" + activity.counterpart().map(c -> " to " + c).orElse("") + " for " + words(purpose) + ": permitted")
          .addReasons(Reason.of(purpose.isTraining()
              ? "Transfer for the development of and training in detection, clearance or destruction techniques is permitted"
              : "Transfer for the purpose of destruction is permitted", exception))
          .build();
    }
    return violation(finding.addReasons(Reason.of("No purpose permitted by Art. 3 was given", Citation.article(3))),
        "Transferred anti-personnel mines" + activity.counterpart().map(c -> " to " + c).orElse(""), citation);
  }

  private static Finding contested(Activity activity, Finding.Builder finding, Policies policies) {
    String act = activity.kind() == ActivityKind.JOINT_OPERATION
        ? "Took part in a joint operation" + activity.counterpart().map(c -> " with " + c).orElse("") + " in which a partner used, transferred or stockpiled anti-personnel mines"
        : "Derived direct benefit from a minefield laid by " + activity.counterpart().orElse("another party");
    if (policies.assistanceReading() == Policies.AssistanceReading.STRICT) {
      return finding.status(Status.VIOLATION)
          .summary(act + ": prohibited assistance under the strict reading of Art. 1(1)(c)")
          .addReasons(Reason.of("Under the strict reading, such participation or benefit assists the prohibited acts of another", Interpretations.STRICT_ASSISTANCE))
          .build();
    }
    return finding.status(Status.INFORMATION)
        .summary(act + ": not in itself prohibited under the narrow reading of Art. 1(1)(c); the strict reading would make it a violation")
        .addReasons(Reason.of("Under the narrow reading only assisting, encouraging or inducing a prohibited act is prohibited", Interpretations.NARROW_ASSISTANCE))
        .build();
  }

  private static Finding violation(Finding.Builder finding, String act, Citation citation) {
    return finding.citation(citation).status(Status.VIOLATION)
        .summary(act + ", which a State Party must never do under any circumstances")
        .addReasons(Reason.of(prohibition(citation), citation))
        .build();
  }

  /** The prohibition of each sub-paragraph of Art. 1(1), in the treaty's words. */
  private static String prohibition(Citation citation) {
    if (citation.equals(Citation.article(1, 1, "a"))) {
      return "Each State Party undertakes never under any circumstances to use anti-personnel mines";
    }
    if (citation.equals(Citation.article(1, 1, "b"))) {
      return "Each State Party undertakes never under any circumstances to develop, produce, otherwise acquire, stockpile, retain or transfer"
          + " to anyone, directly or indirectly, anti-personnel mines";
    }
    return "Each State Party undertakes never under any circumstances to assist, encourage or induce, in any way, anyone to engage in any"
        + " activity prohibited to a State Party under this Convention";
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
      return Reason.of("Art. 1(1) binds " + context.state().name() + " from its deposit on " + Wording.date(from)
          + ", by its declaration of provisional application", Citation.article(18));
    }
    return Findings.entryIntoForceReason(context);
  }

  private static String describe(Activity activity) {
    return activity.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " on " + activity.on()
        + activity.quantity().stream().mapToObj(q -> " (" + Wording.count(q, "mine", "mines") + ")").findFirst().orElse("");
  }

  private static String verb(ActivityKind kind) {
    switch (kind) {
      case DEVELOPMENT:
        return "Developed";
      case PRODUCTION:
        return "Produced";
      default:
        return "Acquired";
    }
  }

  private static String words(Purpose purpose) {
    switch (purpose) {
      case TRAINING_IN_DETECTION:
        return "training in mine detection";
      case TRAINING_IN_CLEARANCE:
        return "training in mine clearance";
      case TRAINING_IN_DESTRUCTION:
        return "training in mine destruction";
      default:
        return "destruction";
    }
  }
}
