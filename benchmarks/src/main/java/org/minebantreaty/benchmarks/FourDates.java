package org.minebantreaty.benchmarks;

import java.time.LocalDate;

/** The fact the Drools peer reasons over: a deposit and the four dates its rules fill in. */
public final class FourDates {

  private LocalDate deposit;
  private LocalDate entryIntoForce;
  private LocalDate stockpileDestruction;
  private LocalDate minedAreaClearance;
  private LocalDate initialReport;

  /** A fact with the day of deposit and no date computed. */
  public FourDates(LocalDate deposit) {
    this.deposit = deposit;
  }

  /** Returns the day of deposit. */
  public LocalDate getDeposit() {
    return deposit;
  }

  /** Sets the day of deposit. */
  public void setDeposit(LocalDate deposit) {
    this.deposit = deposit;
  }

  /** Returns the entry into force, once computed. */
  public LocalDate getEntryIntoForce() {
    return entryIntoForce;
  }

  /** Sets the entry into force. */
  public void setEntryIntoForce(LocalDate entryIntoForce) {
    this.entryIntoForce = entryIntoForce;
  }

  /** Returns the Art. 4 deadline, once computed. */
  public LocalDate getStockpileDestruction() {
    return stockpileDestruction;
  }

  /** Sets the Art. 4 deadline. */
  public void setStockpileDestruction(LocalDate stockpileDestruction) {
    this.stockpileDestruction = stockpileDestruction;
  }

  /** Returns the Art. 5(1) deadline, once computed. */
  public LocalDate getMinedAreaClearance() {
    return minedAreaClearance;
  }

  /** Sets the Art. 5(1) deadline. */
  public void setMinedAreaClearance(LocalDate minedAreaClearance) {
    this.minedAreaClearance = minedAreaClearance;
  }

  /** Returns the Art. 7(1) deadline, once computed. */
  public LocalDate getInitialReport() {
    return initialReport;
  }

  /** Sets the Art. 7(1) deadline. */
  public void setInitialReport(LocalDate initialReport) {
    this.initialReport = initialReport;
  }
}
