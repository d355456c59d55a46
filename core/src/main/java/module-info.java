/**
 * The facts of the Ottawa Convention: immutable values describing a State's adherence, stockpiles,
 * mined areas, extension requests, transparency reports, withdrawal and armed conflicts, and the one
 * date arithmetic of the treaty ({@link org.minebantreaty.core.TreatyCalendar}).
 */
module org.minebantreaty.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;

  exports org.minebantreaty.core;
}
