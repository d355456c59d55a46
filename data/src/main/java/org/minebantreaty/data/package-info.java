/**
 * The bundled data set of the real States: every State that signed, ratified, accepted, approved,
 * acceded or succeeded to the Convention, with each fact's source. Start at {@link
 * org.minebantreaty.data.StatesParties}.
 */
package org.minebantreaty.data;
