/**
 * Runnable examples a newcomer reads first, each a {@code main} that prints what it shows: {@link
 * org.minebantreaty.examples.QuickStart} (one State, its deadlines and findings), {@link
 * org.minebantreaty.examples.ExtensionRequests} (a State asking twice, once for twelve years),
 * {@link org.minebantreaty.examples.StockpileFoundLate} (the action plans' six-month rule) and {@link
 * org.minebantreaty.examples.WithdrawalInArmedConflict} (a notice given while engaged in an armed
 * conflict). The command-line tool is in {@code org.minebantreaty.examples.cli}.
 */
package org.minebantreaty.examples;
