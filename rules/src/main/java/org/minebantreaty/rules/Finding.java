package org.minebantreaty.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One verdict of one rule on one subject: what it cites, where the State stands ({@link Status}),
 * the deadline and the day it was met where there are such days, a one-line summary, and the chain
 * of reasons (each with its own citation) that led to it. An {@link Status#UNKNOWN} finding names
 * the facts that would settle it in {@link #missingFacts()}.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Which obligation or procedure the verdict judges, as a stable code ({@code
   * "art4.stockpile-destruction"}); with {@link #subject()} it identifies the finding across dates.
   * The library's codes are listed in {@link FindingCodes}.
   *
   * @return the finding's code
   */
  public abstract String code();

  /**
   * Returns which finding this is, the same across dates: its code and its subject.
   *
   * @return the finding's id
   */
  public final FindingId id() {
    FindingId made = id;
    if (made == null) {
      // Made once, on first use, and immutable: a race costs only a second, equal one.
      made = new FindingId(code(), subject());
      id = made;
    }
    return made;
  }

  // Not an attribute: what code() and subject() make, kept, for a timeline compares findings by it on every day it changes.
  private FindingId id;

  /**
   * The provision, action plan, decision or interpretation the verdict rests on.
   *
   * @return the source the verdict rests on
   */
  public abstract Citation citation();

  /**
   * Where the State stands.
   *
   * @return the State's status on the obligation or requirement judged
   */
  public abstract Status status();

  /**
   * What is judged: the State, or one of its mined areas, stockpiles, requests or reports. An
   * identifier, not a sentence: the same in every language ("Greece (GRC), annual report for 2019").
   *
   * @return what is judged, as an identifier
   */
  public abstract String subject();

  /**
   * The last day on which the obligation could be met on time, where there is one.
   *
   * @return the deadline; empty where there is none
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * The day the obligation was met, for {@link Status#MET} and {@link Status#MET_LATE}.
   *
   * @return the day the obligation was met; empty where it was not
   */
  public abstract Optional<LocalDate> metOn();

  /**
   * The verdict in one sentence, as data: its code and arguments ({@link Phrase}).
   *
   * @return the summary, as a phrase
   */
  public abstract Phrase summaryPhrase();

  /**
   * Returns the verdict in one sentence, in English.
   *
   * @return the summary, in English
   */
  public final String summary() {
    return summaryPhrase().toString();
  }

  /**
   * Returns the verdict in one sentence, in {@code language} ({@link Phrase#LANGUAGES}).
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the summary, in {@code language}
   */
  public final String summary(Locale language) {
    return summaryPhrase().in(language);
  }

  /**
   * The reasons for the verdict, in the order of the argument.
   *
   * @return the reasons, possibly none
   */
  public abstract ImmutableList<Reason> reasons();

  /**
   * For {@link Status#UNKNOWN}: the facts that, once recorded, would settle the verdict, as data.
   *
   * @return the missing facts, as phrases, possibly none
   */
  public abstract ImmutableList<Phrase> missingFactPhrases();

  /**
   * Returns the facts that would settle an {@link Status#UNKNOWN} verdict, in English.
   *
   * @return the missing facts, in English, possibly none
   */
  public final ImmutableList<String> missingFacts() {
    return missingFacts(Locale.ENGLISH);
  }

  /**
   * Returns the facts that would settle an {@link Status#UNKNOWN} verdict, in {@code language}.
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the missing facts, in {@code language}, possibly none
   */
  public final ImmutableList<String> missingFacts(Locale language) {
    return missingFactPhrases().stream().map(fact -> fact.in(language)).collect(ImmutableList.toImmutableList());
  }

  /**
   * For a finding on a decision or a vote (an extension granted, measures or an amendment adopted, a
   * mission authorised): whether it was adopted. Empty where the finding judges no decision.
   *
   * @return whether the decision was adopted; empty where the finding judges no decision
   */
  public abstract Optional<Boolean> adopted();

  /**
   * For a finding on a meeting that a majority or a third can call (a Special Meeting, an Amendment
   * Conference): whether it was convened by the day judged. Empty otherwise.
   *
   * @return whether the meeting was convened by the day judged; empty where the finding judges no such
   *     meeting
   */
  public abstract Optional<Boolean> convened();

  /**
   * For a finding on destroying stockpiles: the mines remaining on the day judged, or by the latest count recorded.
   *
   * @return the number of mines remaining; empty where the finding gives no count
   */
  public abstract OptionalLong minesRemaining();

  /**
   * For a finding on mined areas: how many remain outstanding; empty when their number is not reported.
   *
   * @return the number of mined areas outstanding; empty where it is not reported
   */
  public abstract OptionalLong areasOutstanding();

  /**
   * Returns how many days after its deadline a {@link Status#MET_LATE} obligation was met; empty for any other status.
   *
   * @return the days from the deadline to the day met; empty unless the status is {@link Status#MET_LATE}
   */
  public final OptionalLong daysLate() {
    if (status() != Status.MET_LATE || deadline().isEmpty() || metOn().isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(java.time.temporal.ChronoUnit.DAYS.between(deadline().get(), metOn().get()));
  }

  /**
   * Returns the period of non-compliance the finding shows: for {@link Status#OVERDUE}, from the day
   * after the deadline and still running; for {@link Status#MET_LATE}, from the day after the deadline
   * to the day before it was met. Empty for any other status, and for an obligation met the day after
   * its deadline: judged at the end of each day, no whole day was spent in non-compliance.
   *
   * @return the period of non-compliance; empty where the finding shows none
   */
  public final Optional<NonCompliance> nonCompliance() {
    if (status() == Status.OVERDUE && deadline().isPresent()) {
      return Optional.of(new NonCompliance(deadline().get().plusDays(1), Optional.empty()));
    }
    if (daysLate().isPresent() && daysLate().getAsLong() > 1) {
      return Optional.of(new NonCompliance(deadline().get().plusDays(1), Optional.of(metOn().get().minusDays(1))));
    }
    return Optional.empty();
  }

  /**
   * Returns the first day of non-compliance for an {@link Status#OVERDUE} finding: the day after its deadline.
   *
   * @return the day after the deadline; empty unless the status is {@link Status#OVERDUE}
   */
  public final Optional<LocalDate> overdueSince() {
    return status() == Status.OVERDUE ? deadline().map(day -> day.plusDays(1)) : Optional.empty();
  }

  /** Returns the finding as a few lines of plain text in English: citation, status, summary, then each reason. */
  @Override
  public final String toString() {
    return toText(Locale.ENGLISH);
  }

  /**
   * Returns the finding as a few lines of plain text in {@code language}: citation, status, summary, then each reason.
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the finding as plain text, in {@code language}
   */
  public final String toText(Locale language) {
    StringBuilder text = new StringBuilder(1024);
    appendText(Wording.in(language), "", text);
    return text.toString();
  }

  /** Writes {@link #toText(Locale)}'s lines into {@code text}, each after {@code indent}. */
  final void appendText(Wording words, String indent, StringBuilder text) {
    text.append(indent).append(words.text("text.finding", "citation", citation(), "status", words.status(status()), "summary", summaryPhrase()));
    String line = "\n    " + indent;
    deadline().ifPresent(day -> text.append(line).append(words.text("text.deadline", "day", day)));
    metOn().ifPresent(day -> text.append(line).append(words.text("text.met-on", "day", day)));
    for (Reason reason : reasons()) {
      text.append(line).append(words.text("text.because", "reason", reason.phrase(), "citation", reason.citation()));
    }
    for (Phrase missing : missingFactPhrases()) {
      text.append(line).append(words.text("text.missing-fact", "fact", missing));
    }
  }

  /** A builder of {@link Finding}; each attribute may be set once. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}

    /**
     * Sets the verdict's sentence, as {@code summaryPhrase} does.
     *
     * @param summary the verdict in one sentence, as a phrase
     * @return this builder
     */
    public Builder summary(Phrase summary) {
      summaryPhrase(summary);
      return this;
    }

    /**
     * Adds a fact that would settle an {@link Status#UNKNOWN} verdict, as {@code addMissingFactPhrases} does.
     *
     * @param fact a fact that would settle the verdict, as a phrase
     * @return this builder
     */
    public Builder addMissingFacts(Phrase fact) {
      addMissingFactPhrases(fact);
      return this;
    }
  }

  @Value.Check
  void check() {
    if (!FindingCodes.isWellFormed(code())) {
      throw new org.minebantreaty.core.InvalidFactException("Finding.code", "\"" + code() + "\"",
          "a code is lower-case words of letters, digits and hyphens joined by dots (\"art4.stockpile-destruction\")");
    }
    if (minesRemaining().orElse(0) < 0 || areasOutstanding().orElse(0) < 0) {
      throw new IllegalStateException("a finding counts zero or more mines and areas: " + summary());
    }
    if (status() == Status.MET_LATE && deadline().isPresent() && metOn().isPresent() && !metOn().get().isAfter(deadline().get())) {
      throw new IllegalStateException("a MET_LATE finding is met after its deadline: " + summary());
    }
    if (status() == Status.UNKNOWN && missingFactPhrases().isEmpty()) {
      throw new IllegalStateException("an UNKNOWN finding must name its missing facts: " + summary());
    }
    if ((status() == Status.MET || status() == Status.MET_LATE) && metOn().isEmpty()) {
      throw new IllegalStateException("a " + status() + " finding must say when it was met: " + summary());
    }
    if (status() == Status.OVERDUE && deadline().isEmpty()) {
      throw new IllegalStateException("an OVERDUE finding must give its deadline: " + summary());
    }
  }
}
