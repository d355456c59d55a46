package org.minebantreaty.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import org.minebantreaty.core.State;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Convention;

/**
 * {@code assess [--as-of YYYY-MM-DD] [--format text|markdown|json]}: reads States as CSV (the columns of
 * {@code deadlines}) and prints each one's full assessment: its deadlines, then every finding grouped
 * by article with status, deadline, summary and reasons. Nothing is printed if any row is bad.
 */
final class AssessCommand {

  /** The output formats. */
  enum Format {
    TEXT,
    MARKDOWN,
    JSON
  }

  private AssessCommand() {}

  static void run(Reader input, PrintWriter out, LocalDate asOf, Format format, java.util.Locale language) throws IOException, BadInputException {
    List<State> states = DeadlinesCommand.readStates(input);
    StringBuilder report = new StringBuilder();
    if (format == Format.JSON) {
      report.append('[');
    }
    for (State state : states) {
      Assessment assessment = Convention.standard().assess(state, asOf);
      if (format == Format.JSON) {
        report.append(report.length() > 1 ? ",\n" : "").append(assessment.toJson(language));
        continue;
      }
      if (report.length() > 0) {
        report.append('\n');
      }
      report.append(format == Format.MARKDOWN ? assessment.toMarkdown(language) : assessment.toText(language));
    }
    if (format == Format.JSON) {
      report.append("]\n");
    }
    out.print(report);
  }
}
