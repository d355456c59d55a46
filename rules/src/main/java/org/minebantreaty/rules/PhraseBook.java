package org.minebantreaty.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sentences of a caller's own for {@link Phrase}s, in the library's sentence syntax (see {@code
 * words/en.properties} in the rules jar), read from {@code <directory>/en.properties}, {@code
 * fr.properties} and {@code es.properties} beside a class. A code the book lacks is written as the
 * library writes it, so a rule of a caller's own can give its findings codes and words of its own, in
 * any of the library's languages, and still nest the library's phrases, dates and citations.
 *
 * <pre>{@code
 * PhraseBook book = PhraseBook.of(MyRule.class, "words");        // words/en.properties beside MyRule
 * book.render(finding.summaryPhrase(), Locale.FRENCH);
 * }</pre>
 */
public final class PhraseBook {

  private final ImmutableMap<Language, Wording> wordings;

  private PhraseBook(Map<Language, Wording> wordings) {
    this.wordings = ImmutableMap.copyOf(wordings);
  }

  /**
   * Reads the book in {@code directory} beside {@code anchor}: an English file, required, and a French
   * or Spanish one where given; a language without its file is written in English.
   *
   * @param anchor the class the sentence files are beside
   * @param directory the directory of the sentence files, relative to {@code anchor}'s package
   * @return the book
   * @throws IllegalArgumentException if there is no English file, or a sentence is malformed
   */
  public static PhraseBook of(Class<?> anchor, String directory) {
    requireNonNull(anchor, "anchor");
    requireNonNull(directory, "directory");
    ImmutableSortedMap<String, String> english = Wording.read(anchor, directory, Language.ENGLISH).orElseThrow(
        () -> new IllegalArgumentException("a phrase book needs its English sentences: no " + directory + "/en.properties beside " + anchor.getName()));
    Map<Language, Wording> wordings = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Optional<ImmutableSortedMap<String, String>> sentences = Wording.read(anchor, directory, language);
      try {
        wordings.put(language, Wording.overTheLibrary(language, sentences.orElse(english)));
      } catch (IllegalStateException malformed) {
        throw new IllegalArgumentException(directory + "/" + language.code() + ".properties: " + malformed.getMessage(), malformed);
      }
    }
    return new PhraseBook(wordings);
  }

  /**
   * Returns {@code phrase} in {@code language}, from this book's sentence for its code or the library's.
   *
   * @param phrase the phrase to write
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the phrase, in {@code language}
   * @throws IllegalArgumentException if the library does not write {@code language}, neither has the
   *     code, or an argument the sentence writes is not given
   */
  public String render(Phrase phrase, Locale language) {
    return wordings.get(Language.of(language)).render(phrase);
  }

  /**
   * Returns the codes this book gives sentences for in {@code language}.
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the codes, sorted; the English file's where {@code language} has no file of its own
   */
  public java.util.Set<String> codes(Locale language) {
    return wordings.get(Language.of(language)).sentences().keySet();
  }
}
