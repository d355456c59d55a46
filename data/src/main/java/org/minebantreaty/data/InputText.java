package org.minebantreaty.data;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks on text a person saved or typed, shared by the data set's loader and the command line: the
 * name a misspelling most likely meant, and the first line of a file that is not UTF-8.
 */
public final class InputText {

  private InputText() {}

  /**
   * Returns the name of {@code known} closest to {@code name}, when it is near enough to be a
   * misspelling of it: at most two edits, or a third of the name's length for longer names
   * ({@code withdrawl_received} → {@code withdrawal_received}); empty when none is.
   *
   * @param name the name as given, perhaps misspelled
   * @param known the valid names
   * @return the nearest name of {@code known}, or empty when none is near enough
   */
  public static Optional<String> nearest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(name, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(2, name.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
  }

  /** The Levenshtein distance: the fewest insertions, deletions and substitutions turning {@code a} into {@code b}. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        current[j] = Math.min(previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1), Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * Returns the first line (counting from 1) of {@code data} that is not UTF-8 text, or empty when
   * all of it is. A lenient reader would turn such bytes into replacement characters ("C�te").
   *
   * @param data the bytes of a file
   * @return the number of the first line that is not UTF-8, or empty when every line is
   */
  public static OptionalInt firstLineNotUtf8(byte[] data) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= data.length; i++) {
      if (i == data.length || data[i] == '\n') {
        try {
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(data, start, i - start));
        } catch (CharacterCodingException notUtf8) {
          return OptionalInt.of(line);
        }
        line++;
        start = i + 1;
      }
    }
    return OptionalInt.empty();
  }

  /** The most characters of a value a message repeats: a longer one is cut, so the message stays one readable line. */
  public static final int MOST_ECHOED = 60;

  /**
   * Returns {@code value} in quotes as an error message repeats it: whole when short, else its first
   * {@value #MOST_ECHOED} characters and its length ({@code "xxxx…" (1,048,576 characters in all)}).
   *
   * @param value the value to repeat
   * @return {@code value} in double quotes, shortened when longer than {@value #MOST_ECHOED} characters
   */
  public static String quoted(String value) {
    if (value.length() <= MOST_ECHOED) {
      return "\"" + value + "\"";
    }
    return "\"" + value.substring(0, MOST_ECHOED) + "…\" (" + String.format(java.util.Locale.ROOT, "%,d", value.length()) + " characters in all)";
  }
}
