package org.minebantreaty.core;

/** What a mine is designed to be exploded by (Art. 2(1), 2(2)). */
public enum Trigger {
  /** The presence, proximity or contact of a person: an anti-personnel mine (Art. 2(1)). */
  PERSON,
  /** The presence, proximity or contact of a vehicle: not an anti-personnel mine, even with an anti-handling device (Art. 2(1)). */
  VEHICLE,
  /** Detonation by an operator's command only: not "exploded by the presence, proximity or contact of a person" (Art. 2(1)). */
  COMMAND
}
