package org.minebantreaty.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The {@code deadlines} command: its contract with analysts' CSV files, and its refusals. */
class OttawaCliTest {

  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
  static final String HEADER = "state,iso3,signed,deposited,instrument,art5_extensions,withdrawal_received,armed_conflict_since,armed_conflict_until\n";

  /** What one run printed, and its exit status. */
  record Result(int status, String out, String err) {}

  static Result run(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = OttawaCli.run(args, new StringReader(input), new PrintWriter(out), new PrintWriter(err), TODAY);
    return new Result(status, out.toString(), err.toString());
  }

  @Nested
  class Deadlines {

    @Test
    void theShippedSampleOfRealStatesGivesTheirRecordedDates() throws IOException {
      String sample;
      try (InputStream in = OttawaCliTest.class.getResourceAsStream("/org/minebantreaty/examples/sample-states.csv")) {
        sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Result result = run(sample, "deadlines", "--as-of", "2026-11-22");
      assertThat(result.status()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.out().lines()).hasSize(18).first().isEqualTo(DeadlinesCommand.OUTPUT_HEADER);
      assertThat(result.out().lines()).contains(
          "CAN,1999-03-01,2003-03-01,2009-03-01,2009-03-01,1999-08-28,",
          "GRC,2004-03-01,2008-03-01,2014-03-01,2014-03-01,2004-08-28,",
          "AFG,2003-03-01,2007-03-01,2013-03-01,2025-03-01,2003-08-28,",
          "LTU,2003-11-01,2007-11-01,2013-11-01,2013-11-01,2004-04-29,2025-12-27",
          "FIN,2012-07-01,2016-07-01,2022-07-01,2022-07-01,2012-12-28,2026-01-10",
          "POL,2013-06-01,2017-06-01,2023-06-01,2023-06-01,2013-11-28,2026-02-20",
          "PSE,2018-06-01,2022-06-01,2028-06-01,2028-06-01,2018-11-28,",
          "TON,2025-12-01,2029-12-01,2035-12-01,2035-12-01,2026-05-30,");
    }

    @Test
    void columnsMayComeInAnyOrderAndQuotedNamesMayHoldCommas() {
      Result result = run("iso3,deposited,instrument,state\nKOR,2003-09-25,accession,\"Korea, Republic of\"\n", "deadlines");
      assertThat(result.status()).isZero();
      assertThat(result.out()).endsWith("KOR,2004-03-01,2008-03-01,2014-03-01,2014-03-01,2004-08-28,\n");
    }

    @Test
    void theDeadlineInForceDependsOnTheAsOfDate() {
      String angola = HEADER + "Angola,AGO,1997-12-04,2002-07-05,ratification,2012-12-07/2018-01-01;2017-12-21/2025-12-31,,,\n";
      assertThat(run(angola, "deadlines", "--as-of", "2012-12-06").out()).contains("AGO,2003-01-01,2007-01-01,2013-01-01,2013-01-01,");
      assertThat(run(angola, "deadlines", "--as-of", "2012-12-07").out()).contains("AGO,2003-01-01,2007-01-01,2013-01-01,2018-01-01,");
      assertThat(run(angola, "deadlines").out()).contains("AGO,2003-01-01,2007-01-01,2013-01-01,2025-12-31,");
    }

    @Test
    void aWithdrawalReceivedOn31AugustTakesEffectOn28February() {
      Result result = run(HEADER + "X,XXX,,2005-01-10,accession,,2025-08-31,,\n", "deadlines");
      assertThat(result.out()).endsWith(",2026-02-28\n");
    }

    @Test
    void aWithdrawalHeldByAnArmedConflictWithNoEndHasNoEffectiveDate() {
      String atWar = HEADER + "X,XXX,,2005-12-27,accession,,2025-07-18,2022-02-24,\n";
      String peace = HEADER + "X,XXX,,2005-12-27,accession,,2025-07-18,2022-02-24,2026-03-31\n";
      assertThat(run(atWar, "deadlines").out()).endsWith("2006-11-28,\n");
      assertThat(run(peace, "deadlines").out()).endsWith("2006-11-28,2026-04-01\n");
    }

    @Test
    void aStateThatHasOnlySignedHasNoDeadlines() {
      assertThat(run(HEADER + "Marshall Islands,MHL,1997-12-04,,,,,,\n", "deadlines", "--as-of", "2020-01-01").out())
          .endsWith("\nMHL,,,,,,\n");
    }
  }

