package org.minebantreaty.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.minebantreaty.core.testing.TreatyFacts;
import org.junit.jupiter.api.Test;

/** Facts that cannot be true are refused with a message naming field, value and rule; every other fact is accepted. */
class FactsTest {

  static final LocalDate SIGNED = LocalDate.of(1997, 12, 3);

  static State.Builder signatory() {
    return State.builder().name("Canada").iso3("CAN").signedOn(SIGNED);
  }

  @org.junit.jupiter.api.Test
  void setsOfElementsAndSectionsMayBeGivenAsAnySetOrOneByOne() {
    ExtensionRequest byElements = ExtensionRequest.builder().submittedOn(java.time.LocalDate.of(2020, 3, 31))
        .contents(RequestElement.DURATION, RequestElement.DEMINING_STATUS).build();
    ExtensionRequest bySet = ExtensionRequest.builder().submittedOn(java.time.LocalDate.of(2020, 3, 31))
        .contents(new java.util.HashSet<>(java.util.List.of(RequestElement.DEMINING_STATUS, RequestElement.DURATION))).build();
    org.assertj.core.api.Assertions.assertThat(byElements).isEqualTo(bySet);
    TransparencyReport report = TransparencyReport.builder().kind(ReportKind.INITIAL).submittedOn(java.time.LocalDate.of(2004, 6, 23))
        .sections(ReportSection.NATIONAL_MEASURES, ReportSection.STOCKPILES).build();
    org.assertj.core.api.Assertions.assertThat(report.sections().orElseThrow()).containsExactly(ReportSection.NATIONAL_MEASURES, ReportSection.STOCKPILES);
  }

  @Nested
  class Article15Signature {

    @Test
    void aSignatureIsValidExactlyFromThirdDecember1997UntilTheDayBeforeEntryIntoForce() {
      for (LocalDate day = LocalDate.of(1997, 1, 1); day.isBefore(LocalDate.of(2000, 1, 1)); day = day.plusDays(1)) {
        LocalDate signed = day;
        boolean inWindow = !day.isBefore(LocalDate.of(1997, 12, 3)) && day.isBefore(LocalDate.of(1999, 3, 1));
        if (inWindow) {
          assertThat(State.builder().name("X").iso3("XXX").signedOn(signed).build().signedOn()).contains(signed);
        } else {
          assertThatThrownBy(() -> State.builder().name("X").iso3("XXX").signedOn(signed).build())
              .isInstanceOf(InvalidFactException.class)
              .hasMessage("State.signedOn = " + signed
                  + ": a signature must be dated from 3 December 1997 until the Convention's entry into force on 1 March 1999 (Art. 15)");
        }
      }
    }
  }

  @Nested
  class Article16Instruments {

    @Test
    void aRatificationByANonSignatoryIsRefused() {
      InvalidFactException refusal = (InvalidFactException) org.assertj.core.api.Assertions.catchThrowable(() -> State.builder()
          .name("Narnia").iso3("NAR")
          .instrument(Instrument.of(InstrumentKind.RATIFICATION, LocalDate.of(2001, 1, 1)))
          .build());
      assertThat(refusal.field()).isEqualTo("Instrument.kind");
      assertThat(refusal.value()).isEqualTo("ratification");
      assertThat(refusal.rule()).contains("only a signatory").contains("Art. 16");
    }

    @Test
    void aSignatoryWhoseSignatureDateIsUnknownMayRatifyButNotAccede() {
      State ethiopia = State.builder().name("Ethiopia").iso3("ETH").signatoryWithUnknownDate(true)
          .instrument(Instrument.of(InstrumentKind.RATIFICATION, LocalDate.of(2004, 12, 17))).build();
      assertThat(ethiopia.isSignatory()).isTrue();
      assertThatThrownBy(() -> State.builder().name("X").iso3("XXX").signatoryWithUnknownDate(true)
              .instrument(Instrument.of(InstrumentKind.ACCESSION, LocalDate.of(2004, 12, 17))).build())
          .hasMessageContaining("only a State that did not sign accedes");
      assertThatThrownBy(() -> signatory().signatoryWithUnknownDate(true).build())
          .hasMessageContaining("State.signatoryWithUnknownDate = true");
    }

