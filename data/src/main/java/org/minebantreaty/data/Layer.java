package org.minebantreaty.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where the rows of a data set come from: the bundled resources, or a user's directory laid over them. */
abstract class Layer {

  /** The files a layer may hold, in the order they are read. */
  static final List<String> FILES = DataSetLoader.COLUMNS.keySet().asList();

  /** Returns the bundled resources. */
  static Layer bundled() {
    return new Bundled();
  }

  /** Returns the CSV files of {@code directory}. */
  static Layer directory(Path directory) {
    return new Directory(directory);
  }

  /** How messages and the overview name the layer. */
  abstract String describe();

  /** Whether this is the bundled set, whose files must all be present and whose rows the manifest counts. */
  abstract boolean isBundled();

  /** The file {@code name} of the layer, read whole; empty when a user's directory does not have it. */
  abstract Optional<CsvResource> file(String name, List<String> columns);

  /** Checks the layer holds no file the loader would ignore. */
  abstract void checkNoOtherFiles();

  static final class Bundled extends Layer {
    static final String BASE = "/org/minebantreaty/data/";

    @Override
    String describe() {
      return "the bundled data set of " + StatesParties.CURRENT_AS_OF;
    }

    @Override
    boolean isBundled() {
      return true;
    }

    @Override
    Optional<CsvResource> file(String name, List<String> columns) {
      return Optional.of(CsvResource.load(BASE + name, columns));
    }

    @Override
    void checkNoOtherFiles() {}
  }

  private static final class Directory extends Layer {
    private final Path directory;

    Directory(Path directory) {
      this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    String describe() {
      return directory.toString();
    }

    @Override
    boolean isBundled() {
      return false;
    }

    @Override
    Optional<CsvResource> file(String name, List<String> columns) {
      Path file = directory.resolve(name);
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file)) {
        return Optional.of(CsvResource.parse(file.toString(), in.readAllBytes(), columns));
      } catch (IOException unreadable) {
        throw new DataSetException(file + " cannot be read: " + unreadable.getMessage(), unreadable);
      }
    }

    @Override
    void checkNoOtherFiles() {
      if (!Files.isDirectory(directory)) {
        throw new DataSetException(directory + " is not a directory of CSV files", null);
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
        for (Path file : files) {
          String name = file.getFileName().toString();
          if (name.toLowerCase(Locale.ROOT).endsWith(".csv") && !FILES.contains(name)) {
            throw new DataSetException(file + " is not a file of the data set" + InputText.nearest(name, FILES).map(n -> "; did you mean " + n + "?").orElse(";")
                + " the files are " + String.join(", ", FILES), null);
          }
        }
      } catch (IOException unreadable) {
        throw new DataSetException(directory + " cannot be read: " + unreadable.getMessage(), unreadable);
      }
    }
  }
}