  @Nested
  class Assess {

    @Test
    void printsEachStatesFindingsGroupedByArticleAsText() {
      Result result = run(HEADER + "Greece,GRC,1997-12-03,2003-09-25,ratification,,,,\nLithuania,LTU,1999-02-26,2003-05-12,ratification,,2025-06-27,,\n",
          "assess", "--as-of", "2026-11-22");
      assertThat(result.status()).isZero();
      assertThat(result.out())
          .contains("Greece (GRC), as of 22 November 2026\nDeadlines: entry into force (Art. 17): 1 March 2004; stockpile destruction (Art. 4): 1 March 2008")
          .contains("\nArt. 4 — Destruction of stockpiled anti-personnel mines\n  Art. 4 — unknown:")
          .contains("Lithuania (LTU), as of 22 November 2026")
          .contains("withdrawal (Art. 20): took effect on 27 December 2025")
          .contains("Art. 20 — Duration and withdrawal\n  Art. 20(3) — information: Withdrawal took effect on 27 December 2025");
    }

    @Test
    void printsMarkdownOnRequest() {
      Result result = run(HEADER + "Greece,GRC,1997-12-03,2003-09-25,ratification,,,,\n", "assess", "--as-of", "2026-11-22", "--format", "markdown");
      assertThat(result.out())
          .startsWith("## Greece (GRC), as of 22 November 2026\n\n| Deadline | Date |\n| --- | --- |\n| entry into force (Art. 17) | 1 March 2004 |")
          .contains("### Art. 4 — Destruction of stockpiled anti-personnel mines\n\n- **unknown** — ");
    }

    @Test
    void printsAJsonArrayOnRequest() {
      Result result = run(HEADER + "Greece,GRC,1997-12-03,2003-09-25,ratification,,,,\nCanada,CAN,1997-12-03,1997-12-03,ratification,,,,\n",
          "assess", "--as-of", "2026-11-22", "--format", "json");
      assertThat(result.out()).startsWith("[{\"schemaVersion\":2,\"language\":\"en\",\"state\":{\"name\":\"Greece\",\"iso3\":\"GRC\"},\"asOf\":\"2026-11-22\"")
          .contains("},\n{\"schemaVersion\":2,\"language\":\"en\",\"state\":{\"name\":\"Canada\"").endsWith("]\n");
    }

    @Test
    void anUnknownFormatIsRefused() {
      Result result = run(HEADER, "assess", "--format", "pdf");
      assertThat(result.status()).isEqualTo(2);
      assertThat(result.err()).contains("argument --format, value \"pdf\": expected text, markdown or json");
    }
  }

  @Nested
  class BadInput {

    @Test
    void aBadDateNamesLineColumnAndValueAndPrintsNothingElse() {
      Result result = run(HEADER + "Canada,CAN,1997-12-03,1997-12-03,ratification,,,,\nGreece,GRC,1997-12-03,2003-13-25,ratification,,,,\n", "deadlines");
      assertThat(result.status()).isEqualTo(OttawaCli.BAD_INPUT);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).isEqualTo(
          "ottawa-examples: line 3, column deposited, value \"2003-13-25\": not a date (expected YYYY-MM-DD)\n");
    }

    @Test
    void anImpossibleFactIsRefusedWithTheLibrarysRule() {
      Result result = run(HEADER + "Narnia,NAR,1997-12-05,2001-01-01,accession,,,,\n", "deadlines");
      assertThat(result.status()).isEqualTo(2);
      assertThat(result.err()).contains("line 2, column instrument, value \"accession\"")
          .contains("only a State that did not sign accedes");
    }

