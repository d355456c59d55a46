/**
 * Facts about a State under the 1997 Anti-Personnel Mine Ban Convention, and the treaty's date
 * arithmetic.
 *
 * <p>Every fact is an immutable value built with a builder ({@code State.builder()},
 * {@code Stockpile.builder()}, ...). Values never judge compliance; they only refuse facts that
 * cannot be true (a negative quantity, an area released before it was identified, a signature
 * outside the Art. 15 window). Such a refusal is an {@link org.minebantreaty.core.InvalidFactException}
 * whose message names the field, the value and the rule, and no value is built. Facts that are
 * possible but unlawful (a missed deadline, a request for twelve years) are accepted: judging them
 * is the job of the rules module.
 *
 * <p>All treaty date arithmetic lives in {@link org.minebantreaty.core.TreatyCalendar}; nothing else
 * computes a treaty date.
 *
 * <p>What-if is ordinary: {@code State.builder().from(state)} copies a State, a setter called on
 * the copy replaces that fact, and {@code add...} appends to a list.
 *
 * <p>Null policy: no method accepts or returns {@code null}. Optional facts are
 * {@link java.util.Optional}; passing {@code null} anywhere throws {@link NullPointerException}.
 * Collections are Guava immutable collections.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // The generated builder is package-private, so the Javadoc documents its methods on the public Builder that extends it.
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // Not strict: State.builder().from(state).withdrawal(...) is how a what-if is written.
    depluralize = true,
    depluralizeDictionary = {"destruction:destructions", "armedConflict:armedConflicts", "retainedMine:retainedMines", "activity:activities"},
    // Keep generated code free of annotations this module does not read (javax.annotation.processing, errorprone).
    // A value built without a required attribute is refused like any impossible fact.
    throwForInvalidImmutableState = org.minebantreaty.core.InvalidFactException.class,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
package org.minebantreaty.core;

import org.immutables.value.Value;
