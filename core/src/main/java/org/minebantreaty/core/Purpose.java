package org.minebantreaty.core;

/** The purposes for which Art. 3 permits retaining or transferring anti-personnel mines. */
public enum Purpose {
  /** Development of and training in mine detection techniques (Art. 3(1)). */
  TRAINING_IN_DETECTION,
  /** Development of and training in mine clearance techniques (Art. 3(1)). */
  TRAINING_IN_CLEARANCE,
  /** Development of and training in mine destruction techniques (Art. 3(1)). */
  TRAINING_IN_DESTRUCTION,
  /** Destruction (Art. 3(2), for transfers). */
  DESTRUCTION;

  /**
   * Returns whether this is one of the training purposes of Art. 3(1).
   *
   * @return whether this purpose is not {@link #DESTRUCTION}
   */
  public boolean isTraining() {
    return this != DESTRUCTION;
  }
}
