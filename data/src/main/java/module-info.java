/**
 * The real signatories and States Parties of the Ottawa Convention as typed, sourced values:
 * {@link org.minebantreaty.data.StatesParties} loads the bundled records once and builds a
 * {@link org.minebantreaty.core.State} for each State whose instrument is dated.
 */
module org.minebantreaty.data {
  requires transitive org.minebantreaty.rules;
  requires com.google.common;

  exports org.minebantreaty.data;
}