    @Test
    void anAccessionByASignatoryIsRefused() {
      assertThatThrownBy(() -> signatory().instrument(Instrument.of(InstrumentKind.ACCESSION, LocalDate.of(2001, 1, 1))).build())
          .isInstanceOf(InvalidFactException.class)
          .hasMessageContaining("Instrument.kind = accession")
          .hasMessageContaining("only a State that did not sign accedes");
    }

    @Test
    void aSuccessionIsRecordedWithOrWithoutSignature() {
      State southSudan = State.builder().name("South Sudan").iso3("SSD")
          .instrument(Instrument.of(InstrumentKind.SUCCESSION, LocalDate.of(2011, 11, 11))).build();
      assertThat(southSudan.instrument().orElseThrow().kind()).isEqualTo(InstrumentKind.SUCCESSION);
    }

    @Test
    void aDateOfSuccessionBelongsOnlyToASuccessionAndPrecedesItsNotification() {
      assertThatThrownBy(() -> Instrument.builder().kind(InstrumentKind.ACCESSION).depositedOn(LocalDate.of(2011, 11, 11)).successionDate(LocalDate.of(2011, 7, 9)).build())
          .hasMessageContaining("Instrument.successionDate = 2011-07-09: only a notification of succession");
      assertThatThrownBy(() -> Instrument.builder().kind(InstrumentKind.SUCCESSION).depositedOn(LocalDate.of(2011, 11, 11)).successionDate(LocalDate.of(2011, 11, 12)).build())
          .hasMessageContaining("a State succession cannot follow the notification");
    }

    @Test
    void anInstrumentDepositedBeforeTheSignatureIsRefused() {
      assertThatThrownBy(() -> State.builder().name("X").iso3("XXX").signedOn(LocalDate.of(1998, 1, 5))
              .instrument(Instrument.of(InstrumentKind.RATIFICATION, LocalDate.of(1998, 1, 4))).build())
          .hasMessageContaining("Instrument.depositedOn = 1998-01-04");
    }

    @Test
    void aReservationIsRecordedNotRefusedBecauseItIsUnlawfulRatherThanImpossible() {
      Instrument instrument = Instrument.builder().kind(InstrumentKind.ACCESSION).depositedOn(LocalDate.of(2002, 1, 1))
          .addReservation("Art. 1 does not apply to our border").build();
      assertThat(instrument.reservations()).hasSize(1);
    }
  }

  @Nested
  class StockpilesAndAreas {

    @Test
    void aNegativeQuantityIsRefused() {
      assertThatThrownBy(() -> Stockpile.builder().quantity(-1).build())
          .isInstanceOf(InvalidFactException.class)
          .hasMessage("Stockpile.quantity = -1: a quantity of mines must be zero or more");
    }

    @Test
    void destroyingMoreThanWasHeldIsRefused() {
      assertThatThrownBy(() -> Stockpile.builder().quantity(10).addDestruction(Destruction.of(LocalDate.of(2001, 1, 1), 11)).build())
          .hasMessage("Stockpile.destructions = 11 mines destroyed: more mines cannot be destroyed than the 10 the stockpile held");
    }

    @Test
    void aDestructionBeforeTheStockpileWasFoundIsRefused() {
      assertThatThrownBy(() -> Stockpile.builder().quantity(10).foundOn(LocalDate.of(2010, 5, 1))
              .addDestruction(Destruction.of(LocalDate.of(2010, 4, 30), 10)).build())
          .hasMessageContaining("Stockpile.destructions = 2010-04-30");
    }

    @Test
    void aDiscoveryReportedBeforeItWasMadeIsRefused() {
      assertThatThrownBy(() -> Stockpile.builder().quantity(10).foundOn(LocalDate.of(2010, 5, 1)).reportedOn(LocalDate.of(2010, 4, 1)).build())
          .hasMessageContaining("Stockpile.reportedOn = 2010-04-01");
    }

    @Test
    void anAreaReleasedBeforeItWasIdentifiedIsRefused() {
      assertThatThrownBy(() -> MinedArea.builder().id("A").identifiedOn(LocalDate.of(2005, 1, 1))
              .released(LocalDate.of(2004, 12, 31), ReleaseMethod.CLEARED).build())
          .hasMessage("MinedArea.releasedOn = 2004-12-31: area A cannot be released before it was identified on 2005-01-01");
    }

