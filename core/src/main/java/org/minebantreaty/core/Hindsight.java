package org.minebantreaty.core;

import java.time.LocalDate;
import java.util.Optional;

/** Cuts facts back to what was known at the end of a given day; see {@link State#asKnownOn}. */
final class Hindsight {

  private Hindsight() {}

  static Stockpile stockpileKnownOn(Stockpile stockpile, LocalDate date) {
    if (stockpile.reportedOn().map(on -> !on.isAfter(date)).orElse(true)
        && stockpile.destructions().stream().noneMatch(d -> d.on().isAfter(date))) {
      return stockpile;
    }
    ImmutableStockpile.Builder known = ImmutableStockpile.builder()
        .mineType(stockpile.mineType())
        .quantity(stockpile.quantity());
    stockpile.foundOn().ifPresent(known::foundOn);
    stockpile.reportedOn().filter(on -> !on.isAfter(date)).ifPresent(known::reportedOn);
    stockpile.destructions().stream().filter(d -> !d.on().isAfter(date)).forEach(known::addDestruction);
    return known.build();
  }

  static MinedArea areaKnownOn(MinedArea area, LocalDate date) {
    boolean releaseLater = area.releasedOn().map(on -> on.isAfter(date)).orElse(false);
    boolean protectionLater = area.protectedSince().map(on -> on.isAfter(date)).orElse(false);
    if (!releaseLater && !protectionLater) {
      return area;
    }
    // Copying the whole area and forgetting only what was not yet known keeps every other attribute.
    MinedArea.Builder known = MinedArea.builder().from(area);
    if (protectionLater) {
      known.protectedSince(Optional.empty());
    }
    if (releaseLater) {
      known.releasedOn(Optional.empty());
      known.releaseMethod(Optional.empty());
    }
    return known.build();
  }

  static ExtensionRequest requestKnownOn(ExtensionRequest request, LocalDate date) {
    if (request.decision().map(d -> !d.decidedOn().isAfter(date)).orElse(true)) {
      return request;
    }
    ImmutableExtensionRequest.Builder known = ImmutableExtensionRequest.builder();
    request.submittedOn().ifPresent(known::submittedOn);
    request.requestedUntil().ifPresent(known::requestedUntil);
    request.contents().ifPresent(known::contents);
    return known.build();
  }

  static ArmedConflict conflictKnownOn(ArmedConflict conflict, LocalDate date) {
    if (conflict.lastDay().map(last -> !last.isAfter(date)).orElse(true)) {
      return conflict;
    }
    return ArmedConflict.ongoingSince(conflict.name(), conflict.firstDay());
  }

  /** Returns the latest date on which anything recorded about the State happened. */
  static Optional<LocalDate> latestFactDate(State state) {
    LocalDate latest = null;
    latest = later(latest, state.signedOn());
    if (state.instrument().isPresent()) {
      latest = later(latest, Optional.of(state.instrument().get().depositedOn()));
    }
    for (Stockpile stockpile : state.stockpiles()) {
      latest = later(latest, stockpile.foundOn());
      latest = later(latest, stockpile.reportedOn());
      for (Destruction destruction : stockpile.destructions()) {
        latest = later(latest, Optional.of(destruction.on()));
      }
    }
    for (StockpileCount count : state.stockpileCounts()) {
      latest = later(latest, Optional.of(count.on()));
    }
    for (MinedArea area : state.minedAreas()) {
      latest = later(latest, area.identifiedOn());
      latest = later(latest, area.protectedSince());
      latest = later(latest, area.releasedOn());
    }
    latest = later(latest, state.minedAreaCompletionDeclaredOn());
    latest = later(latest, state.stockpileDestructionCompletedOn());
    for (ExtensionRequest request : state.extensionRequests()) {
      latest = later(latest, request.submittedOn());
      latest = later(latest, request.decision().map(ExtensionDecision::decidedOn));
    }
    for (TransparencyReport report : state.transparencyReports()) {
      latest = later(latest, Optional.of(report.submittedOn()));
    }
    latest = later(latest, state.withdrawal().map(Withdrawal::receivedOn));
    latest = later(latest, state.suspension().map(Suspension::notifiedOn));
    for (Activity activity : state.activities()) {
      latest = later(latest, Optional.of(activity.on()));
    }
    for (RetentionRecord record : state.retainedMines()) {
      latest = later(latest, Optional.of(record.on()));
    }
    for (NationalMeasure measure : state.nationalMeasures()) {
      latest = later(latest, Optional.of(measure.adoptedOn()));
    }
    for (ArmedConflict conflict : state.armedConflicts()) {
      latest = later(latest, Optional.of(conflict.firstDay()));
      latest = later(latest, conflict.lastDay());
    }
    return Optional.ofNullable(latest);
  }

  private static LocalDate later(LocalDate current, Optional<LocalDate> candidate) {
    if (candidate.isEmpty()) {
      return current;
    }
    return current == null || candidate.get().isAfter(current) ? candidate.get() : current;
  }
}
