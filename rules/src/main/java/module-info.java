/**
 * The articles of the Ottawa Convention as typed rules: {@link org.minebantreaty.rules.Convention}
 * assesses a {@link org.minebantreaty.core.State} as of a date and returns cited, explained
 * {@link org.minebantreaty.rules.Finding}s.
 */
module org.minebantreaty.rules {
  requires transitive org.minebantreaty.core;
  requires static org.immutables.value.annotations;

  exports org.minebantreaty.rules;
}
