package org.minebantreaty.data;

import java.util.List;
import java.util.Map;

/**
 * The bundled set's count of rows in each file ({@code manifest.csv}). A file cut short or emptied by
 * a bad edit or merge would otherwise load silently with fewer facts, since every row is optional;
 * the counts make the loader refuse it. A user's directory has no manifest: fewer rows there is a
 * choice.
 */
final class Manifest {

  private Manifest() {}

  static void check(Map<String, CsvResource> files) {
    CsvResource manifest = CsvResource.load(Layer.Bundled.BASE + "manifest.csv", List.of("file", "rows"));
    for (CsvResource.Row row : manifest.rows()) {
      String file = row.required("file");
      CsvResource resource = files.get(file);
      if (resource == null) {
        throw row.fail("file", file, "the manifest names a file the data set does not have");
      }
      long expected = row.count("rows").orElseThrow(() -> row.fail("rows", "", "the number of rows is required"));
      if (resource.rows().size() != expected) {
        throw new DataSetException(resource.name(), resource.rows().size() + 1, "(file)", file,
            "the file holds " + resource.rows().size() + " rows where manifest.csv counts " + expected + "; it was cut short or added to without the manifest");
      }
    }
    if (manifest.rows().size() != files.size()) {
      throw new DataSetException(manifest.name(), 1, "(file)", String.valueOf(manifest.rows().size()), "the manifest counts the rows of every file of the data set, " + files.size());
    }
  }
}
