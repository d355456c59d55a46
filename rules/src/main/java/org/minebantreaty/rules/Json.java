package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Writes an assessment as JSON: one place, no dependency, a stable shape versioned by {@link #SCHEMA_VERSION}. */
final class Json {

  /** The version of the JSON shape; raised when a field changes meaning or is removed. */
  static final int SCHEMA_VERSION = 2;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out;
  private final Wording words;

  /** A writer whose text starts with room for {@code expected} characters: too little copies it as it grows, too much is cleared for nothing. */
  private Json(Wording words, int expected) {
    this.words = words;
    this.out = new StringBuilder(expected);
  }

  /** Returns the JSON Schema {@code file} this jar ships beside this class. */
  static String schema(String file) {
    try (java.io.InputStream in = Json.class.getResourceAsStream(file)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | NullPointerException missing) {
      throw new IllegalStateException("the rules jar lacks " + file, missing);
    }
  }

  static String of(Assessment assessment, Wording words) {
    // A finding takes a kilobyte or so, with its sentences and their data.
    Json json = new Json(words, 1024 + 1536 * assessment.findings().size());
    json.assessment(assessment);
    return json.out.toString();
  }

  private void assessment(Assessment assessment) {
    out.append("{\"schemaVersion\":").append(SCHEMA_VERSION);
    out.append(",\"language\":");
    string(words.language().code());
    out.append(",\"state\":");
    state(assessment.state());
    out.append(",\"asOf\":");
    date(Optional.of(assessment.asOf()));
    Deadlines deadlines = assessment.deadlines();
    out.append(",\"deadlines\":{\"entryIntoForce\":");
    date(deadlines.entryIntoForce());
    dateField("stockpileDestruction", deadlines.stockpileDestruction());
    dateField("minedAreaOriginal", deadlines.minedAreaOriginal());
    dateField("minedAreaCurrent", deadlines.minedAreaCurrent());
    dateField("initialReport", deadlines.initialReport());
    dateField("nextAnnualReport", deadlines.nextAnnualReport());
    dateField("withdrawalEffective", deadlines.withdrawalEffective());
    out.append("},\"withdrawal\":{\"phase\":");
    string(assessment.withdrawal().phase().name());
    dateField("receivedOn", assessment.withdrawal().receivedOn());
    dateField("effectiveOn", assessment.withdrawal().effectiveOn());
    out.append("},\"findings\":[");
    List<Finding> findings = assessment.findings();
    for (int i = 0; i < findings.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      finding(findings.get(i));
    }
    out.append("]}");
  }

  /** Writes a timeline: its State, its range, each event with what changed, and its periods of non-compliance. */
  static String of(Timeline timeline, Wording words) {
    Json json = new Json(words, 16384);
    json.timeline(timeline);
    return json.out.toString();
  }

  /** The version of the timeline's JSON shape ({@code docs/timeline.schema.json}). */
  static final int TIMELINE_SCHEMA_VERSION = 1;

  private void timeline(Timeline timeline) {
    out.append("{\"schemaVersion\":").append(TIMELINE_SCHEMA_VERSION).append(",\"language\":");
    string(words.language().code());
    out.append(",\"state\":");
    state(timeline.state());
    out.append(",\"from\":");
    date(Optional.of(timeline.from()));
    dateField("to", Optional.of(timeline.to()));
    out.append(",\"events\":[");
    boolean firstEvent = true;
    for (Timeline.Event event : timeline.events()) {
      out.append(firstEvent ? "" : ",").append("{\"day\":");
      firstEvent = false;
      date(Optional.of(event.day()));
      out.append(",\"findings\":[");
      boolean first = true;
      for (Comparison.Difference difference : event.comparison().differences()) {
        out.append(first ? "" : ",").append("{\"code\":");
        first = false;
        string(difference.id().code());
        out.append(",\"subject\":");
        string(difference.id().subject());
        out.append(",\"changes\":[");
        boolean firstAspect = true;
        for (Comparison.Aspect aspect : difference.aspects()) {
          out.append(firstAspect ? "" : ",");
          firstAspect = false;
          string(aspect.name());
        }
        out.append("],\"before\":");
        state(difference.before());
        out.append(",\"after\":");
        state(difference.after());
        out.append('}');
      }
      out.append("],\"deadlines\":[");
      first = true;
      for (Comparison.DeadlineChange moved : event.comparison().deadlineChanges()) {
        out.append(first ? "" : ",").append("{\"deadline\":");
        first = false;
        string(moved.deadline().name());
        dateField("before", moved.before());
        dateField("after", moved.after());
        out.append('}');
      }
      out.append("]}");
    }
    out.append("],\"nonCompliance\":[");
    boolean first = true;
    for (Timeline.NonCompliancePeriod period : timeline.nonCompliance()) {
      out.append(first ? "" : ",").append("{\"code\":");
      first = false;
      string(period.finding().code());
      out.append(",\"subject\":");
      string(period.finding().subject());
      out.append(",\"citation\":");
      citation(period.citation());
      dateField("firstDay", Optional.of(period.firstDay()));
      dateField("lastDay", period.lastDay());
      out.append(",\"ongoing\":").append(period.isOngoing()).append(",\"days\":").append(period.days()).append('}');
    }
    out.append("]}");
  }

  /** Writes a State as {@code {"name", "iso3"}}. */
  private void state(org.minebantreaty.core.State state) {
    out.append("{\"name\":");
    string(state.name());
    out.append(",\"iso3\":");
    string(state.iso3());
    out.append('}');
  }

  /** Writes what a finding decided, or {@code null} where it was not made. */
  private void state(Optional<Finding> finding) {
    if (finding.isEmpty()) {
      out.append("null");
      return;
    }
    out.append("{\"status\":");
    string(finding.get().status().name());
    dateField("deadline", finding.get().deadline());
    dateField("metOn", finding.get().metOn());
    out.append(",\"summary\":");
    phrase(finding.get().summaryPhrase());
    out.append('}');
  }

  private void finding(Finding finding) {
    out.append("{\"code\":");
    string(finding.code());
    out.append(",\"citation\":");
    citation(finding.citation());
    out.append(",\"status\":");
    string(finding.status().name());
    out.append(",\"subject\":");
    string(finding.subject());
    dateField("deadline", finding.deadline());
    dateField("metOn", finding.metOn());
    finding.adopted().ifPresent(adopted -> out.append(",\"adopted\":").append(adopted));
    finding.convened().ifPresent(convened -> out.append(",\"convened\":").append(convened));
    finding.minesRemaining().ifPresent(mines -> out.append(",\"minesRemaining\":").append(mines));
    finding.areasOutstanding().ifPresent(areas -> out.append(",\"areasOutstanding\":").append(areas));
    finding.daysLate().ifPresent(days -> out.append(",\"daysLate\":").append(days));
    finding.nonCompliance().ifPresent(period -> {
      out.append(",\"nonCompliance\":{\"firstDay\":");
      string(period.firstDay().toString());
      period.lastDay().ifPresent(last -> {
        out.append(",\"lastDay\":");
        string(last.toString());
      });
      period.days().ifPresent(days -> out.append(",\"days\":").append(days));
      out.append('}');
    });
    out.append(",\"summary\":");
    phrase(finding.summaryPhrase());
    out.append(",\"reasons\":[");
    for (int i = 0; i < finding.reasons().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Reason reason = finding.reasons().get(i);
      phraseFields(reason.phrase());
      out.append(",\"citation\":");
      citation(reason.citation());
      out.append('}');
    }
    out.append("],\"missingFacts\":[");
    for (int i = 0; i < finding.missingFactPhrases().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      phrase(finding.missingFactPhrases().get(i));
    }
    out.append("]}");
  }

  /** Writes {@code phrase} as {@code {"code", "arguments", "text"}}. */
  private void phrase(Phrase phrase) {
    phraseFields(phrase);
    out.append('}');
  }

  /** Writes {@code phrase}'s fields into an object left open, so that a reason can add its citation. */
  private void phraseFields(Phrase phrase) {
    out.append("{\"code\":");
    string(phrase.code());
    out.append(",\"arguments\":{");
    boolean first = true;
    for (java.util.Map.Entry<String, Object> argument : phrase.arguments().entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(argument.getKey());
      out.append(':');
      argument(argument.getValue());
    }
    out.append("},\"text\":");
    string(words.render(phrase));
  }

  /**
   * Writes an argument: a date as an ISO string, a quantity or a year as a number, a period as an ISO
   * 8601 duration, a boolean as itself, an enum constant by its name, a citation and a State as
   * objects, a nested phrase as a phrase.
   */
  private void argument(Object value) {
    if (value instanceof Long || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof java.time.Year) {
      out.append(((java.time.Year) value).getValue());
    } else if (value instanceof Enum) {
      string(((Enum<?>) value).name());
    } else if (value instanceof Citation) {
      citation((Citation) value);
    } else if (value instanceof StateName) {
      out.append("{\"iso3\":");
      string(((StateName) value).iso3());
      out.append(",\"name\":");
      string(((StateName) value).name());
      out.append('}');
    } else if (value instanceof Phrase) {
      phrase((Phrase) value);
    } else {
      string(value.toString());
    }
  }

  private void citation(Citation citation) {
    out.append("{\"reference\":");
    string(citation.reference());
    out.append(",\"text\":");
    string(words.citation(citation));
    out.append(",\"article\":").append(citation.articleNumber()).append(",\"source\":");
    string(citation.source().name());
    out.append('}');
  }

  private void dateField(String name, Optional<LocalDate> date) {
    out.append(",\"").append(name).append("\":");
    date(date);
  }

  private void date(Optional<LocalDate> date) {
    if (date.isPresent()) {
      out.append('"').append(date.get()).append('"');
    } else {
      out.append("null");
    }
  }

  /** Writes {@code text} as a JSON string, escaping quotes, backslashes, control characters and characters beyond Latin-1 (RFC 8259). */
  private void string(String text) {
    out.append('"');
    int plain = 0;
    // A character beyond Latin-1 (an en dash, a curly quote) is written as an escape: the text stays
    // one byte a character, and is copied whole rather than widened.
    while (plain < text.length() && text.charAt(plain) >= 0x20 && text.charAt(plain) <= 0xFF && text.charAt(plain) != '"' && text.charAt(plain) != '\\') {
      plain++;
    }
    // Most texts need no escape: they are copied whole, and only the rest goes character by character.
    out.append(text, 0, plain);
    for (int i = plain; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c > 0xFF) {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