    @Test
    void anEmptySignatureBesideARatificationIsAnUnknownDateNotARefusal() {
      Result result = run(HEADER + "Ethiopia,ETH,,2004-12-17,ratification,,,,\n", "deadlines");
      assertThat(result.status()).isZero();
      assertThat(result.out()).endsWith("ETH,2005-06-01,2009-06-01,2015-06-01,2015-06-01,2005-11-28,\n");
    }

    @Test
    void aSignatureAfterEntryIntoForceIsRefused() {
      assertThat(run(HEADER + "X,XXX,1999-03-01,2001-01-01,ratification,,,,\n", "deadlines").err())
          .contains("line 2, column signed, value \"1999-03-01\"").contains("(Art. 15)");
    }

    @Test
    void anUnknownInstrumentKindIsRefused() {
      assertThat(run(HEADER + "X,XXX,,2001-01-01,adhesion,,,,\n", "deadlines").err())
          .contains("column instrument, value \"adhesion\": expected ratification, acceptance, approval, accession or succession");
    }

    @Test
    void aMalformedExtensionListIsRefused() {
      assertThat(run(HEADER + "X,XXX,,2001-01-01,accession,2012-12-07-2018-01-01,,,\n", "deadlines").err())
          .contains("column art5_extensions, value \"2012-12-07-2018-01-01\": each extension is DECIDED/UNTIL");
    }

    @Test
    void aDepositWithoutItsInstrumentKindIsRefused() {
      assertThat(run(HEADER + "X,XXX,,2001-01-01,,,,,\n", "deadlines").err())
          .contains("line 2, column instrument, value \"\": deposited and instrument go together");
    }

    @Test
    void aMissingCodeColumnOrEmptyInputIsRefused() {
      assertThat(run("state,deposited\nX,2001-01-01\n", "deadlines").err()).contains("line 1: the header has no iso3 column");
      assertThat(run("", "deadlines").err()).contains("line 1: the input is empty");
    }

    @Test
    void everyCodeIsReadInAnyCaseAndCsvSaysNoneWithAnEmptyCell() {
      assertThat(run(HEADER + "Canada,can,1997-12-03,1997-12-03,ratification,,,,\n", "deadlines").out()).contains("\nCAN,1999-03-01,");
      assertThat(run("", "assess", "--all", "--as-of", "2026-11-22", "--format", "csv").out()).doesNotContain(",-,").doesNotContain(",-\n");
    }

    @Test
    void theToolFollowsTheConventionsOfCommandLines() {
      assertThat(run("", "--version").out()).matches("ottawa-examples \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
      assertThat(run("", "assess", "--all", "--as-of=2025-01-01").out()).isEqualTo(run("", "assess", "--all", "--as-of", "2025-01-01").out());
      Result help = run("", "help", "deadlines");
      assertThat(help.status()).isZero();
      assertThat(help.out()).startsWith("usage: java -jar ottawa-examples.jar deadlines").doesNotContain("ottawa-examples.jar assess");
      assertThat(run("", "help").out()).contains("usage:");
    }

    @Test
    void theUsageListsEveryCommandOptionAndFormatTheToolAccepts() {
      for (String command : OttawaCli.COMMANDS) {
        assertThat(OttawaCli.USAGE).contains("ottawa-examples.jar " + command + " ");
        assertThat(run("", "help", command).out()).startsWith("usage: java -jar ottawa-examples.jar " + command);
      }
      for (String option : OttawaCli.OPTIONS) {
        assertThat(OttawaCli.USAGE).as(option).containsPattern("(?m)(^  |[ \\[|])" + option + "([ \\]=]|$)");
      }
      // The formats and languages in the usage are written from the lists the parser checks, so they cannot drift.
    }

    @Test
    void badArgumentsAreRefusedPointingToTheUsage() {
      assertThat(run("", "deadlines", "--as-of", "tomorrow").err()).contains("argument --as-of, value \"tomorrow\": not a date");
      assertThat(run("", "overview").err()).contains("unknown command \"overview\"").contains("(see --help)");
      assertThat(run("").status()).isEqualTo(2);
      assertThat(run("", "--help").out()).contains("usage:");
    }
  }