    @Test
    void aReleaseWithoutItsMethodIsRefused() {
      assertThatThrownBy(() -> MinedArea.builder().id("A").releasedOn(LocalDate.of(2005, 1, 1)).build())
          .hasMessageContaining("MinedArea.releaseMethod = (none)");
    }

    @Test
    void twoAreasWithOneIdentifierAreRefused() {
      assertThatThrownBy(() -> signatory().addMinedArea(MinedArea.builder().id("A").build()).addMinedArea(MinedArea.builder().id("A").build()).build())
          .hasMessageContaining("MinedArea.id = \"A\"");
    }

    @Test
    void remainingMinesNeverIncreaseOverTime() {
      qt().forAll(TreatyFacts.states(), TreatyFacts.days(), TreatyFacts.days()).checkAssert((state, a, b) -> {
        LocalDate earlier = a.isBefore(b) ? a : b;
        LocalDate later = a.isBefore(b) ? b : a;
        for (Stockpile stockpile : state.stockpiles()) {
          assertThat(stockpile.remainingOn(later)).isLessThanOrEqualTo(stockpile.remainingOn(earlier)).isGreaterThanOrEqualTo(0);
        }
      });
    }
  }

  @Nested
  class RequestsReportsAndConflicts {

    @Test
    void aRequestWithNoDateIsRefused() {
      assertThatThrownBy(() -> ExtensionRequest.builder().contents(ImmutableSet.of()).build())
          .hasMessageContaining("ExtensionRequest.submittedOn = (none)");
    }

    @Test
    void aDecisionBeforeTheRequestIsRefused() {
      assertThatThrownBy(() -> ExtensionRequest.builder().submittedOn(LocalDate.of(2012, 3, 30))
              .decision(ExtensionDecision.grantedUntil(LocalDate.of(2012, 3, 29), LocalDate.of(2020, 1, 1))).build())
          .hasMessageContaining("ExtensionDecision.decidedOn = 2012-03-29");
    }

    @Test
    void aNegativeVoteIsRefused() {
      assertThatThrownBy(() -> Votes.of(-1, 0, 0)).hasMessage("Votes.inFavour = -1: a vote count must be zero or more");
    }

    @Test
    void anAnnualReportMustSayWhichYearItCovers() {
      assertThatThrownBy(() -> TransparencyReport.builder().kind(ReportKind.ANNUAL).submittedOn(LocalDate.of(2010, 4, 1)).build())
          .hasMessageContaining("TransparencyReport.coveredYear = (none)");
    }

    @Test
    void aConflictThatEndsBeforeItBeginsIsRefused() {
      assertThatThrownBy(() -> ArmedConflict.between("x", LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
          .hasMessageContaining("ArmedConflict.lastDay = 2020-01-01");
    }

    @Test
    void aWithdrawalBeforeTheInstrumentIsRefused() {
      assertThatThrownBy(() -> signatory().instrument(Instrument.of(InstrumentKind.RATIFICATION, LocalDate.of(1998, 1, 1)))
              .withdrawal(Withdrawal.receivedOn(LocalDate.of(1998, 1, 1))).build())
          .hasMessageContaining("Withdrawal.receivedOn = 1998-01-01");
    }

    @Test
    void aBadCodeIsRefused() {
      assertThatThrownBy(() -> State.builder().name("X").iso3("ukr").build())
          .hasMessage("State.iso3 = \"ukr\": a State's code must be three upper-case letters (ISO 3166-1 alpha-3)");
    }
  }

  @Nested
  class Hindsight {

    @Test
    void factsKnownOnADateContainNothingDatedAfterIt() {
      qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
        State known = state.asKnownOn(day);
        Optional<LocalDate> latest = org.minebantreaty.core.Hindsight.latestFactDate(known);
        latest.ifPresent(last -> assertThat(last).isBeforeOrEqualTo(day));
      });
    }

