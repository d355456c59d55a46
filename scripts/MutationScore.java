import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The mutation score of each library module, counting every test that exercises its classes.
 *
 * <p>A mutation run mutates a module's classes with its own tests, and, with {@code
 * -Dpit.crossModule=true}, the classes of the modules it depends on with its tests as well. So
 * core's classes are judged twice: by core's tests in {@code core/target/pit-reports}, and by
 * rules' tests in {@code rules/target/pit-reports}. A mutant counts as detected when either run
 * detects it; this joins the reports on the mutant's identity (class, method, line, mutator and
 * instruction) and prints each module's score, and with {@code --survivors} every mutant no test
 * detects.
 *
 * <p>Run from the project's root, after the mutation profile: {@code java scripts/MutationScore.java
 * [--survivors] [REPORT ...]}; the reports default to core's and rules'.
 */
public final class MutationScore {

  private record Mutant(String module, String sourceFile, int line, String method, String description) {}

  public static void main(String[] args) throws Exception {
    boolean survivors = false;
    List<Path> reports = new ArrayList<>();
    for (String argument : args) {
      if (argument.equals("--survivors")) {
        survivors = true;
      } else {
        reports.add(Path.of(argument));
      }
    }
    if (reports.isEmpty()) {
      reports = List.of(Path.of("core/target/pit-reports/mutations.xml"), Path.of("rules/target/pit-reports/mutations.xml"));
    }
    Map<String, Mutant> mutants = new LinkedHashMap<>();
    Map<String, Boolean> detected = new LinkedHashMap<>();
    for (Path report : reports) {
      if (!Files.isRegularFile(report) || Files.size(report) == 0) {
        System.err.println("MutationScore: no report at " + report + "; run ./mvnw -B -Pmutation -pl core,rules verify -Dpit.crossModule=true first");
        System.exit(2);
      }
      NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile()).getElementsByTagName("mutation");
      for (int i = 0; i < nodes.getLength(); i++) {
        Element mutation = (Element) nodes.item(i);
        String mutatedClass = text(mutation, "mutatedClass");
        String key = String.join("|", mutatedClass, text(mutation, "mutatedMethod"), text(mutation, "methodDescription"),
            text(mutation, "lineNumber"), text(mutation, "mutator"), text(mutation, "indexes"), text(mutation, "description"));
        mutants.putIfAbsent(key, new Mutant(module(mutatedClass), text(mutation, "sourceFile"), Integer.parseInt(text(mutation, "lineNumber")),
            text(mutation, "mutatedMethod"), text(mutation, "description")));
        detected.merge(key, mutation.getAttribute("detected").equals("true"), Boolean::logicalOr);
      }
    }
    Map<String, int[]> byModule = new TreeMap<>();
    for (Map.Entry<String, Mutant> entry : mutants.entrySet()) {
      int[] counts = byModule.computeIfAbsent(entry.getValue().module(), module -> new int[2]);
      counts[0]++;
      if (detected.get(entry.getKey())) {
        counts[1]++;
      }
    }
    for (Map.Entry<String, int[]> module : byModule.entrySet()) {
      int[] counts = module.getValue();
      System.out.printf("%-6s %5d of %5d mutants detected: %.1f %%%n", module.getKey(), counts[1], counts[0], 100.0 * counts[1] / counts[0]);
    }
    if (survivors) {
      mutants.entrySet().stream()
          .filter(entry -> !detected.get(entry.getKey()))
          .map(Map.Entry::getValue)
          .sorted(java.util.Comparator.comparing(Mutant::sourceFile).thenComparingInt(Mutant::line))
          .forEach(mutant -> System.out.println(mutant.module() + " " + mutant.sourceFile() + ":" + mutant.line() + " "
              + mutant.method() + ": " + mutant.description()));
    }
  }

  /** The module a class belongs to: the package after {@code org.minebantreaty}. */
  private static String module(String className) {
    String rest = className.startsWith("org.minebantreaty.") ? className.substring("org.minebantreaty.".length()) : className;
    return rest.indexOf('.') < 0 ? "(no module)" : rest.substring(0, rest.indexOf('.'));
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }
}
