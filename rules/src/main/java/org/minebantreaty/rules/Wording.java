package org.minebantreaty.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The words of one {@link Language}: every {@link Phrase} code's sentence, read once from {@code
 * words/<language>.properties}, and the rendering of phrases, citations, statuses and titles in it.
 * The one place where prose is made: rules decide, and say what they decided as phrases.
 *
 * <p>A sentence is text with slots. {@code {deadline}} writes an argument: a date or a quantity as
 * the language writes them, a year, a name, a citation, a State or a nested phrase. {@code
 * {held,plural,one{# mine}other{# mines}}} chooses by quantity ({@code =0{...}} for exactly none),
 * with {@code #} writing the quantity. {@code {late,select,true{...}other{...}}} chooses by a
 * boolean or an enum constant's name; {@code absent} chooses when the argument is not given.
 */
final class Wording {

  /** The languages the library writes, English first. */
  static final ImmutableList<Locale> LANGUAGES =
      java.util.Arrays.stream(Language.values()).map(Language::locale).collect(ImmutableList.toImmutableList());

  // Each language's words are read on first use: a run in one language reads no other file.
  private static final java.util.concurrent.atomic.AtomicReferenceArray<Wording> BY_LANGUAGE =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(Language.values().length);

  private final Language language;
  private final ImmutableSortedMap<String, String> sentences;
  // Each sentence parsed, by code: all at once for a caller's book, on first use for the library's.
  private final Map<String, List<Part>> parsed;
  private final Wording parent;
  private final boolean overTheLibrary;

  private Wording(Language language) {
    this(language, read(Wording.class, "words", language).orElseThrow(
        () -> new IllegalStateException("the rules jar lacks words/" + language.code() + ".properties")), null, false, false);
  }

  /** The wording of {@code sentences}, each checked now, which falls back on {@code parent} for any code they lack. */
  Wording(Language language, ImmutableSortedMap<String, String> sentences, Wording parent) {
    this(language, sentences, parent, false, true);
  }

  /**
   * The wording of {@code sentences}, each checked now, which falls back on the library's wording of
   * {@code language} for any code they lack: a caller's phrase book, which reads the library's words
   * only once it needs one.
   */
  static Wording overTheLibrary(Language language, ImmutableSortedMap<String, String> sentences) {
    return new Wording(language, sentences, null, true, true);
  }

  private Wording(Language language, ImmutableSortedMap<String, String> sentences, Wording parent, boolean overTheLibrary, boolean checkNow) {
    this.language = language;
    this.sentences = sentences;
    this.parent = parent;
    this.overTheLibrary = overTheLibrary;
    this.parsed = new java.util.concurrent.ConcurrentHashMap<>(sentences.size() * 2);
    // The library's own sentences, checked by its tests, are parsed when first written: a run writes a few of them.
    if (checkNow) {
      sentences.forEach((code, sentence) -> parsed.put(code, parse(code, sentence)));
    }
  }

  /** The wording a code this one lacks is written in; null if none. */
  private Wording parent() {
    return parent != null ? parent : overTheLibrary ? in(language) : null;
  }

  /** Returns the wording of {@code locale}'s language. */
  static Wording in(Locale locale) {
    return in(Language.of(locale));
  }

  /** Returns the wording of {@code language}, the one instance of it. */
  static Wording in(Language language) {
    Wording made = BY_LANGUAGE.get(language.ordinal());
    if (made == null) {
      // Two threads may read the file at once; the first to finish gives every caller its wording.
      BY_LANGUAGE.compareAndSet(language.ordinal(), null, new Wording(language));
      made = BY_LANGUAGE.get(language.ordinal());
    }
    return made;
  }

  /** Returns the language. */
  Language language() {
    return language;
  }

  /** Returns every code and its sentence as written in the file, sorted by code, without a parent's. */
  ImmutableSortedMap<String, String> sentences() {
    return sentences;
  }

  /** Returns the sentence of {@code code} as written, here or in the parent; {@code null} if neither has it. */
  private String sentence(String code) {
    String sentence = sentences.get(code);
    Wording parent = parent();
    return sentence != null || parent == null ? sentence : parent.sentence(code);
  }

  /** Returns the names of the arguments the sentence of {@code code} writes or chooses by. */
  java.util.Set<String> slots(String code) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    collectSlots(parsed(code), names);
    return names;
  }

  private static void collectSlots(List<Part> parts, java.util.Set<String> names) {
    for (Part part : parts) {
      if (part.argument != null) {
        names.add(part.argument);
      }
      if (part.branches != null) {
        part.branches.values().forEach(branch -> collectSlots(branch, names));
      }
    }
  }

  /** Returns {@code phrase} in this language. */
  String render(Phrase phrase) {
    StringBuilder out = new StringBuilder(96);
    render(phrase, out);
    return out.toString();
  }

  /** Returns the sentence of {@code code}, which takes no argument. */
  String text(String code) {
    return render(Phrase.of(code));
  }

  /** Returns the sentence of {@code code} with the given name–value arguments. */
  String text(String code, Object... namesAndValues) {
    return render(Phrase.of(code, namesAndValues));
  }

  /** Returns {@code date} as the language writes it. */
  String date(LocalDate date) {
    return dates.computeIfAbsent(date, language::date);
  }

  // Findings name the same few days and cite the same few provisions again and again: each is written once per language.
  private final java.util.concurrent.ConcurrentMap<LocalDate, String> dates = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentMap<Citation, String> citations = new java.util.concurrent.ConcurrentHashMap<>();

  /** Returns {@code number} grouped as the language groups it. */
  String number(long number) {
    return language.number(number);
  }

  /** Returns the status in words, lower case ("met late", « en retard », « vencido »). */
  String status(Status status) {
    return text("status." + status.name());
  }

  /** Returns the title of {@code article} as the Convention's text in this language gives it. */
  String title(int article) {
    return text("article." + article + ".title");
  }

  /** Returns the name of {@code state} in this language. */
  String state(StateName state) {
    String override = sentence("state." + state.iso3());
    if (override != null) {
      return override;
    }
    if (language == Language.ENGLISH) {
      return state.name();
    }
    String alpha2 = Alpha2.of(state.iso3());
    return alpha2 == null ? state.name() : new Locale("", alpha2).getDisplayCountry(language.locale());
  }

  /** Returns {@code citation} as this language writes a reference ("Art. 5(3)", « art. 5(3) »). */
  String citation(Citation citation) {
    String written = citations.get(citation);
    if (written == null) {
      written = writeCitation(citation);
      citations.putIfAbsent(citation, written);
    }
    return written;
  }

  private String writeCitation(Citation citation) {
    switch (citation.source()) {
      case TREATY:
        return text("citation.article", "article", (long) citation.articleNumber()) + citation.paragraphs();
      case ACTION_PLAN:
        return text("citation.action-plan", "plan", translated(citation.name()), "action", translated(citation.detail()),
            "on", Citation.article(citation.articleNumber()));
      case MEETING_DECISION:
        return text("citation.meeting-decision", "meeting", translated(citation.name()), "on", Citation.article(citation.articleNumber()));
      case INTERPRETATION:
        return text("citation.interpretation", "id", citation.name(), "provision", citation.provision(),
            "title", translated(citation.detail()));
      default:
        throw new AssertionError(citation.source());
    }
  }

  /**
   * Returns this language's words for a name written in English (an action plan, a meeting, an
   * interpretation's title): the sentence of {@code "name." + slug}, or the English itself for a name
   * of the caller's own that no file translates.
   */
  private String translated(String english) {
    if (sentence(nameCode(english)) != null) {
      return text(nameCode(english));
    }
    // The data set names a meeting as English runs it ("the Twelfth Meeting ..."); the sentence supplies its own article.
    if (english.startsWith("the ") && sentence(nameCode(english.substring(4))) != null) {
      return text(nameCode(english.substring(4)));
    }
    // A name with a note in brackets ("the Fourth Review Conference (inferred from the year of the request)"): each part.
    int note = english.lastIndexOf(" (");
    if (note > 0 && english.endsWith(")")) {
      return translated(english.substring(0, note)) + " (" + translated(english.substring(note + 2, english.length() - 1)) + ")";
    }
    return english;
  }

  /** The code under which a name written in English is translated: "name." and its words joined by hyphens. */
  static String nameCode(String english) {
    return NAME_CODES.computeIfAbsent(english,
        name -> "name." + NOT_A_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-|-$", ""));
  }

  private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");
  // Names recur in every finding that cites them: each is turned into its code once.
  private static final java.util.concurrent.ConcurrentMap<String, String> NAME_CODES = new java.util.concurrent.ConcurrentHashMap<>();

  private List<Part> parsed(String code) {
    List<Part> parts = parsed.get(code);
    if (parts == null) {
      String sentence = sentences.get(code);
      if (sentence != null) {
        parts = parse(code, sentence);
        parsed.put(code, parts);
      } else {
        Wording parent = parent();
        if (parent != null) {
          return parent.parsed(code);
        }
      }
    }
    if (parts == null) {
      throw new IllegalArgumentException("no sentence for the phrase \"" + code + "\" in words/" + language.code() + ".properties");
    }
    return parts;
  }

  private void render(Phrase phrase, StringBuilder out) {
    if (phrase.code().equals(Phrase.VERBATIM)) {
      out.append(phrase.argument("text"));
      return;
    }
    write(phrase, parsed(phrase.code()), -1, out);
  }

  private void write(Phrase phrase, List<Part> parts, long hash, StringBuilder out) {
    for (Part part : parts) {
      if (part.text != null) {
        out.append(part.text);
      } else if (part.hash) {
        out.append(language.number(hash));
      } else if (part.branches == null) {
        value(phrase, part.argument, out);
      } else {
        Object value = phrase.argument(part.argument);
        if (part.plural) {
          long count = quantity(phrase, part.argument, value);
          List<Part> branch = part.branches.get("=" + count);
          if (branch == null) {
            branch = part.branches.get(language.isOne(count) ? "one" : "other");
          }
          write(phrase, branch == null ? part.branches.get("other") : branch, count, out);
        } else {
          String key = value == null ? "absent" : value instanceof Enum ? ((Enum<?>) value).name() : String.valueOf(value);
          List<Part> branch = part.branches.get(key);
          if (branch == null) {
            branch = part.branches.get("other");
          }
          if (branch == null) {
            throw new IllegalArgumentException("phrase " + phrase.code() + " in " + language.code() + ": no choice for " + part.argument + "=" + key);
          }
          write(phrase, branch, hash, out);
        }
      }
    }
  }

  private static long quantity(Phrase phrase, String name, Object value) {
    if (!(value instanceof Long)) {
      throw new IllegalArgumentException("phrase " + phrase.code() + ": argument " + name + " must be a quantity, got " + value);
    }
    return (Long) value;
  }

  private void value(Phrase phrase, String name, StringBuilder out) {
    Object value = phrase.argument(name);
    if (value == null) {
      throw new IllegalArgumentException("phrase " + phrase.code() + " in " + language.code() + ": argument " + name + " is not given");
    }
    if (value instanceof LocalDate) {
      out.append(date((LocalDate) value));
    } else if (value instanceof Long) {
      out.append(language.number((Long) value));
    } else if (value instanceof Year) {
      out.append(((Year) value).getValue());
    } else if (value instanceof Period) {
      period((Period) value, out);
    } else if (value instanceof String) {
      // A name the data set gives in English (a meeting, a plan) is written in this language where the file has it.
      out.append(language == Language.ENGLISH ? (String) value : translated((String) value));
    } else if (value instanceof Citation) {
      out.append(citation((Citation) value));
    } else if (value instanceof StateName) {
      out.append(state((StateName) value));
    } else if (value instanceof Phrase) {
      render((Phrase) value, out);
    } else if (value instanceof Enum) {
      Enum<?> constant = (Enum<?>) value;
      render(Phrase.of(constant.getDeclaringClass().getSimpleName() + "." + constant.name()), out);
    } else {
      throw new IllegalArgumentException("phrase " + phrase.code() + ": argument " + name + "=" + value + " only chooses a wording");
    }
  }

  private void period(Period period, StringBuilder out) {
    List<String> parts = new ArrayList<>(3);
    if (period.getYears() != 0) {
      parts.add(text("period.years", "count", (long) period.getYears()));
    }
    if (period.getMonths() != 0) {
      parts.add(text("period.months", "count", (long) period.getMonths()));
    }
    if (period.getDays() != 0) {
      parts.add(text("period.days", "count", (long) period.getDays()));
    }
    out.append(parts.isEmpty() ? text("period.none") : String.join(text("period.separator"), parts));
  }

  /** One piece of a sentence: text, the quantity of a plural ({@code #}), an argument, or a choice. */
  private static final class Part {
    String text;
    boolean hash;
    String argument;
    boolean plural;
    ImmutableMap<String, List<Part>> branches;
  }

  private static List<Part> parse(String code, String sentence) {
    int[] at = {0};
    List<Part> parts;
    try {
      parts = parse(code, sentence, at, false);
    } catch (IndexOutOfBoundsException | IllegalArgumentException malformed) {
      throw new IllegalStateException("sentence " + code + ": malformed (" + malformed.getMessage() + ") in: " + sentence, malformed);
    }
    if (at[0] != sentence.length()) {
      throw new IllegalStateException("sentence " + code + ": unbalanced '}' at " + at[0] + " in: " + sentence);
    }
    return parts;
  }

  private static List<Part> parse(String code, String sentence, int[] at, boolean inBranch) {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (at[0] < sentence.length()) {
      char c = sentence.charAt(at[0]);
      if (c == '}') {
        if (!inBranch) {
          break;
        }
        break;
      }
      if (c == '#' && inBranch) {
        flush(text, parts);
        Part hash = new Part();
        hash.hash = true;
        parts.add(hash);
        at[0]++;
        continue;
      }
      if (c != '{') {
        text.append(c);
        at[0]++;
        continue;
      }
      flush(text, parts);
      int close = sentence.indexOf('}', at[0]);
      int comma = sentence.indexOf(',', at[0]);
      Part part = new Part();
      if (close < 0) {
        throw new IllegalStateException("sentence " + code + ": unclosed '{' in: " + sentence);
      }
      if (comma < 0 || comma > close) {
        part.argument = sentence.substring(at[0] + 1, close).trim();
        at[0] = close + 1;
      } else {
        part.argument = sentence.substring(at[0] + 1, comma).trim();
        int kindEnd = sentence.indexOf(',', comma + 1);
        String kind = sentence.substring(comma + 1, kindEnd).trim();
        if (!kind.equals("plural") && !kind.equals("select")) {
          throw new IllegalStateException("sentence " + code + ": a choice is plural or select, got " + kind + " in: " + sentence);
        }
        part.plural = kind.equals("plural");
        at[0] = kindEnd + 1;
        ImmutableMap.Builder<String, List<Part>> branches = ImmutableMap.builder();
        while (true) {
          while (at[0] < sentence.length() && sentence.charAt(at[0]) == ' ') {
            at[0]++;
          }
          if (at[0] >= sentence.length()) {
            throw new IllegalStateException("sentence " + code + ": unclosed choice in: " + sentence);
          }
          if (sentence.charAt(at[0]) == '}') {
            at[0]++;
            break;
          }
          int open = sentence.indexOf('{', at[0]);
          if (open < 0) {
            throw new IllegalStateException("sentence " + code + ": a choice without its '{' in: " + sentence);
          }
          String selector = sentence.substring(at[0], open).trim();
          at[0] = open + 1;
          List<Part> branch = parse(code, sentence, at, true);
          if (at[0] >= sentence.length() || sentence.charAt(at[0]) != '}') {
            throw new IllegalStateException("sentence " + code + ": unclosed choice " + selector + " in: " + sentence);
          }
          at[0]++;
          branches.put(selector, branch);
        }
        part.branches = branches.buildOrThrow();
        if (!part.branches.containsKey("other") && part.plural) {
          throw new IllegalStateException("sentence " + code + ": a plural needs an 'other' choice: " + sentence);
        }
      }
      parts.add(part);
    }
    flush(text, parts);
    return parts;
  }

  private static void flush(StringBuilder text, List<Part> parts) {
    if (text.length() > 0) {
      Part part = new Part();
      part.text = text.toString();
      parts.add(part);
      text.setLength(0);
    }
  }

  /** Reads {@code <directory>/<language>.properties} beside {@code anchor}, as UTF-8; empty if there is no such file. */
  static java.util.Optional<ImmutableSortedMap<String, String>> read(Class<?> anchor, String directory, Language language) {
    String file = directory + "/" + language.code() + ".properties";
    try (InputStream in = anchor.getResourceAsStream(file)) {
      if (in == null) {
        return java.util.Optional.empty();
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      ImmutableSortedMap.Builder<String, String> sentences = ImmutableSortedMap.naturalOrder();
      properties.forEach((code, sentence) -> sentences.put((String) code, (String) sentence));
      return java.util.Optional.of(sentences.buildOrThrow());
    } catch (IOException unreadable) {
      throw new IllegalStateException("cannot read " + file + " beside " + anchor.getName(), unreadable);
    }
  }

  /** ISO 3166-1 alpha-3 codes to alpha-2, from the JDK's own list, for the names it knows in each language. */
  private static final class Alpha2 {
    private static final ImmutableMap<String, String> BY_ALPHA3;

    static {
      ImmutableMap.Builder<String, String> codes = ImmutableMap.builder();
      for (String alpha2 : Locale.getISOCountries()) {
        codes.put(new Locale("", alpha2).getISO3Country(), alpha2);
      }
      BY_ALPHA3 = codes.buildKeepingLast();
    }

    static String of(String alpha3) {
      return BY_ALPHA3.get(alpha3);
    }
  }
}
