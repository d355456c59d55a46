package org.minebantreaty.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Locale;

/**
 * What a finding says, as data: a stable code naming the sentence ({@code
 * "art4.declared-complete"}) and its arguments (dates, quantities, names, citations, further
 * phrases). Its words are a rendering of that data in one of the {@link #LANGUAGES}: {@code
 * phrase.in(Locale.FRENCH)}. A tool that stores or compares findings keeps the code and the
 * arguments; a change of wording never changes them.
 *
 * <p>An argument is a {@link LocalDate}, a {@link Long} or {@link Integer} quantity, a {@link Year},
 * a {@link Period}, a {@link String} (a name: written as given, or, for a name the library's
 * sentence files translate — a meeting, an action plan, an interpretation's title — in each
 * language's words), a {@link Boolean} or an enum constant (which choose between wordings), a {@link Citation}, a {@link
 * StateName}, or another {@code Phrase}. An absent argument is simply not given: an empty {@link
 * java.util.Optional}, {@link java.util.OptionalLong} or {@link java.util.OptionalInt} is left out.
 *
 * <p>The library's codes and their sentences in each language are listed in {@code
 * docs/finding-codes.md}. A rule of a caller's own may say something the library has no code for
 * with {@link #verbatim(String)}.
 */
public final class Phrase {

  /** The languages the library writes: English, French and Spanish, three of the Convention's six authentic languages. */
  public static final java.util.List<Locale> LANGUAGES = Wording.LANGUAGES;

  /** The code of a {@link #verbatim(String)} phrase. */
  public static final String VERBATIM = "verbatim";

  private final String code;
  // Names and values, alternately: a phrase is built for every sentence of every finding, and most are
  // never read as a map, so the map is made only when asked for.
  private final Object[] pairs;
  private ImmutableMap<String, Object> arguments;

  private Phrase(String code, Object[] pairs) {
    this.code = code;
    this.pairs = pairs;
  }

