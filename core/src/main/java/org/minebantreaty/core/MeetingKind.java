package org.minebantreaty.core;

/** The meetings of the States Parties the Convention provides for. */
public enum MeetingKind {
  /** A Meeting of the States Parties (Art. 11(1)–(2)). */
  MEETING_OF_STATES_PARTIES,
  /** A Review Conference (Art. 12). */
  REVIEW_CONFERENCE,
  /** A Special Meeting of the States Parties (Art. 8(5), 11(3)). */
  SPECIAL_MEETING,
  /** An Amendment Conference (Art. 13(2)). */
  AMENDMENT_CONFERENCE
}
