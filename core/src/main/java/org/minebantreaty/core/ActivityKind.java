package org.minebantreaty.core;

/** Conduct involving mines that Art. 1 speaks of, and the acts the readings of Art. 1(1)(c) differ on. */
public enum ActivityKind {
  /** Use of mines (Art. 1(1)(a)). */
  USE,
  /** Development (Art. 1(1)(b)). */
  DEVELOPMENT,
  /** Production (Art. 1(1)(b)). */
  PRODUCTION,
  /** Acquisition by any means (Art. 1(1)(b)). */
  ACQUISITION,
  /** Stockpiling or retention (Art. 1(1)(b)), unless for a purpose Art. 3(1) permits. */
  RETENTION,
  /** Transfer to anyone, directly or indirectly (Art. 1(1)(b)), unless Art. 3 permits it. */
  TRANSFER,
  /** Assisting, encouraging or inducing anyone to engage in a prohibited activity (Art. 1(1)(c)). */
  ASSISTANCE,
  /** Taking part in a joint military operation in which a partner uses, transfers or stockpiles anti-personnel mines. */
  JOINT_OPERATION,
  /** Deriving direct benefit from a minefield another party laid. */
  BENEFIT_FROM_MINEFIELD,
  /** Transfer of territory containing emplaced mines: not a transfer of mines (Art. 2(4)). */
  TRANSFER_OF_TERRITORY
}
