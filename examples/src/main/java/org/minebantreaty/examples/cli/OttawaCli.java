package org.minebantreaty.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.minebantreaty.core.State;
import org.minebantreaty.data.DataSetException;
import org.minebantreaty.data.InputText;
import org.minebantreaty.data.Roster;
import org.minebantreaty.data.StatesParties;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Phrase;

/**
 * The command-line tool: {@code java -jar ottawa-examples.jar deadlines [--as-of YYYY-MM-DD] < states.csv},
 * and {@code assess [--as-of YYYY-MM-DD] [--format text|markdown|json] < states.csv} for the full findings.
 *
 * <p>Exit status: 0 on success; 2 on bad input or bad arguments, with a message on standard error
 * naming the line, column and value, and nothing on standard output.
 */
public final class OttawaCli {

  /** Exit status for success. */
  public static final int OK = 0;
  /** Exit status for bad input or arguments. */
  public static final int BAD_INPUT = 2;
  /** Exit status for a fault of the tool itself, which no input should cause. */
  public static final int INTERNAL_ERROR = 1;

  static final List<String> COMMANDS = List.of("deadlines", "assess", "timeline", "report");

  /** The options that take a value, with what the value must be. */
  private static final java.util.Map<String, String> OPTIONS_WITH_VALUES = java.util.Map.of(
      "--as-of", "a date YYYY-MM-DD",
      "--format", "text, markdown, json, csv or svg, as the command accepts (see --help)",
      "--state", "an ISO 3166-1 alpha-3 code, such as UKR",
      "--data", "a directory of CSV files in the data set's formats",
      "--lang", inWords(Phrase.LANGUAGES.stream().map(Locale::getLanguage).toList()),
      "--from", "a date YYYY-MM-DD",
      "--to", "a date YYYY-MM-DD");

  static final java.util.Set<String> OPTIONS = java.util.Set.of("--as-of", "--format", "--state", "--all", "--data", "--lang", "--from", "--to", "--help", "--version");

  /** The codes {@code --lang} accepts, as the usage writes them: the library's languages. */
  private static final String LANGUAGE_CODES = String.join("|", Phrase.LANGUAGES.stream().map(Locale::getLanguage).toList());

  static final String USAGE = String.join("\n",
      "usage: java -jar ottawa-examples.jar help [COMMAND] | --help | --version",
      "       java -jar ottawa-examples.jar deadlines [--as-of YYYY-MM-DD] [--lang " + LANGUAGE_CODES + "] < states.csv",
      "       java -jar ottawa-examples.jar assess [--as-of YYYY-MM-DD] [--format " + choices(AssessCommand.Format.class) + "] [--lang " + LANGUAGE_CODES + "] < states.csv",
      "       java -jar ottawa-examples.jar assess --all [--as-of YYYY-MM-DD] [--format " + choices(OverviewCommand.Format.class) + "] [--lang " + LANGUAGE_CODES + "] [--data DIR]",
      "       java -jar ottawa-examples.jar assess --state ISO3 [--as-of YYYY-MM-DD] [--format " + choices(AssessCommand.Format.class) + "] [--lang " + LANGUAGE_CODES + "] [--data DIR]",
      "       java -jar ottawa-examples.jar timeline --state ISO3 [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format " + choices(TimelineCommand.Format.class) + "] [--lang " + LANGUAGE_CODES + "] [--data DIR]",
      "       java -jar ottawa-examples.jar timeline --all [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format csv [--data DIR]",
      "       java -jar ottawa-examples.jar report --all [--as-of YYYY-MM-DD] [--lang " + LANGUAGE_CODES + "] [--data DIR] > report.html",
      "       java -jar ottawa-examples.jar report --state ISO3 [--as-of YYYY-MM-DD] [--lang " + LANGUAGE_CODES + "] [--data DIR] > report.html",
      "",
      "  deadlines   read States as CSV on standard input, write their treaty deadlines as CSV",
      "              input columns (any order, empty = unknown): " + String.join(",", DeadlinesCommand.INPUT_COLUMNS),
      "              output columns: " + DeadlinesCommand.OUTPUT_HEADER,
      "  assess      read the same CSV, print each State's findings grouped by article, with reasons",
      "  timeline    every day on which a State's findings or deadlines changed, its periods of",
      "              non-compliance and how its deadlines moved; with --all, one CSV row per change",
      "  report      one self-contained HTML page: the overview, sortable, then each State's findings",
      "              and a picture of its history from signature to ten years after --as-of",
      "  --all       every State of the bundled data set: one line each, then a summary",
      "  --state     assess one State of the bundled data set, by ISO 3166-1 alpha-3 code, with reasons",
      "  --as-of     the date the States are judged on (default: today)",
      "  --from      timeline: the first day (default: the State's signature or deposit, whichever is first)",
      "  --to        timeline: the last day (default: ten years after today)",
      "  --data      a directory of CSV files laid over the bundled data set (see data/SOURCES.md)",
      "  --format    text (default), markdown or json for assess; text, markdown or csv with --all;",
      "              text (default), csv, json or svg for timeline --state; csv for timeline --all",
      "  --lang      the language of findings and summaries: en (default), fr or es; codes, dates in",
      "              columns and JSON field names stay as they are; deadlines writes only dates",
      "  options may also be written --option=value");