  /**
   * Returns the phrase {@code code} with arguments given as name–value pairs: {@code of("art4.due",
   * "deadline", day)}. A {@code null} or empty {@link java.util.Optional} value leaves the argument
   * out.
   *
   * @param code the code naming the sentence: words of letters, digits, hyphens and underscores joined by
   *     dots
   * @param namesAndValues each argument's name, a {@link String}, followed by its value
   * @return the phrase
   * @throws IllegalArgumentException if the pairs are odd in number, a name repeats, or a value is of
   *     a type a phrase cannot carry
   */
  public static Phrase of(String code, Object... namesAndValues) {
    requireNonNull(code, "code");
    checkArgument(isCode(code), "a phrase's code is words of letters, digits, hyphens and underscores joined by dots, got \"%s\"", code);
    checkArgument(namesAndValues.length % 2 == 0, "phrase %s: arguments come as name-value pairs, got %s items", code, namesAndValues.length);
    Object[] pairs = new Object[namesAndValues.length];
    int size = 0;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object name = namesAndValues[i];
      checkArgument(name instanceof String, "phrase %s: argument %s must be named by a String, got %s", code, i / 2, name);
      for (int j = 0; j < i; j += 2) {
        checkArgument(!name.equals(namesAndValues[j]), "phrase %s: argument %s is given twice", code, name);
      }
      Object value = namesAndValues[i + 1];
      if (value instanceof java.util.Optional) {
        value = ((java.util.Optional<?>) value).orElse(null);
      } else if (value instanceof java.util.OptionalLong) {
        java.util.OptionalLong quantity = (java.util.OptionalLong) value;
        value = quantity.isPresent() ? (Object) quantity.getAsLong() : null;
      } else if (value instanceof java.util.OptionalInt) {
        java.util.OptionalInt quantity = (java.util.OptionalInt) value;
        value = quantity.isPresent() ? (Object) (long) quantity.getAsInt() : null;
      }
      if (value != null) {
        pairs[size++] = name;
        pairs[size++] = carried(code, (String) name, value);
      }
    }
    return new Phrase(code, size == pairs.length ? pairs : java.util.Arrays.copyOf(pairs, size));
  }

  /**
   * Whether {@code code} has the form the JSON schema gives a phrase's code: words that begin with a
   * letter or digit and go on with letters, digits, hyphens and underscores, joined by dots. Checked
   * by hand, for every phrase of every finding passes here.
   */
  private static boolean isCode(String code) {
    if (CODES_SEEN.containsKey(code)) {
      return true;
    }
    boolean valid = hasCodeForm(code);
    // The library says a few hundred codes, again and again; a caller's own are bounded too, but not by us.
    if (valid && CODES_SEEN.size() < 4_096) {
      CODES_SEEN.put(code, Boolean.TRUE);
    }
    return valid;
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> CODES_SEEN = new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean hasCodeForm(String code) {
    boolean wordStart = true;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean alphanumeric = c < 128 && Character.isLetterOrDigit(c);
      if (wordStart) {
        if (!alphanumeric) {
          return false;
        }
        wordStart = false;
      } else if (c == '.') {
        wordStart = true;
      } else if (!alphanumeric && c != '-' && c != '_') {
        return false;
      }
    }
    return !wordStart;
  }

  /**
   * Returns a phrase of the caller's own that reads {@code text} in every language.
   *
   * @param text the text, not blank
   * @return a phrase with code {@link #VERBATIM}
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static Phrase verbatim(String text) {
    checkArgument(!requireNonNull(text, "text").isBlank(), "a verbatim phrase has text");
    return new Phrase(VERBATIM, new Object[] {"text", requireNonNull(text, "text")});
  }

  private static Object carried(String code, String name, Object value) {
    // By class, each a final one: every argument of every phrase passes here.
    Class<?> type = value.getClass();
    if (type == LocalDate.class || type == Year.class || type == Long.class || type == String.class || type == Phrase.class
        || type == Citation.class || type == StateName.class || type == Boolean.class || type == Period.class || value instanceof Enum) {
      return value;
    }
    if (type == Integer.class) {
      return ((Integer) value).longValue();
    }
    throw uncarried(code, name, value);
  }

  // Apart, so that the check above stays small enough to be inlined where every phrase is made.
  private static IllegalArgumentException uncarried(String code, String name, Object value) {
    return new IllegalArgumentException("phrase " + code + ": argument " + name + " is a " + value.getClass().getName()
        + ", which a phrase cannot carry (dates, quantities, years, periods, names, booleans, enum constants, citations, States and phrases)");
  }

  /**
   * Returns the code naming the sentence.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the arguments by name, in the order given.
   *
   * @return the arguments, by name
   */
  public ImmutableMap<String, Object> arguments() {
    ImmutableMap<String, Object> made = arguments;
    if (made == null) {
      ImmutableMap.Builder<String, Object> map = ImmutableMap.builderWithExpectedSize(pairs.length / 2);
      for (int i = 0; i < pairs.length; i += 2) {
        map.put((String) pairs[i], pairs[i + 1]);
      }
      made = map.buildOrThrow();
      arguments = made;
    }
    return made;
  }

  /** Returns the argument {@code name}, or {@code null} when it is not given. */
  Object argument(String name) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(name)) {
        return pairs[i + 1];
      }
    }
    return null;
  }

  /** Returns how many arguments the phrase has. */
  int argumentCount() {
    return pairs.length / 2;
  }

  /** Returns the value of the argument at {@code index}, in the order given. */
  Object argumentValue(int index) {
    return pairs[2 * index + 1];
  }

  /**
   * Returns the phrase in {@code language}: English, French or Spanish ({@link #LANGUAGES}); a
   * regional variant ({@code fr-CA}) is written in its language.
   *
   * @param language the language to write in ({@link #LANGUAGES})
   * @return the phrase, in {@code language}
   * @throws IllegalArgumentException if the library does not write {@code language}
   */
  public String in(Locale language) {
    return Wording.in(language).render(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Phrase && ((Phrase) other).code.equals(code) && java.util.Arrays.equals(((Phrase) other).pairs, pairs);
  }

  @Override
  public int hashCode() {
    return 31 * code.hashCode() + java.util.Arrays.hashCode(pairs);
  }

  /** Returns the phrase in English; for a code the library has no sentence for, the code and its arguments. */
  @Override
  public String toString() {
    try {
      return in(Locale.ENGLISH);
    } catch (IllegalArgumentException unsaid) {
      return code + arguments();
    }
  }
}
