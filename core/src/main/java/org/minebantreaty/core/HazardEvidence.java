package org.minebantreaty.core;

/** Whether mines in a mined area are confirmed or only suspected; both make it a mined area (Art. 2(5)). */
public enum HazardEvidence {
  /** Mines are suspected to be present. */
  SUSPECTED,
  /** Mines are known to be present. */
  CONFIRMED
}
