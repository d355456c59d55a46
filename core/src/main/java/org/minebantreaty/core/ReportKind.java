package org.minebantreaty.core;

/** Whether a transparency report is the initial one (Art. 7(1)) or an annual update (Art. 7(2)). */
public enum ReportKind {
  /** The initial report, due 180 days after entry into force (Art. 7(1)). */
  INITIAL,
  /** The annual update covering one calendar year, due 30 April of the next (Art. 7(2)). */
  ANNUAL
}
