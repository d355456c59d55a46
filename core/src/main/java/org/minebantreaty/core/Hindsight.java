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
    LocalDate[] latest = {null};
    forEachFactDate(state, day -> {
      if (latest[0] == null || day.isAfter(latest[0])) {
        latest[0] = day;
      }
    });
    return Optional.ofNullable(latest[0]);
  }

  /** Gives {@code each} every date on which something recorded about the State happened, in no order, repeats included. */
  static void forEachFactDate(State state, java.util.function.Consumer<LocalDate> each) {
    state.signedOn().ifPresent(each);
    state.instrument().ifPresent(instrument -> {
      each.accept(instrument.depositedOn());
      instrument.successionDate().ifPresent(each);
    });
    for (Stockpile stockpile : state.stockpiles()) {
      stockpile.foundOn().ifPresent(each);
      stockpile.reportedOn().ifPresent(each);
      for (Destruction destruction : stockpile.destructions()) {
        each.accept(destruction.on());
      }
    }
    for (StockpileCount count : state.stockpileCounts()) {
      each.accept(count.on());
    }
    for (MinedArea area : state.minedAreas()) {
      area.identifiedOn().ifPresent(each);
      area.protectedSince().ifPresent(each);
      area.releasedOn().ifPresent(each);
    }
    state.minedAreaCompletionDeclaredOn().ifPresent(each);
    state.stockpileDestructionCompletedOn().ifPresent(each);
    for (ExtensionRequest request : state.extensionRequests()) {
      request.submittedOn().ifPresent(each);
      request.decision().map(ExtensionDecision::decidedOn).ifPresent(each);
    }
    for (TransparencyReport report : state.transparencyReports()) {
      each.accept(report.submittedOn());
    }
    state.withdrawal().map(Withdrawal::receivedOn).ifPresent(each);
    state.suspension().map(Suspension::notifiedOn).ifPresent(each);
    for (Activity activity : state.activities()) {
      each.accept(activity.on());
    }
    for (RetentionRecord record : state.retainedMines()) {
      each.accept(record.on());
    }
    for (NationalMeasure measure : state.nationalMeasures()) {
      each.accept(measure.adoptedOn());
    }
    for (ArmedConflict conflict : state.armedConflicts()) {
      each.accept(conflict.firstDay());
      conflict.lastDay().ifPresent(each);
    }
  }

}
