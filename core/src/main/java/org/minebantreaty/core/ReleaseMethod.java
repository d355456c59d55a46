package org.minebantreaty.core;

/** How a mined area was released: by clearing its mines, or by survey that reduced or cancelled it. */
public enum ReleaseMethod {
  /** Every mine found was destroyed. */
  CLEARED,
  /** Technical survey showed the area free of mines and reduced it. */
  REDUCED,
  /** Non-technical survey cancelled the area: it was never mined. */
  CANCELLED
}
