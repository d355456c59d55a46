package org.minebantreaty.examples;

import java.time.LocalDate;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.State;
import org.minebantreaty.data.StatesParties;
import org.minebantreaty.rules.Convention;

/**
 * What changes for Zimbabwe if a request to extend its Art. 5 deadline to 31 December 2030 is granted
 * at the next Meeting of the States Parties: two assessments on the day of the decision, without and
 * with the grant, compared. The decision's day, 30 November 2027, is the example's own assumption.
 *
 * <pre>
 * ~ Art. 5(1): status unknown → pending; deadline 31 December 2025 → 31 December 2030 — Mined areas under Zimbabwe's jurisdiction or control, in a number not recorded, are to be released by 31 December 2030
 * + Art. 5(4) — unknown: Whether the request contains what Art. 5(4) requires is not recorded
 * + Art. 5(3) — information: Granted on 30 November 2027 until 31 December 2030: 5 years beyond the deadline of 31 December 2025
 * + Interpretation I-5.1 of Art. 5(3): an extension granted late runs from the deadline it replaces — met late: The deadline of 31 December 2025 passed before the extension was granted on 30 November 2027: overdue from 1 January 2026 until then
 * mined-area clearance (Art. 5): 31 December 2025 → 31 December 2030
 * </pre>
 */
public final class WhatIfGranted {

  /** The day the example assumes the next Meeting decides. */
  static final LocalDate DECIDED = LocalDate.of(2027, 11, 30);

  private WhatIfGranted() {}

  /** Prints the example. */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Returns what the example prints. */
  public static String run() {
    State zimbabwe = StatesParties.byCode("ZWE").orElseThrow();
    State granted = State.builder().from(zimbabwe)
        .addExtensionRequest(ExtensionRequest.grantedOn(DECIDED, LocalDate.of(2030, 12, 31)))
        .build();
    Convention convention = Convention.standard();
    return convention.assess(zimbabwe, DECIDED).compare(convention.assess(granted, DECIDED)).toText();
  }
}
