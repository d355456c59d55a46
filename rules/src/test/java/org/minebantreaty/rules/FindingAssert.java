package org.minebantreaty.rules;

import java.time.LocalDate;
import org.assertj.core.api.AbstractAssert;

/** Fluent checks on a {@link Finding}: {@code assertThat(finding).cites("Art. 4").isOverdueSince(date)}. */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

  private FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  /** Starts a check on {@code finding}. */
  public static FindingAssert assertThat(Finding finding) {
    return new FindingAssert(finding);
  }

  /** Checks the finding's citation reads exactly {@code reference}. */
  public FindingAssert cites(String reference) {
    isNotNull();
    if (!actual.citation().reference().equals(reference)) {
      failWithMessage("Expected a finding citing <%s> but it cites <%s>:%n%s", reference, actual.citation(), actual);
    }
    return this;
  }

  /** Checks the finding's status. */
  public FindingAssert hasStatus(Status status) {
    isNotNull();
    if (actual.status() != status) {
      failWithMessage("Expected status <%s> but was <%s>:%n%s", status, actual.status(), actual);
    }
    return this;
  }

  /** Checks the finding's deadline. */
  public FindingAssert hasDeadline(LocalDate deadline) {
    isNotNull();
    if (!actual.deadline().equals(java.util.Optional.of(deadline))) {
      failWithMessage("Expected deadline <%s> but was <%s>:%n%s", deadline, actual.deadline().orElse(null), actual);
    }
    return this;
  }

  /** Checks the finding is overdue, its first day of non-compliance being {@code firstDay}. */
  public FindingAssert isOverdueSince(LocalDate firstDay) {
    hasStatus(Status.OVERDUE);
    if (!actual.overdueSince().equals(java.util.Optional.of(firstDay))) {
      failWithMessage("Expected overdue since <%s> but was overdue since <%s>:%n%s", firstDay, actual.overdueSince().orElse(null), actual);
    }
    return this;
  }

  /** Checks the finding was met (on time or late, as {@code status} says) on {@code day}. */
  public FindingAssert wasMetOn(Status status, LocalDate day) {
    hasStatus(status);
    if (!actual.metOn().equals(java.util.Optional.of(day))) {
      failWithMessage("Expected met on <%s> but was <%s>:%n%s", day, actual.metOn().orElse(null), actual);
    }
    return this;
  }

  /** Checks the summary contains {@code text}. */
  public FindingAssert says(String text) {
    isNotNull();
    if (!actual.summary().contains(text)) {
      failWithMessage("Expected the summary to contain <%s> but it reads <%s>", text, actual.summary());
    }
    return this;
  }

  /** Checks some reason's text contains {@code text}. */
  public FindingAssert explains(String text) {
    isNotNull();
    if (actual.reasons().stream().noneMatch(reason -> reason.text().contains(text))) {
      failWithMessage("Expected a reason containing <%s>:%n%s", text, actual);
    }
    return this;
  }

  /** Checks some reason rests on a citation reading {@code reference}. */
  public FindingAssert hasReasonCiting(String reference) {
    isNotNull();
    if (actual.reasons().stream().noneMatch(reason -> reason.citation().reference().equals(reference))) {
      failWithMessage("Expected a reason citing <%s>:%n%s", reference, actual);
    }
    return this;
  }
}