  @Nested
  class TheWholeTreatyCommunity {
    @Test
    void theOverviewIsStableForAFixedDate() {
      Result first = run("", "assess", "--all", "--as-of", "2026-11-22");
      assertThat(first.status()).isZero();
      assertThat(run("", "assess", "--all", "--as-of", "2026-11-22").out()).isEqualTo(first.out());
      assertThat(first.out())
          .contains("Ukraine ")
          .contains("took effect 2026-02-20")
          .contains("withdrawals that have taken effect: Estonia (2025-12-27), Finland (2026-01-10), Latvia (2025-12-27), Lithuania (2025-12-27), Poland (2026-02-20)")
          .contains("notified suspensions (every obligation still binds): Ukraine (notified 2025-07-18)")
          .contains("Data: the bundled data set of 2026-12-02\n")
          .contains("166 States in the data set (bundled records as of 2026-12-02); 166 assessed\n")
          .containsPattern("Art. 4 findings: not applicable \\d+, met \\d+, met late \\d+, overdue 2, unknown \\d+\n")
          .doesNotContain("not assessed");
    }

    @Test
    void aUsersDirectoryIsLaidOverTheBundledSetAndTheOverviewSaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws IOException {
      java.nio.file.Files.writeString(directory.resolve("extensions.csv"), "iso3,meeting,decided_on,previous_deadline,granted_until,source\n"
          + "ZWE,22MSP 2025,,2025-12-31,2030-12-31,hypothetical decision of the 22nd Meeting\n");
      String before = run("", "assess", "--all", "--as-of", "2026-12-02").out();
      String after = run("", "assess", "--all", "--as-of", "2026-12-02", "--data", directory.toString()).out();
      assertThat(before).containsPattern("\nZimbabwe +ZWE +1999-03-01 +met +unknown +2025-12-31 \\(passed\\) ");
      assertThat(after).containsPattern("\nZimbabwe +ZWE +1999-03-01 +met +pending +2030-12-31 ")
          .contains("Data: the bundled data set of 2026-12-02, with the rows of " + directory.toAbsolutePath().normalize() + " laid over it")
          .contains("with a user's records laid over them");
      assertThat(run("", "assess", "--state", "ZWE", "--data", directory.toString()).out()).contains("31 December 2030");
      Result bad = run("", "assess", "--all", "--data", directory.resolve("missing").toString());
      assertThat(bad.status()).isEqualTo(OttawaCli.BAD_INPUT);
      assertThat(bad.err()).contains("is not a directory of CSV files");
    }

