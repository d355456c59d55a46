package org.minebantreaty.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minebantreaty.data.Roster;
import org.minebantreaty.data.StatesParties;
import org.minebantreaty.rules.PhraseBook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report is one well-formed page with a section and a picture for every State, labels that never
 * overlap, no fetch from the network; and, where a browser is installed, it renders to screenshots
 * that are not blank, with no error in the page's console.
 */
class ReportTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 2);
  private static String report;
  private static Document page;

  @BeforeAll
  static void render() throws Exception {
    Roster roster = StatesParties.bundled();
    report = ReportCommand.render(roster, roster.all(), AS_OF, AS_OF, Locale.ENGLISH);
    page = parse(report);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Element root, String name) {
    NodeList nodes = root.getElementsByTagNameNS("*", name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  @Test
  void everyAssessedStateHasASectionWithItsPictureAndItsFindings() {
    List<Element> sections = elements(page.getDocumentElement(), "section").stream()
        .filter(section -> section.getAttribute("class").equals("state")).toList();
    long inOverview = elements(page.getDocumentElement(), "tbody").get(0).getElementsByTagNameNS("*", "tr").getLength();
    assertThat(sections).hasSize((int) inOverview).hasSizeGreaterThan(150);
    for (Element section : sections) {
      assertThat(elements(section, "svg")).as(section.getAttribute("id")).hasSize(1);
      assertThat(elements(section, "details")).as(section.getAttribute("id")).hasSize(1);
    }
    assertThat(sections).extracting(section -> section.getAttribute("id")).contains("UKR", "THA", "KHM", "ZWE", "GRC");
  }

  @Test
  void thePageFetchesNothing() {
    assertThat(report).contains("xmlns=\"http://www.w3.org/2000/svg\"").doesNotContain("src=", "@import", "<link", "href=\"http");
    assertThat(report.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xhtml", "")).doesNotContain("http");
  }

  /**
   * No two labels of a picture overlap: each label's box, from its position and its estimated width,
   * is apart from every other's. Where the JDK has the font the pages name, each estimate is checked
   * to hold the label as that font measures it.
   */
  @Test
  void noLabelOverlapsAnotherAndEveryEstimateHoldsItsLabel() {
    Font font = new Font("DejaVu Sans", Font.PLAIN, 11);
    boolean measurable = font.getFamily(Locale.ROOT).equals("DejaVu Sans");
    FontRenderContext context = new FontRenderContext(null, true, true);
    List<String> overlaps = new ArrayList<>();
    int labels = 0;
    for (Element svg : elements(page.getDocumentElement(), "svg")) {
      List<double[]> boxes = new ArrayList<>();
      for (Element text : elements(svg, "text")) {
        if (!text.getAttribute("class").equals("label")) {
          continue;
        }
        labels++;
        double x = Double.parseDouble(text.getAttribute("x"));
        double y = Double.parseDouble(text.getAttribute("y"));
        double width = Double.parseDouble(text.getAttribute("data-width"));
        if (measurable) {
          assertThat(font.getStringBounds(text.getTextContent(), context).getWidth()).as(text.getTextContent()).isLessThanOrEqualTo(width);
        }
        assertThat(x).isGreaterThanOrEqualTo(TimelinePicture.LEFT);
        assertThat(x + width).isLessThanOrEqualTo(TimelinePicture.WIDTH - TimelinePicture.RIGHT + 0.1);
        double[] box = {x, y - 10, x + width, y + 3};
        for (double[] other : boxes) {
          if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) {
            overlaps.add(svg.getAttribute("aria-label") + ": " + text.getTextContent());
          }
        }
        boxes.add(box);
      }
    }
    assertThat(labels).isGreaterThan(1000);
    assertThat(overlaps).isEmpty();
  }

  @Test
  void theReportSpeaksTheLanguageAsked() throws Exception {
    Roster roster = StatesParties.bundled();
    for (Locale language : List.of(Locale.FRENCH, Locale.forLanguageTag("es"))) {
      String html = ReportCommand.render(roster, List.of(StatesParties.byCode("UKR").orElseThrow()), AS_OF, AS_OF, language);
      parse(html);
      assertThat(html).contains("lang=\"" + language.getLanguage() + "\"").doesNotContain("Bound by the Convention").doesNotContain("Legend<");
    }
    PhraseBook words = PhraseBook.of(OverviewCommand.class, "words");
    assertThat(words.codes(Locale.FRENCH)).isEqualTo(words.codes(Locale.ENGLISH));
    assertThat(words.codes(Locale.forLanguageTag("es"))).isEqualTo(words.codes(Locale.ENGLISH));
  }

  /**
   * In a real browser, where one is installed (Debian's {@code chromium}): the top of the page and
   * Ukraine's section render to screenshots that are not blank, and the page logs no error. Run with
   * {@code -Dreport.screenshots.write=true} to keep them in {@code docs/}.
   */
  @Test
  void aBrowserRendersTheTopOfThePageAndUkrainesSection() throws Exception {
    Path chromium = browser();
    Assumptions.assumeTrue(chromium != null, "no chromium on this machine: the report was not rendered in a browser");
    Path directory = Path.of("target", "report");
    Files.createDirectories(directory);
    Path html = directory.resolve("report.html");
    Files.writeString(html, report, StandardCharsets.UTF_8);
    Path ukraine = directory.resolve("ukraine.html");
    Files.writeString(ukraine, ReportCommand.render(StatesParties.bundled(), List.of(StatesParties.byCode("UKR").orElseThrow()), AS_OF, AS_OF,
        Locale.ENGLISH), StandardCharsets.UTF_8);
    Path top = screenshot(chromium, html, directory.resolve("report-top.png"), 1200, 1100);
    Path section = screenshot(chromium, ukraine, directory.resolve("report-ukraine.png"), 1200, 1300);
    for (Path picture : List.of(top, section)) {
      java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(picture.toFile());
      assertThat(image).as(picture.toString()).isNotNull();
      java.util.Set<Integer> colours = new java.util.HashSet<>();
      for (int x = 0; x < image.getWidth(); x += 7) {
        for (int y = 0; y < image.getHeight(); y += 7) {
          colours.add(image.getRGB(x, y));
        }
      }
      assertThat(colours).as("colours in %s", picture).hasSizeGreaterThan(20);
      if (Boolean.getBoolean("report.screenshots.write")) {
        Files.copy(picture, Path.of("..", "docs", picture.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static Path browser() {
    for (String name : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(name))) {
        return Path.of(name);
      }
    }
    return null;
  }

  /** Renders {@code page} headless to {@code png}; fails if the browser fails or the page logs an error to its console. */
  private static Path screenshot(Path chromium, Path page, Path png, int width, int height) throws IOException, InterruptedException {
    Files.deleteIfExists(png);
    Path profile = Files.createTempDirectory("chromium");
    Process process = new ProcessBuilder(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(), page.toAbsolutePath().toUri().toString())
        .redirectErrorStream(true).start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(Files.exists(png)).as(log).isTrue();
    List<String> consoleErrors = log.lines().filter(line -> line.contains("CONSOLE") && (line.contains("ERROR") || line.contains("Uncaught"))).toList();
    assertThat(consoleErrors).as("console errors of %s", page).isEmpty();
    return png;
  }
}
