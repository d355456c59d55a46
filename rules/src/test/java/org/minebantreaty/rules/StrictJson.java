package org.minebantreaty.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict RFC 8259 reader for tests: objects, arrays, strings, integers, true, false, null; anything else fails. */
final class StrictJson {

  private final String text;
  private int at;

  private StrictJson(String text) {
    this.text = text;
  }

  /** Parses {@code text}, failing on any syntax error or trailing input. */
  static Object parse(String text) {
    StrictJson json = new StrictJson(text);
    Object value = json.value();
    json.space();
    if (json.at != text.length()) {
      throw json.error("trailing input");
    }
    return value;
  }

  private Object value() {
    space();
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(at);
    if (c == '{') {
      return object();
    }
    if (c == '[') {
      return array();
    }
    if (c == '"') {
      return string();
    }
    if (text.startsWith("null", at)) {
      at += 4;
      return null;
    }
    if (text.startsWith("true", at)) {
      at += 4;
      return Boolean.TRUE;
    }
    if (text.startsWith("false", at)) {
      at += 5;
      return Boolean.FALSE;
    }
    int start = at;
    if (c == '-') {
      at++;
    }
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    if (start == at) {
      throw error("unexpected character '" + c + "'");
    }
    return Long.parseLong(text.substring(start, at));
  }

  private Map<String, Object> object() {
    Map<String, Object> object = new LinkedHashMap<>();
    at++;
    space();
    if (peek('}')) {
      at++;
      return object;
    }
    while (true) {
      space();
      String key = string();
      space();
      expect(':');
      if (object.put(key, value()) != null) {
        throw error("duplicate key " + key);
      }
      space();
      if (peek('}')) {
        at++;
        return object;
      }
      expect(',');
    }
  }

  private List<Object> array() {
    List<Object> array = new ArrayList<>();
    at++;
    space();
    if (peek(']')) {
      at++;
      return array;
    }
    while (true) {
      array.add(value());
      space();
      if (peek(']')) {
        at++;
        return array;
      }
      expect(',');
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("raw control character in string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case '"': out.append('"'); break;
        case '\\': out.append('\\'); break;
        case '/': out.append('/'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'u':
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
          break;
        default:
          throw error("bad escape \\" + escaped);
      }
    }
  }

  private void space() {
    while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    at++;
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException(problem + " at " + at + ": ..." + text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20)) + "...");
  }
}
