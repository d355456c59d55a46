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