    @Test
    void anArticle5DeadlineTheDataSetCannotVouchForIsMarked() {
      String out = run("", "assess", "--all", "--as-of", "2026-11-22").out();
      assertThat(out)
          .containsPattern("\nSri Lanka +LKA +2018-06-01 +met +unknown +2028-06-01 \\(original\\) ")
          .containsPattern("\nPeru +PER +1999-03-01 +met +unknown +2024-12-31 \\(history incomplete\\) ")
          .containsPattern("\nTurkiye +TUR +2004-03-01 +met late +unknown +2025-12-31 \\(passed\\) ")
          .containsPattern("\nThailand +THA +1999-05-01 +met +pending +2026-12-31 +2027")
          .containsPattern("\nMozambique +MOZ +1999-03-01 +met +met late +2014-12-31 +2027")
          .containsPattern("\nFrance +FRA +1999-03-01 +met +met +2009-03-01 +2027")
          .containsPattern("\nAlbania +ALB +2000-08-01 +met +met +2010-08-01 +2027")
          .containsPattern("\nJordan +JOR +1999-05-01 +met +met +2012-05-01 +2027")
          .as("a first deadline computed from the 22 months granted (D-6) lets the history apply")
          .containsPattern("\nDenmark +DNK +1999-03-01 +met +met +2012-07-01 +2027")
          .as("the 12th Meeting's grant ran to 2018, so the 16th Meeting's to the end of 2025 applies")
          .containsPattern("\nZimbabwe +ZWE +1999-03-01 +met +unknown +2025-12-31 \\(passed\\) ")
          .contains("Art. 5 deadlines marked (passed): ");
      assertThat(run("", "assess", "--all", "--as-of", "2025-06-01").out())
          .as("areas found after a deadline passed with none known are shown by their own finding")
          .containsPattern("\nNiger +NER +1999-09-01 +met +unknown \\(areas found later\\) +2024-12-31 \\(passed\\) ")
          .containsPattern("\nHungary +HUN +1999-03-01 +met +met \\(areas found later\\) +2009-03-01 +2026")
          .as("areas reported after completion without their number")
          .containsPattern("\nMauritania +MRT +2001-01-01 +met +pending \\(areas found later\\) +2026-12-31 +2026")
          .containsPattern("\nNigeria +NGA +2002-03-01 +unknown +pending \\(areas found later\\) +2025-12-31 +2026");
      assertThat(run("", "assess", "--all", "--as-of", "2019-06-01").out())
          .containsPattern("\nNiger +NER +1999-09-01 +met +pending \\(areas found later\\) +2020-12-31 +2020");
      assertThat(run("", "assess", "--all", "--as-of", "2025-06-01").out())
          .containsPattern("\nTurkiye +TUR +2004-03-01 +met late +pending +2025-12-31 +2026-04-30");
    }

    @Test
    void beforeTheNoticesRanOutTheWithdrawalsArePending() {
      String out = run("", "assess", "--all", "--as-of", "2025-12-01").out();
      assertThat(out).contains("withdrawals pending: Estonia, Finland, Latvia, Lithuania, Poland").contains("notice runs to 2025-12-27");
    }

    @Test
    void csvHasOneLinePerAssessedState() {
      String out = run("", "assess", "--all", "--as-of", "2026-11-22", "--format", "csv").out();
      assertThat(out.lines().findFirst()).contains("state,iso3,entry_into_force,art4,art5,art5_deadline,art5_deadline_note,next_art7_report,withdrawal");
      assertThat(out).contains("\nPeru,PER,1999-03-01,met,unknown,2024-12-31,history incomplete,2027-04-30,\n").contains("\nMozambique,MOZ,1999-03-01,met,met late,2014-12-31,,");
      assertThat(out.lines().count()).isEqualTo(1 + org.minebantreaty.data.StatesParties.all().size());
      assertThat(out).contains("Greece,GRC,2004-03-01,overdue,").contains("\nSri Lanka,LKA,2018-06-01,met,unknown,2028-06-01,original,").contains("\nTurkiye,TUR,2004-03-01,met late,unknown,2025-12-31,passed,");
    }

    @Test
    void markdownIsATableWithTheSummary() {
      String out = run("", "assess", "--all", "--as-of", "2026-11-22", "--format", "markdown").out();
      assertThat(out).startsWith("# The States Parties as of 2026-11-22").contains("| state | iso3 |").contains("- 166 States in the data set");
    }

    @Test
    void oneStateWithReasons() {
      Result ukraine = run("", "assess", "--state", "ukr", "--as-of", "2026-11-22");
      assertThat(ukraine.status()).isZero();
      assertThat(ukraine.out()).contains("Ukraine").contains("Art. 4").contains("Overdue since 2 June 2010");
    }

    @Test
    void anUnknownOrUndatedStateIsABadArgument() {
      Result unknown = run("", "assess", "--state", "XYZ");
      assertThat(unknown.status()).isEqualTo(OttawaCli.BAD_INPUT);
      assertThat(unknown.err()).contains("argument --state, value \"XYZ\": no State with this ISO 3166-1 alpha-3 code");
      assertThat(unknown.out()).isEmpty();
      assertThat(run("", "assess", "--all", "--format", "json").err()).contains("expected text, markdown or csv with --all");
    }
  }

