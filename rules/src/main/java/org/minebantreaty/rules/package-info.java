/**
 * The Convention's articles as rules, and the vocabulary of their verdicts.
 *
 * <p>Start at {@link org.minebantreaty.rules.Convention}: {@code Convention.standard().assess(state,
 * asOf)} returns an {@link org.minebantreaty.rules.Assessment} holding every
 * {@link org.minebantreaty.rules.Finding} for the State as of that date, in article order, and its
 * {@link org.minebantreaty.rules.Deadlines} at a glance. Each finding carries a
 * {@link org.minebantreaty.rules.Citation} (treaty text, action plan, meeting decision, or one of
 * the library's labelled interpretations, listed in {@code INTERPRETATIONS.md}), a
 * {@link org.minebantreaty.rules.Status} and the reasons that led to it.
 *
 * <p>Assessment is a pure function of the facts, the date and the {@link
 * org.minebantreaty.rules.Policies}: no clock is read, nothing is written, and the same inputs give
 * equal findings on any thread. Facts dated after the assessment date are ignored ({@link
 * org.minebantreaty.core.State#asKnownOn}).
 *
 * <p>Each article is one class ({@link org.minebantreaty.rules.StockpileDestruction} for Art. 4,
 * ...), a {@link org.minebantreaty.rules.Rule} typed by the fact it judges. Users can compose a
 * {@code Convention} from a subset of them, or add rules of their own ({@link
 * org.minebantreaty.rules.ArticleRule} is a convenient base).
 *
 * <p>The procedures of the States Parties are judged as cases of their own: {@link
 * org.minebantreaty.rules.ComplianceProcedure} (Art. 8), {@link org.minebantreaty.rules.MeetingCalendar}
 * (Arts. 11–12) and {@link org.minebantreaty.rules.AmendmentProcedure} (Art. 13).
 *
 * <p>Null policy: no method accepts or returns {@code null}; passing {@code null} throws {@link
 * NullPointerException}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // The generated builder is package-private, so the Javadoc documents its methods on the public Builder that extends it.
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    strictBuilder = true,
    depluralize = true,
    // A value built without a required attribute is refused like any impossible fact.
    throwForInvalidImmutableState = org.minebantreaty.core.InvalidFactException.class,
    allowedClasspathAnnotations = {Override.class})
package org.minebantreaty.rules;

import org.immutables.value.Value;
