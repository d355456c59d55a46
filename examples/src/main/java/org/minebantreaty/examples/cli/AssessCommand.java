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
 * {@code assess [--as-of YYYY-MM-DD] [--format text|markdown]}: reads States as CSV (the columns of
 * {@code deadlines}) and prints each one's full assessment: its deadlines, then every finding grouped
 * by article with status, deadline, summary and reasons. Nothing is printed if any row is bad.
 */
final class AssessCommand {

  /** The output formats. */
  enum Format {
    TEXT,
    MARKDOWN
  }

  private AssessCommand() {}

  static void run(Reader input, PrintWriter out, LocalDate asOf, Format format) throws IOException, BadInputException {
    List<State> states = DeadlinesCommand.readStates(input);
    StringBuilder report = new StringBuilder();
    for (State state : states) {
      Assessment assessment = Convention.standard().assess(state, asOf);
      if (report.length() > 0) {
        report.append('\n');
      }
      report.append(format == Format.MARKDOWN ? assessment.toMarkdown() : assessment.toText());
    }
    out.print(report);
  }
}
