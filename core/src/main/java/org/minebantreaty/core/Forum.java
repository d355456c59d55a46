package org.minebantreaty.core;

/** The bodies that decide Art. 5 extension requests (Art. 5(3), 11, 12(2)(c)). */
public enum Forum {
  /** A Meeting of the States Parties (Art. 11). */
  MEETING_OF_STATES_PARTIES,
  /** A Review Conference (Art. 12). */
  REVIEW_CONFERENCE
}