  @Nested
  class Languages {
    @Test
    void everyCommandSpeaksFrenchAndSpanishOnRequest() {
      for (String language : new String[] {"fr", "es"}) {
        Result greece = run("", "assess", "--state", "GRC", "--as-of", "2026-11-22", "--lang", language);
        assertThat(greece.status()).as(greece.err()).isZero();
        assertThat(greece.out()).contains(language.equals("fr") ? "1er mars 2008" : "1 de marzo de 2008").doesNotContain("Deadlines:");
        Result markdown = run("", "assess", "--state", "GRC", "--as-of", "2026-11-22", "--format", "markdown", "--lang=" + language);
        assertThat(markdown.status()).isZero();
        assertThat(markdown.out()).doesNotContain("| Deadline |");
        Result json = run("", "assess", "--state", "GRC", "--as-of", "2026-11-22", "--format", "json", "--lang", language);
        assertThat(json.out()).contains("\"language\":\"" + language + "\"").contains("\"code\":\"art4.stockpile-destruction\"");
        Result fromInput = run(HEADER + "Greece,GRC,1997-12-03,2003-09-25,ratification,,,,\n", "assess", "--as-of", "2026-11-22", "--lang", language);
        assertThat(fromInput.out()).contains(language.equals("fr") ? "1er mars 2008" : "1 de marzo de 2008").doesNotContain("because");
        Result all = run("", "assess", "--all", "--as-of", "2026-11-22", "--lang", language);
        assertThat(all.status()).isZero();
        assertThat(all.out()).doesNotContain("Summary as of").doesNotContain(" overdue ").doesNotContain("withdrawals pending");
        Result csv = run("", "assess", "--all", "--as-of", "2026-11-22", "--format", "csv", "--lang", language);
        assertThat(csv.out()).startsWith(String.join(",", OverviewCommand.CSV_HEADER));
        Result deadlines = run(HEADER + "Greece,GRC,1997-12-03,2003-09-25,ratification,,,,\n", "deadlines", "--lang", language);
        assertThat(deadlines.status()).isZero();
        assertThat(deadlines.out()).isEqualTo(run(HEADER + "Greece,GRC,1997-12-03,2003-09-25,ratification,,,,\n", "deadlines").out());
      }
      assertThat(run("", "assess", "--state", "GRC", "--as-of", "2026-11-22", "--lang", "en").out())
          .isEqualTo(run("", "assess", "--state", "GRC", "--as-of", "2026-11-22").out());
    }

    @Test
    void aLanguageTheLibraryDoesNotWriteIsRefusedWithTheChoices() {
      Result german = run("", "assess", "--state", "GRC", "--lang", "de");
      assertThat(german.status()).isEqualTo(OttawaCli.BAD_INPUT);
      assertThat(german.err()).contains("argument --lang, value \"de\": expected en, fr, es");
      assertThat(german.out()).isEmpty();
      assertThat(run("", "assess", "--state", "GRC", "--lang").err()).contains("option --lang needs a value: en, fr or es");
      assertThat(run("", "assess", "--state", "GRC", "--lang", "FR", "--as-of", "2026-11-22").status()).isZero();
    }
  }