    @Test
    void cuttingTwiceIsCuttingOnceAndCuttingAfterEverythingChangesNothing() {
      qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
        assertThat(state.asKnownOn(day).asKnownOn(day)).isEqualTo(state.asKnownOn(day));
        assertThat(state.asKnownOn(LocalDate.of(2200, 1, 1))).isEqualTo(state);
      });
    }

    @Test
    void aStockpileCutToADayKeepsWhatWasKnownThenAndNothingLater() {
      Stockpile stockpile = Stockpile.builder().quantity(100).foundOn(LocalDate.of(2010, 1, 1)).reportedOn(LocalDate.of(2012, 1, 1))
          .addDestruction(Destruction.of(LocalDate.of(2011, 1, 1), 10)).addDestruction(Destruction.of(LocalDate.of(2013, 1, 1), 20)).build();
      Stockpile beforeItsReport = org.minebantreaty.core.Hindsight.stockpileKnownOn(stockpile, LocalDate.of(2011, 6, 1));
      assertThat(beforeItsReport.destructions()).containsExactly(Destruction.of(LocalDate.of(2011, 1, 1), 10));
      assertThat(beforeItsReport.reportedOn()).isEmpty();
      assertThat(beforeItsReport.foundOn()).contains(LocalDate.of(2010, 1, 1));
      assertThat(beforeItsReport.quantity()).isEqualTo(100);
      assertThat(beforeItsReport.mineType()).isEqualTo(stockpile.mineType());
      Stockpile reported = org.minebantreaty.core.Hindsight.stockpileKnownOn(stockpile, LocalDate.of(2012, 1, 1));
      assertThat(reported.reportedOn()).contains(LocalDate.of(2012, 1, 1));
      assertThat(reported.destructions()).containsExactly(Destruction.of(LocalDate.of(2011, 1, 1), 10));
      assertThat(org.minebantreaty.core.Hindsight.stockpileKnownOn(stockpile, LocalDate.of(2013, 1, 1))).isSameAs(stockpile);
      // Reported later but with every destruction already past: only the report is forgotten.
      Stockpile reportedLate = Stockpile.builder().quantity(5).foundOn(LocalDate.of(2018, 1, 1)).reportedOn(LocalDate.of(2020, 1, 1))
          .addDestruction(Destruction.of(LocalDate.of(2019, 1, 1), 5)).build();
      Stockpile known = org.minebantreaty.core.Hindsight.stockpileKnownOn(reportedLate, LocalDate.of(2019, 6, 1));
      assertThat(known.reportedOn()).isEmpty();
      assertThat(known.destructions()).hasSize(1);
    }

    @Test
    void aRequestCutToBeforeItsDecisionKeepsWhatWasAskedAndForgetsTheAnswer() {
      ExtensionRequest request = ExtensionRequest.builder().submittedOn(LocalDate.of(2018, 3, 31)).requestedUntil(LocalDate.of(2023, 12, 31))
          .contents(java.util.Set.of(RequestElement.values()[0])).decision(ExtensionDecision.grantedUntil(LocalDate.of(2018, 11, 30), LocalDate.of(2023, 12, 31)))
          .build();
      ExtensionRequest pending = org.minebantreaty.core.Hindsight.requestKnownOn(request, LocalDate.of(2018, 11, 29));
      assertThat(pending.decision()).isEmpty();
      assertThat(pending.submittedOn()).contains(LocalDate.of(2018, 3, 31));
      assertThat(pending.requestedUntil()).contains(LocalDate.of(2023, 12, 31));
      assertThat(pending.contents()).isEqualTo(request.contents());
      assertThat(org.minebantreaty.core.Hindsight.requestKnownOn(request, LocalDate.of(2018, 11, 30))).isSameAs(request);
    }

    @Test
    void everyDatedFactIsAFactDateAndNothingElseIs() {
      qt().withExamples(TreatyFacts.examples(300)).forAll(TreatyFacts.states()).checkAssert(state -> {
        // Listed here attribute by attribute, apart from the library's own walk over them.
        java.util.Set<LocalDate> dated = new java.util.TreeSet<>();
        state.signedOn().ifPresent(dated::add);
        state.instrument().ifPresent(instrument -> {
          dated.add(instrument.depositedOn());
          instrument.successionDate().ifPresent(dated::add);
        });
        state.stockpiles().forEach(stockpile -> {
          stockpile.foundOn().ifPresent(dated::add);
          stockpile.reportedOn().ifPresent(dated::add);
          stockpile.destructions().forEach(destruction -> dated.add(destruction.on()));
        });
        state.stockpileCounts().forEach(count -> dated.add(count.on()));
        state.minedAreas().forEach(area -> {
          area.identifiedOn().ifPresent(dated::add);
          area.protectedSince().ifPresent(dated::add);
          area.releasedOn().ifPresent(dated::add);
        });
        state.minedAreaCompletionDeclaredOn().ifPresent(dated::add);
        state.stockpileDestructionCompletedOn().ifPresent(dated::add);
        state.extensionRequests().forEach(request -> {
          request.submittedOn().ifPresent(dated::add);
          request.decision().ifPresent(decision -> dated.add(decision.decidedOn()));
        });
        state.transparencyReports().forEach(report -> dated.add(report.submittedOn()));
        state.withdrawal().ifPresent(withdrawal -> dated.add(withdrawal.receivedOn()));
        state.suspension().ifPresent(suspension -> dated.add(suspension.notifiedOn()));
        state.activities().forEach(activity -> dated.add(activity.on()));
        state.retainedMines().forEach(record -> dated.add(record.on()));
        state.nationalMeasures().forEach(measure -> dated.add(measure.adoptedOn()));
        state.armedConflicts().forEach(conflict -> {
          dated.add(conflict.firstDay());
          conflict.lastDay().ifPresent(dated::add);
        });
        assertThat(state.factDates()).containsExactlyElementsOf(dated);
        if (!dated.isEmpty()) {
          // Known on the day of its last fact, the State is whole; known the day before, it is not.
          LocalDate last = ((java.util.TreeSet<LocalDate>) dated).last();
          assertThat(state.asKnownOn(last)).isSameAs(state);
          assertThat(state.asKnownOn(last.minusDays(1))).isNotEqualTo(state);
        }
      });
    }

    @Test
    void aStatesOwnCountOfItsStockpileIsAFactOfItsDay() {
      State state = signatory().addStockpileCount(StockpileCount.of(LocalDate.of(2019, 5, 24), 343_413))
          .addStockpileCount(StockpileCount.of(LocalDate.of(2021, 5, 24), 1_000)).build();
      assertThat(state.factDates()).contains(LocalDate.of(2019, 5, 24), LocalDate.of(2021, 5, 24));
      assertThat(state.asKnownOn(LocalDate.of(2020, 1, 1)).stockpileCounts()).containsExactly(StockpileCount.of(LocalDate.of(2019, 5, 24), 343_413));
      assertThatThrownBy(() -> signatory().stockpileDestructionCompletedOn(LocalDate.of(10_000, 1, 1)).build())
          .isInstanceOf(InvalidFactException.class).hasMessageContaining("State.stockpileDestructionCompletedOn = +10000-01-01");
    }

    @Test
    void aConflictEndingLaterIsStillOngoingAsKnownToday() {
      State state = signatory().addArmedConflict(ArmedConflict.between("x", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1))).build();
      assertThat(state.asKnownOn(LocalDate.of(2025, 1, 1)).armedConflicts().get(0).lastDay()).isEmpty();
    }

    @Test
    void anAreaCutBackToBeforeItsReleaseKeepsEverythingElseAboutIt() {
      MinedArea area = MinedArea.builder().id("reported 2020").identifiedOn(LocalDate.of(2020, 6, 30))
          .evidence(HazardEvidence.CONFIRMED).standsForAnUnreportedNumberOfAreas(true).knownOnlyFromItsDiscovery(true)
          .protectedSince(LocalDate.of(2021, 1, 1)).released(LocalDate.of(2023, 5, 1), ReleaseMethod.CLEARED).build();
      MinedArea known = org.minebantreaty.core.Hindsight.areaKnownOn(area, LocalDate.of(2022, 1, 1));
      assertThat(known.releasedOn()).isEmpty();
      assertThat(known.releaseMethod()).isEmpty();
      assertThat(known).isEqualTo(MinedArea.builder().from(area).releasedOn(Optional.empty()).releaseMethod(Optional.empty()).build());
      assertThat(org.minebantreaty.core.Hindsight.areaKnownOn(area, LocalDate.of(2020, 12, 31)).protectedSince()).isEmpty();
    }
  }
}
