package org.minebantreaty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's example is QuickStart's code, and the output it shows is what that code prints. */
class ReadmeTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path QUICK_START = Path.of("src", "main", "java", "org", "minebantreaty", "examples", "QuickStart.java");

  @Test
  void theReadmeExampleIsTheQuickStartCode() throws IOException {
    List<String> source = Files.readAllLines(QUICK_START, StandardCharsets.UTF_8);
    int begin = source.indexOf("    // README:begin");
    int end = source.indexOf("    // README:end");
    String code = source.subList(begin + 1, end).stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n"));
    assertThat(codeBlockAfter("<!-- README:example")).isEqualTo(code);
  }

  @Test
  void theReadmeOutputIsWhatTheExamplePrints() throws IOException {
    assertThat(QuickStart.run()).startsWith(codeBlockAfter("<!-- README:output") + "\n");
  }

  @Test
  void theReadmeShowsGreecesArticle4FindingInFrenchAndSpanishAsTheExamplePrintsIt() throws IOException {
    List<String> source = Files.readAllLines(QUICK_START, StandardCharsets.UTF_8);
    int begin = source.indexOf("    // README:languages-begin");
    int end = source.indexOf("    // README:languages-end");
    String code = source.subList(begin + 1, end).stream().map(line -> line.substring(4)).collect(Collectors.joining("\n"));
    assertThat(codeBlockAfter("<!-- README:languages")).isEqualTo(code);
    String printed = codeBlockAfter("<!-- README:languages-output");
    assertThat(QuickStart.run()).contains(printed + "\n");
    assertThat(printed).contains("1er mars 2008").contains("586\u00a0159").contains("1 de marzo de 2008").contains("586.159");
  }

  /**
   * The README's Python example, run on the JSON the command line prints for Greece, prints what the
   * README says. Where no {@code python3} is installed the test is skipped, and says so.
   */
  @Test
  void theReadmePythonExampleReadsTheJsonAsTheReadmeSays() throws IOException, InterruptedException {
    java.io.StringWriter json = new java.io.StringWriter();
    int status = org.minebantreaty.examples.cli.OttawaCli.run(new String[] {"assess", "--state", "GRC", "--format", "json", "--as-of", "2026-12-02"},
        new java.io.StringReader(""), new java.io.PrintWriter(json), new java.io.PrintWriter(new java.io.StringWriter()), java.time.Clock.systemUTC());
    assertThat(status).isZero();
    Path script = Files.createTempFile("overdue", ".py");
    Files.writeString(script, codeBlockAfter("<!-- README:python"), StandardCharsets.UTF_8);
    ProcessBuilder python = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true);
    Process process;
    try {
      process = python.start();
    } catch (IOException noPython) {
      org.junit.jupiter.api.Assumptions.abort("python3 is not installed here: the README's Python example was not run");
      return;
    }
    try (java.io.OutputStream in = process.getOutputStream()) {
      in.write(json.toString().getBytes(StandardCharsets.UTF_8));
    }
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(printed).isZero();
    assertThat(printed.strip()).isEqualTo(codeBlockAfter("<!-- README:python-output"));
  }

  private static String codeBlockAfter(String marker) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int at = readme.indexOf(marker);
    assertThat(at).as("marker %s in README.md", marker).isNotNegative();
    int open = readme.indexOf("```", at);
    int start = readme.indexOf('\n', open) + 1;
    int close = readme.indexOf("\n```", start);
    return readme.substring(start, close);
  }
}
