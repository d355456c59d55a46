package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule of this library whose findings may turn on days of the Convention's own calendar that
 * neither the facts nor its findings name: a {@link Timeline} judges it again on each.
 */
interface CalendarDays {

  /** Returns the days, whatever the State, on which the rule's findings may first differ from the day before. */
  List<LocalDate> calendarDays();
}