  private OttawaCli() {}

  /** {@code items} as a sentence lists them: "en, fr or es". */
  private static String inWords(List<String> items) {
    return items.size() == 1 ? items.get(0)
        : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }

  /** The names {@code --format} accepts for {@code formats}, as the usage writes them: {@code text|csv}. */
  private static String choices(Class<? extends Enum<?>> formats) {
    StringBuilder names = new StringBuilder();
    for (Enum<?> format : formats.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : "|").append(format.name().toLowerCase(Locale.ROOT));
    }
    return names.toString();
  }

  /** Runs the tool on the process's standard streams and exits with its status. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    if (standardInputIsATerminal() && readsStandardInput(options(args))) {
      // A person at a terminal who typed "assess" alone would otherwise see nothing happen.
      err.println("ottawa-examples: reading States as CSV from standard input (end with Ctrl-D, or Ctrl-Z on Windows);"
          + " to assess the bundled data set, give --all or --state ISO3");
    }
    int status = run(args, Utf8Input.of(System.in), out, err, Clock.systemDefaultZone());
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Whether a person, not a pipe or a file, is on standard input. From Java 22 the console exists
   * even for piped streams and says itself whether it is a terminal; before, it exists only when both
   * standard input and output are one.
   */
  private static boolean standardInputIsATerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException beforeJava22) {
      return true;
    }
  }

  /** Whether the command named by {@code arguments} reads States from standard input. */
  static boolean readsStandardInput(List<String> arguments) {
    return !arguments.isEmpty() && (arguments.get(0).equals("deadlines")
        || arguments.get(0).equals("assess") && !arguments.contains("--all") && !arguments.contains("--state"));
  }

  /**
   * Runs the tool with explicit streams and clock (the clock only supplies the default {@code
   * --as-of}), returning the exit status.
   */
  public static int run(String[] args, Reader in, PrintWriter out, PrintWriter err, Clock clock) {
    List<String> arguments = options(args);
    try {
      if (arguments.contains("--version") || arguments.equals(List.of("version"))) {
        out.println("ottawa-examples " + version());
        out.flush();
        return OK;
      }
      if (!arguments.isEmpty() && arguments.get(0).equals("help")) {
        return help(arguments.subList(1, arguments.size()), out);
      }
      if (arguments.isEmpty() || arguments.contains("--help") || arguments.contains("-h")) {
        (arguments.isEmpty() ? err : out).println(USAGE);
        return arguments.isEmpty() ? BAD_INPUT : OK;
      }
      String command = arguments.get(0);
      if (!COMMANDS.contains(command)) {
        throw new BadInputException("unknown command " + BadInputException.quoted(command)
            + InputText.nearest(command, COMMANDS).map(near -> "; did you mean " + near + "?").orElse("") + " (see --help)");
      }
      LocalDate asOf = LocalDate.now(clock);
      String format = "text";
      Locale language = Locale.ENGLISH;
      boolean all = false;
      String stateCode = null;
      Path dataDirectory = null;
      LocalDate from = null;
      LocalDate to = null;
      java.util.Set<String> given = new java.util.HashSet<>();
      for (int i = 1; i < arguments.size(); i++) {
        String argument = arguments.get(i);
        boolean valueFollows = i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--");
        if (OPTIONS_WITH_VALUES.containsKey(argument) && !valueFollows) {
          throw new BadInputException("option " + argument + " needs a value: " + OPTIONS_WITH_VALUES.get(argument));
        }
        if (argument.startsWith("--") && !given.add(argument)) {
          throw new BadInputException("option " + argument + " is given twice; give it once");
        }
        if (argument.equals("--as-of") && command.equals("timeline")) {
          throw new BadInputException("option --as-of is not accepted by timeline, which runs from --from to --to");
        } else if (argument.equals("--as-of")) {
          asOf = asOf(arguments.get(++i));
        } else if (argument.equals("--lang")) {
          language = language(arguments.get(++i));
        } else if (argument.equals("--from") && command.equals("timeline")) {
          from = date("--from", arguments.get(++i));
        } else if (argument.equals("--to") && command.equals("timeline")) {
          to = date("--to", arguments.get(++i));
        } else if (argument.equals("--format") && !command.equals("deadlines")) {
          format = arguments.get(++i);
        } else if (argument.equals("--all") && !command.equals("deadlines") && stateCode == null) {
          all = true;
        } else if (argument.equals("--state") && !command.equals("deadlines") && !all) {
          stateCode = arguments.get(++i);
        } else if (argument.equals("--data") && !command.equals("deadlines")) {
          String directory = arguments.get(++i);
          if (directory.isBlank()) {
            throw new BadInputException("option --data needs a value: " + OPTIONS_WITH_VALUES.get("--data"));
          }
          try {
            dataDirectory = Path.of(directory);
          } catch (java.nio.file.InvalidPathException notAPath) {
            throw new BadInputException("argument --data, value " + BadInputException.quoted(directory) + ": not a path of this system");
          }
        } else {
          throw new BadInputException("argument " + BadInputException.quoted(argument) + " is not accepted by " + command
              + InputText.nearest(argument, List.copyOf(OPTIONS)).filter(near -> !near.equals(argument)).map(near -> "; did you mean " + near + "?").orElse("")
              + " (see --help)");
        }
      }
      if (dataDirectory != null && !all && stateCode == null) {
        throw new BadInputException("option --data lays a directory over the bundled data set, so it goes with --all or --state");
      }
      if (command.equals("report")) {
        if (!all && stateCode == null) {
          throw new BadInputException("report needs --state ISO3 or --all");
        }
        if (given.contains("--format")) {
          throw new BadInputException("argument --format is not accepted by report, which writes HTML");
        }
        Roster roster = roster(dataDirectory);
        List<State> states = all ? roster.all() : List.of(state(roster, stateCode));
        out.print(ReportCommand.render(roster, states, asOf, LocalDate.now(clock), language));
      } else if (command.equals("timeline")) {
        if (!all && stateCode == null) {
          throw new BadInputException("timeline needs --state ISO3 or --all");
        }
        if (from != null && to != null && to.isBefore(from)) {
          throw new BadInputException("argument --to, value \"" + to + "\": before --from, " + from + "; a timeline runs forward");
        }
        Roster roster = roster(dataDirectory);
        LocalDate end = to != null ? to : LocalDate.now(clock).plusYears(10);
        if (all) {
          TimelineCommand.Format chosen = format(TimelineCommand.Format.class, format, " with timeline --all");
          if (chosen != TimelineCommand.Format.CSV) {
            throw new BadInputException("argument --format, value " + BadInputException.quoted(format) + ": timeline --all writes csv only, one row per change");
          }
          TimelineCommand.all(roster.all(), from, end, out);
        } else {
          State state = state(roster, stateCode);
          if (TimelineCommand.start(state, from).isAfter(end)) {
            throw new BadInputException("argument --to, value \"" + end + "\": before the timeline's first day, " + TimelineCommand.start(state, from)
                + "; a timeline runs forward");
          }
          TimelineCommand.one(state, from, end, LocalDate.now(clock), format(TimelineCommand.Format.class, format, " with timeline"), language, out);
        }
      } else if (command.equals("deadlines")) {
        DeadlinesCommand.run(in, out, asOf);
      } else if (all) {
        OverviewCommand.Format chosen = format(OverviewCommand.Format.class, format, " with --all");
        out.print(OverviewCommand.render(roster(dataDirectory), asOf, LocalDate.now(clock), chosen, language));
      } else if (stateCode != null) {
        State state = state(roster(dataDirectory), stateCode);
        Assessment assessment = Convention.standard().assess(state, asOf);
        AssessCommand.Format chosen = format(AssessCommand.Format.class, format, "");
        out.print(chosen == AssessCommand.Format.JSON ? assessment.toJson(language) + "\n"
            : chosen == AssessCommand.Format.MARKDOWN ? assessment.toMarkdown(language) : assessment.toText(language));
      } else {
        AssessCommand.run(in, out, asOf, format(AssessCommand.Format.class, format, ""), language);
      }
      out.flush();
      return OK;
    } catch (BadInputException bad) {
      return refuse(err, bad.getMessage());
    } catch (DataSetException badData) {
      return refuse(err, badData.getMessage());
    } catch (Utf8Input.NotUtf8Exception notText) {
      return refuse(err, notText.getMessage());
    } catch (IOException unreadable) {
      return refuse(err, "cannot read the input: " + unreadable.getMessage());
    } catch (RuntimeException bug) {
      // Never a stack trace for a user: every bad input is refused above, so this is the tool's own fault.
      err.println("ottawa-examples: internal error, please report it with the command that caused it: " + bug);
      err.flush();
      return INTERNAL_ERROR;
    }
  }

  /** The arguments with each {@code --option=value} written as {@code --option value}, as most tools accept. */
  static List<String> options(String[] args) {
    List<String> arguments = new ArrayList<>();
    for (String argument : args) {
      int equals = argument.indexOf('=');
      if (argument.startsWith("--") && equals > 2) {
        arguments.add(argument.substring(0, equals));
        arguments.add(argument.substring(equals + 1));
      } else {
        arguments.add(argument);
      }
    }
    return arguments;
  }

  /** {@code help} or {@code help COMMAND}: the usage, or the part of it on one command. */
  private static int help(List<String> topic, PrintWriter out) throws BadInputException {
    if (topic.isEmpty()) {
      out.println(USAGE);
      return OK;
    }
    String command = topic.get(0);
    if (!COMMANDS.contains(command)) {
      throw new BadInputException("help: unknown command " + BadInputException.quoted(command)
          + InputText.nearest(command, COMMANDS).map(near -> "; did you mean " + near + "?").orElse("") + " (the commands are " + String.join(", ", COMMANDS) + ")");
    }
    StringBuilder text = new StringBuilder();
    boolean first = true;
    for (String line : USAGE.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("java -jar ottawa-examples.jar " + command)) {
        text.append(first ? "usage: " : "       ").append(trimmed).append('\n');
        first = false;
      }
    }
    out.print(text);
    out.println(USAGE.substring(USAGE.indexOf("\n\n") + 1));
    return OK;
  }

  /** The tool's version, as the build wrote it. */
  static String version() {
    try (java.io.InputStream in = OttawaCli.class.getResourceAsStream("/org/minebantreaty/examples/version.properties")) {
      java.util.Properties properties = new java.util.Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "(unknown version)");
    } catch (IOException unreadable) {
      return "(unknown version)";
    }
  }

  /** The State of {@code roster} with the code given to {@code --state}, or a refusal that says why there is none. */
  private static State state(Roster roster, String code) throws BadInputException {
    return roster.byCode(code).orElseThrow(() -> new BadInputException("argument --state, value " + BadInputException.quoted(code) + ": "
        + (roster.record(code).isPresent()
            ? "the data set does not yet date this State's instrument, so it is not assessed"
            : "no State with this ISO 3166-1 alpha-3 code is in the data set")));
  }

  /** The bundled data set, with {@code directory} laid over it when one is given. */
  private static Roster roster(Path directory) {
    return directory == null ? StatesParties.bundled() : StatesParties.load(directory);
  }

  private static int refuse(PrintWriter err, String message) {
    err.println("ottawa-examples: " + message);
    err.flush();
    return BAD_INPUT;
  }

  /** The language named {@code text}: one of the library's, by its ISO 639-1 code. */
  private static Locale language(String text) throws BadInputException {
    List<String> codes = Phrase.LANGUAGES.stream().map(Locale::getLanguage).toList();
    String code = text.trim().toLowerCase(Locale.ROOT);
    if (!codes.contains(code)) {
      throw new BadInputException("argument --lang, value " + BadInputException.quoted(text) + ": expected " + String.join(", ", codes)
          + " (English, French or Spanish)" + InputText.nearest(code, codes).filter(near -> !near.equals(code)).map(near -> "; did you mean " + near + "?").orElse(""));
    }
    return Locale.forLanguageTag(code);
  }

  /**
   * The format named {@code text}, one of {@code formats}' constants in lower case; the error lists
   * them, followed by {@code context}.
   */
  private static <F extends Enum<F>> F format(Class<F> formats, String text, String context) throws BadInputException {
    List<String> names = new ArrayList<>();
    for (F format : formats.getEnumConstants()) {
      String name = format.name().toLowerCase(Locale.ROOT);
      if (name.equals(text)) {
        return format;
      }
      names.add(name);
    }
    throw new BadInputException("argument --format, value " + BadInputException.quoted(text) + ": expected "
        + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1) + context);
  }

  private static LocalDate asOf(String text) throws BadInputException {
    return date("--as-of", text);
  }

  /** The date given to {@code option}. */
  private static LocalDate date(String option, String text) throws BadInputException {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      throw new BadInputException("argument " + option + ", value " + BadInputException.quoted(text) + ": not a date (expected YYYY-MM-DD)");
    }
  }
}
