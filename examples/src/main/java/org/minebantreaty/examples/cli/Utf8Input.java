package org.minebantreaty.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.minebantreaty.data.InputText;

/**
 * Standard input read as UTF-8 and nothing else. A byte that is not UTF-8 is refused with its line,
 * instead of the replacement character a lenient reader would print as "C�te d'Ivoire". The input is
 * read whole on first use: the tool's inputs are tables of States, not streams.
 */
final class Utf8Input extends Reader {

  /** Input that is not UTF-8 text; its message names the first line that is not. */
  static final class NotUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception(String message) {
      super(message);
    }
  }

  private final InputStream bytes;
  private Reader text;

  private Utf8Input(InputStream bytes) {
    this.bytes = bytes;
  }

  /** Returns a reader of {@code bytes} that refuses any that are not UTF-8. */
  static Reader of(InputStream bytes) {
    return new Utf8Input(bytes);
  }

  /** Decodes {@code data} strictly, or throws naming the line of the first byte that is not UTF-8. */
  static String decode(byte[] data) throws NotUtf8Exception {
    OptionalInt line = InputText.firstLineNotUtf8(data);
    if (line.isPresent()) {
      throw new NotUtf8Exception("line " + line.getAsInt() + ": the input is not UTF-8 text; save the file as UTF-8 and run again");
    }
    return new String(data, StandardCharsets.UTF_8);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (text == null) {
      text = new StringReader(decode(bytes.readAllBytes()));
    }
    return text.read(buffer, offset, length);
  }

  @Override
  public void close() throws IOException {
    bytes.close();
  }
}
