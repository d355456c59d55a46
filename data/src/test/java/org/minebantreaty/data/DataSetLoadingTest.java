package org.minebantreaty.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minebantreaty.rules.Convention;

/** A user's directory laid over the bundled set, and the corruptions the loader itself refuses. */
class DataSetLoadingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static Path write(Path directory, String file, String text) throws IOException {
    Files.writeString(directory.resolve(file), text, StandardCharsets.UTF_8);
    return directory;
  }

  @Nested
  class AUsersDirectory {

    @Test
    void aGrantOfALaterMeetingMovesTheDeadlineAndTheBundledSetIsUntouched(@TempDir Path directory) throws IOException {
      write(directory, "extensions.csv", String.join(",", StatesParties.EXTENSION_COLUMNS) + "\n"
          + "ZWE,22MSP 2025,,2025-12-31,2030-12-31,\"hypothetical: the final report of the 22nd Meeting\"\n");
      Roster roster = StatesParties.load(directory);
      assertThat(Convention.standard().assess(roster.byCode("ZWE").orElseThrow(), TODAY).deadlines().minedAreaCurrent())
          .contains(LocalDate.of(2030, 12, 31));
      assertThat(Convention.standard().assess(StatesParties.byCode("ZWE").orElseThrow(), TODAY).deadlines().minedAreaCurrent())
          .contains(LocalDate.of(2025, 12, 31));
      assertThat(roster.layers()).containsExactly("the bundled data set of " + StatesParties.CURRENT_AS_OF, directory.toAbsolutePath().normalize().toString());
      assertThat(roster.all()).hasSameSizeAs(StatesParties.all());
    }

    @Test
    void aRowWithTheKeyOfABundledRowReplacesIt(@TempDir Path directory) throws IOException {
      write(directory, "extensions.csv", String.join(",", StatesParties.EXTENSION_COLUMNS) + "\n"
          + "ZWE,16MSP 2017,,2018-01-01,2024-12-31,a correction, for the test\n".replace("a correction, for the test", "\"a correction, for the test\""));
      Roster roster = StatesParties.load(directory);
      assertThat(roster.records().extensions().stream().filter(e -> e.iso3().equals("ZWE"))).hasSize(
          (int) StatesParties.records().extensions().stream().filter(e -> e.iso3().equals("ZWE")).count());
      assertThat(Convention.standard().assess(roster.byCode("ZWE").orElseThrow(), TODAY).deadlines().minedAreaCurrent()).contains(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aUserWhoFindsTheMeetingOfAGrantKnownByItsNewDeadlineReplacesItRatherThanAddingASecond(@TempDir Path directory) throws IOException {
      write(directory, "extensions.csv", String.join(",", StatesParties.EXTENSION_COLUMNS) + "\n"
          + "GNB,20MSP 2022,,,2024-12-31,\"hypothetical: the meeting found\"\n");
      Roster roster = StatesParties.load(directory);
      assertThat(roster.records().extensions().stream().filter(e -> e.iso3().equals("GNB"))).hasSize(3)
          .anySatisfy(e -> assertThat(e.meeting()).isEqualTo("20MSP 2022"));
    }

    @Test
    void aWithdrawalIsAdded(@TempDir Path directory) throws IOException {
      write(directory, "withdrawals.csv", "iso3,received_on,effective_announced,source\nGRC,2026-01-05,2026-07-05,hypothetical\n");
      Roster roster = StatesParties.load(directory);
      assertThat(roster.byCode("GRC").orElseThrow().withdrawal()).isPresent();
      assertThat(StatesParties.byCode("GRC").orElseThrow().withdrawal()).isEmpty();
    }
  }

  static Stream<Arguments> badDirectories() {
    String extensions = String.join(",", StatesParties.EXTENSION_COLUMNS) + "\n";
    return Stream.of(
        Arguments.of("extension.csv", extensions, "extension.csv is not a file of the data set; did you mean extensions.csv?"),
        Arguments.of("withdrawals.csv", "iso3,withdrawl_received,effective_announced,source\n", "column (header), value \"withdrawl_received\": unknown column"),
        Arguments.of("extensions.csv", extensions + "ZWE,22MSP 2025,,2025-12-31,2030-12-31,\n", "extensions.csv line 2, column source, value \"\": every row names the source"),
        Arguments.of("extensions.csv", extensions + "ZWE,22MSP 2025,,2025-12-31,2030-12-31,a\nZWE,22MSP 2025,,2025-12-31,2030-12-31,a\n",
            "extensions.csv line 3, column (row), value \"ZWE meeting 22MSP\": line 2 holds a row with the same key"),
        Arguments.of("extensions.csv", extensions + "ZWE,23MSP 2026,,2025-12-31,2030-12-31,a\n", "value \"23MSP 2026\": meetings.csv records no meeting 23MSP"),
        Arguments.of("withdrawals.csv", "iso3,received_on,effective_announced,source\nGRC,2026-01-05,2026-07-06,a\n",
            "withdrawals.csv line 2, column effective_announced, value \"2026-07-06\": Art. 20(3) makes a withdrawal received on 2026-01-05 take effect on 2026-07-05"),
        Arguments.of("states.csv", "iso3,name,signed,signatory_date_unknown,instrument,deposited,succession_effective,eif_recorded,art18_declared,source\n"
            + "XKX,Kosovo,,,accession,2027-01-10,,2027-06-01,,a\n", "states.csv line 2, column eif_recorded, value \"2027-06-01\": Art. 17 gives 2027-07-01"),
        Arguments.of("clearance.csv", "iso3,completed,source\nXYZ,2027,a\n", "clearance.csv line 2, column iso3, value \"XYZ\": states.csv lists no State with this code"),
        Arguments.of("states.csv", "iso3,name,signed,signatory_date_unknown,instrument,deposited,succession_effective,eif_recorded,art18_declared,source\n"
            + "XKX,Kosovo,1997-12-03,,accession,2027-01-10,,,,a\n", "states.csv line 2, column (row), value \"XKX\": the records of XKX do not make a valid State"),
        Arguments.of("no_mined_areas.csv", "iso3,source\nZWE,a\n", "no_mined_areas.csv line 2, column iso3, value \"ZWE\": extensions.csv records Art. 5 work by this State"),
        Arguments.of("extensions.csv", extensions + "ZWE,,,2030-12-31,2031-12-31,a\nZWE,,,2031-12-31,2030-12-31,a\n",
            "extensions.csv line 3, column granted_until, value \"2030-12-31\": an extension runs beyond the deadline it replaced, 2031-12-31"),
        Arguments.of("withdrawals.csv", "iso3,received_on,effective_announced,source\nGRC,2002-01-01,,a\n",
            "withdrawals.csv line 2, column (row), value \"GRC\": the records of GRC do not make a valid State: Withdrawal.receivedOn = 2002-01-01"),
        Arguments.of("stockpile_counts.csv", "iso3,on,remaining,approximate,source\nGRC,2024-01-01,-5,no,a\n", "value \"-5\": a count cannot be negative"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("badDirectories")
  void aBadFileIsRefusedNamingFileLineColumnAndValueAndNothingIsLoaded(String file, String text, String expected, @TempDir Path directory) throws IOException {
    write(directory, file, text);
    assertThatThrownBy(() -> StatesParties.load(directory)).isInstanceOf(DataSetException.class).hasMessageContaining(expected)
        .satisfies(refusal -> assertThat(refusal.getMessage()).contains(directory.toAbsolutePath().normalize().toString()));
    // The bundled set is untouched by a refused directory.
    assertThat(StatesParties.all()).hasSize(166);
    assertThat(Convention.standard().assess(StatesParties.byCode("ZWE").orElseThrow(), TODAY).deadlines().minedAreaCurrent()).contains(LocalDate.of(2025, 12, 31));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedNamingTheLine(@TempDir Path directory) throws IOException {
    Files.write(directory.resolve("clearance.csv"), "iso3,completed,source\nCIV,2027,C\u00f4te\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> StatesParties.load(directory)).isInstanceOf(DataSetException.class)
        .hasMessageContaining("clearance.csv line 2").hasMessageContaining("not UTF-8");
  }

  @Test
  void aLongValueIsEchoedCut(@TempDir Path directory) throws IOException {
    write(directory, "clearance.csv", "iso3,completed,source\nGRC," + "9".repeat(1 << 20) + ",a\n");
    assertThatThrownBy(() -> StatesParties.load(directory)).isInstanceOf(DataSetException.class)
        .hasMessageContaining("characters in all)").satisfies(failure -> assertThat(failure.getMessage()).hasSizeLessThan(400));
  }

  /** The bundled files as they are, in a directory a test may corrupt, read as the bundled layer with its manifest. */
  private static Layer bundledCopy(Path directory) throws IOException {
    for (String file : Layer.FILES) {
      try (InputStream in = DataSetLoadingTest.class.getResourceAsStream("/org/minebantreaty/data/" + file)) {
        Files.write(directory.resolve(file), in.readAllBytes());
      }
    }
    Layer files = Layer.directory(directory);
    return new Layer() {
      @Override
      String describe() {
        return "a copy of the bundled set";
      }

      @Override
      boolean isBundled() {
        return true;
      }

      @Override
      Optional<CsvResource> file(String name, List<String> columns) {
        return files.file(name, columns);
      }

      @Override
      void checkNoOtherFiles() {}
    };
  }

  private static void corrupt(Path directory, String file, java.util.function.UnaryOperator<String> edit) throws IOException {
    Path path = directory.resolve(file);
    Files.writeString(path, edit.apply(Files.readString(path)));
  }

  @Nested
  class TheBundledSet {

    @Test
    void loadsWhole(@TempDir Path directory) throws IOException {
      assertThat(DataSetLoader.load(List.of(bundledCopy(directory))).all()).hasSameSizeAs(StatesParties.all());
    }

    static Stream<Arguments> corruptions() {
      java.util.function.UnaryOperator<String> cutToHeader = text -> text.substring(0, text.indexOf('\n') + 1);
      java.util.function.UnaryOperator<String> firstRowTwice = text -> text + text.lines().skip(1).findFirst().orElseThrow() + "\n";
      java.util.function.UnaryOperator<String> firstRowInPlaceOfTheSecond = text -> {
        List<String> lines = new java.util.ArrayList<>(text.lines().toList());
        lines.set(2, lines.get(1));
        return String.join("\n", lines) + "\n";
      };
      java.util.function.UnaryOperator<String> wrongEntryIntoForce =
          text -> text.replace("AFG,Afghanistan,,,accession,2002-09-11,,2003-03-01", "AFG,Afghanistan,,,accession,2002-09-11,,2003-04-01");
      java.util.function.UnaryOperator<String> wrongEffectiveDay = text -> text.replace("FIN,2025-07-10,2026-01-10", "FIN,2025-07-10,2026-01-11");
      return Stream.of(
          Arguments.of("withdrawals.csv", cutToHeader, "withdrawals.csv line 1, column (file), value \"withdrawals.csv\": the file holds 0 rows where manifest.csv counts 5"),
          Arguments.of("extensions.csv", firstRowTwice, "the file holds 94 rows where manifest.csv counts 93"),
          Arguments.of("extensions.csv", firstRowInPlaceOfTheSecond, "extensions.csv line 3, column (row), value \"AFG meeting 12MSP\": line 2 holds a row with the same key"),
          Arguments.of("states.csv", wrongEntryIntoForce, "states.csv line 2, column eif_recorded, value \"2003-04-01\": Art. 17 gives 2003-03-01"),
          Arguments.of("withdrawals.csv", wrongEffectiveDay, "column effective_announced, value \"2026-01-11\": Art. 20(3) makes a withdrawal received on 2025-07-10 take effect on 2026-01-10"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("corruptions")
    void aCorruptionTheTestsAloneUsedToCatchIsRefusedByTheLoader(String file, java.util.function.UnaryOperator<String> edit, String expected, @TempDir Path directory)
        throws IOException {
      Layer bundled = bundledCopy(directory);
      corrupt(directory, file, edit);
      assertThatThrownBy(() -> DataSetLoader.load(List.of(bundled))).isInstanceOf(DataSetException.class).hasMessageContaining(expected);
    }
  }

  @Test
  void aMisspellingIsMatchedToTheNameItMeantAndNothingFarIs() {
    List<String> columns = List.of("withdrawal_received", "armed_conflict_since", "iso3");
    assertThat(InputText.nearest("withdrawl_received", columns)).contains("withdrawal_received");
    assertThat(InputText.nearest("iso", columns)).contains("iso3");
    assertThat(InputText.nearest("population", columns)).isEmpty();
    assertThat(InputText.firstLineNotUtf8("a\nb\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(InputText.firstLineNotUtf8("a\nC\u00f4te\n".getBytes(StandardCharsets.ISO_8859_1))).hasValue(2);
  }
}
