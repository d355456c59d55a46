package org.minebantreaty.core;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A transparency report submitted to the UN Secretary-General under Art. 7: the initial report, or an
 * annual update covering one calendar year.
 */
@Value.Immutable
public abstract class TransparencyReport {

  TransparencyReport() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the initial report submitted on {@code submittedOn}, its sections not recorded.
   *
   * @param submittedOn the day the Secretary-General received the report
   * @return the initial report
   */
  public static TransparencyReport initial(LocalDate submittedOn) {
    return builder().kind(ReportKind.INITIAL).submittedOn(submittedOn).build();
  }

  /**
   * Returns the annual report covering {@code coveredYear}, submitted on {@code submittedOn}, its sections not recorded.
   *
   * @param coveredYear the calendar year the report covers
   * @param submittedOn the day the Secretary-General received the report
   * @return the annual report
   */
  public static TransparencyReport annual(Year coveredYear, LocalDate submittedOn) {
    return builder().kind(ReportKind.ANNUAL).coveredYear(coveredYear).submittedOn(submittedOn).build();
  }

  /**
   * The kind of report.
   *
   * @return the kind of report
   */
  public abstract ReportKind kind();

  /**
   * For an annual report, the calendar year it covers; empty for the initial report.
   *
   * @return the calendar year an annual report covers, or empty for the initial report
   */
  public abstract Optional<Year> coveredYear();

  /**
   * The day the Secretary-General received the report.
   *
   * @return the day the Secretary-General received the report
   */
  public abstract LocalDate submittedOn();

  /**
   * The sections of Art. 7(1) the report contains; empty when they were not recorded.
   *
   * @return the sections the report contains, or empty when they were not recorded
   */
  public abstract Optional<ImmutableSet<ReportSection>> sections();

  /** A builder of {@link TransparencyReport}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableTransparencyReport.Builder {
    Builder() {}

    /**
     * Sets the sections of Art. 7(1) the report contains, from any set.
     *
     * @param sections the sections the report contains
     * @return this builder
     */
    public Builder sections(java.util.Set<ReportSection> sections) {
      return sections(ImmutableSet.copyOf(sections));
    }

    /**
     * Sets the sections of Art. 7(1) the report contains: {@code sections(NATIONAL_MEASURES, STOCKPILES)}.
     *
     * @param sections the sections the report contains
     * @return this builder
     */
    public Builder sections(ReportSection... sections) {
      return sections(ImmutableSet.copyOf(sections));
    }
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("TransparencyReport.submittedOn", submittedOn());
    coveredYear().ifPresent(year -> InvalidFactException.requireRecordable("TransparencyReport.coveredYear", year.atDay(1)));
    InvalidFactException.require(
        (kind() == ReportKind.ANNUAL) == coveredYear().isPresent(),
        "TransparencyReport.coveredYear",
        coveredYear().map(Year::toString).orElse("(none)"),
        "an annual report covers exactly one calendar year and the initial report none (Art. 7(1), 7(2))");
  }
}