  @Nested
  class Timelines {
    @Test
    void oneStatesHistoryAsTextCsvAndJson() {
      Result text = run("", "timeline", "--state", "GRC", "--to", "2030-12-31");
      assertThat(text.status()).as(text.err()).isZero();
      assertThat(text.out()).startsWith("Greece (GRC), from 3 December 1997 to 31 December 2030")
          .contains("  2 March 2008").contains("Periods of non-compliance").contains("Art. 4: from 2 March 2008, ongoing on 31 December 2030");
      Result csv = run("", "timeline", "--state", "GRC", "--from", "2003-01-01", "--to", "2030-12-31", "--format", "csv");
      assertThat(csv.out()).startsWith(String.join(",", TimelineCommand.CSV_HEADER) + "\nGRC,2003-01-01,finding,art17.entry-into-force,Greece (GRC),appeared,,NOT_APPLICABLE,")
          .contains("GRC,2003-09-25,deadline,stockpile_destruction,,moved,,,,2008-03-01,,");
      Result json = run("", "timeline", "--state", "GRC", "--to", "2030-12-31", "--format", "json", "--lang", "es");
      assertThat(json.out()).startsWith("{\"schemaVersion\":1,\"language\":\"es\",\"state\":{\"name\":\"Greece\",\"iso3\":\"GRC\"},\"from\":\"1997-12-03\"")
          .contains("\"nonCompliance\":[{\"code\":\"art4.stockpile-destruction\"");
      assertThat(run("", "timeline", "--state", "GRC", "--to", "2030-12-31", "--lang", "fr").out()).startsWith("Grèce (GRC), du 3 décembre 1997 au 31 décembre 2030");
      Result svg = run("", "timeline", "--state", "UKR", "--to", "2036-12-31", "--format", "svg");
      assertThat(svg.out()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("non-compliant on Art. 4 from 2010-06-02, ongoing")
          .endsWith("</svg>\n");
    }

    @Test
    void everyStatesChangesAsCsv() {
      Result all = run("", "timeline", "--all", "--from", "2025-01-01", "--to", "2026-12-31", "--format", "csv");
      assertThat(all.status()).as(all.err()).isZero();
      assertThat(all.out()).startsWith(String.join(",", TimelineCommand.CSV_HEADER)).contains("\nZWE,2026-01-01,finding,art5.1.mined-area-clearance,");
      assertThat(all.out().lines().skip(1)).allSatisfy(row -> assertThat(row).matches("[A-Z]{3},\\d{4}-\\d{2}-\\d{2},(finding|deadline),.*"));
    }

    @Test
    void badTimelineArgumentsAreRefusedWithTheirReason() {
      assertThat(run("", "timeline").err()).contains("timeline needs --state ISO3 or --all");
      assertThat(run("", "timeline", "--all").err()).contains("timeline --all writes csv only");
      assertThat(run("", "timeline", "--state", "GRC", "--from", "2020-01-01", "--to", "2019-01-01").err()).contains("a timeline runs forward");
      assertThat(run("", "timeline", "--state", "GRC", "--to", "1997-06-01").err()).contains("before the timeline's first day, 1997-12-03");
      assertThat(run("", "timeline", "--state", "GRC", "--to", "1997-06-01").status()).isEqualTo(OttawaCli.BAD_INPUT);
      assertThat(run("", "timeline", "--state", "GRC", "--as-of", "2020-01-01").err()).contains("--as-of is not accepted by timeline");
      assertThat(run("", "timeline", "--state", "GRC", "--from", "2020-13-01").err()).contains("argument --from, value \"2020-13-01\": not a date");
      assertThat(run("", "timeline", "--state", "GRC", "--format", "markdown").err()).contains("expected text, csv, json or svg with timeline");
      assertThat(run("", "assess", "--state", "GRC", "--from", "2020-01-01").err()).contains("is not accepted by assess");
      assertThat(run("", "help", "timeline").out()).contains("timeline --state ISO3").contains("timeline --all");
    }
  }

  @Nested
  class Reports {
    @Test
    void oneStatesReportIsOneHtmlPageWithItsPicture() {
      Result greece = run("", "report", "--state", "GRC", "--as-of", "2026-11-22");
      assertThat(greece.status()).as(greece.err()).isZero();
      assertThat(greece.out()).startsWith("<!DOCTYPE html>").contains("<section class=\"state\" id=\"GRC\">").contains("<svg ")
          .endsWith("</html>\n");
      assertThat(run("", "report", "--state", "GRC", "--as-of", "2026-11-22", "--lang", "es").out()).contains("lang=\"es\"").contains("Grecia (GRC)");
    }

    @Test
    void badReportArgumentsAreRefused() {
      assertThat(run("", "report").err()).contains("report needs --state ISO3 or --all");
      assertThat(run("", "report", "--all", "--format", "csv").err()).contains("--format is not accepted by report");
      assertThat(run("", "report", "--state", "XYZ").err()).contains("no State with this ISO 3166-1 alpha-3 code");
    }
  }
}
