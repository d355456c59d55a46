package org.minebantreaty.examples.cli;

import static org.minebantreaty.examples.cli.TimelinePicture.escape;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.minebantreaty.core.State;
import org.minebantreaty.data.Roster;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Citation;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Finding;
import org.minebantreaty.rules.Phrase;
import org.minebantreaty.rules.Reason;
import org.minebantreaty.rules.StateName;
import org.minebantreaty.rules.Timeline;

/**
 * {@code report --all [--as-of D]} and {@code report --state ISO3}: one self-contained HTML page —
 * no network fetch, its style and pictures inline — that a treaty-support officer could send by
 * mail. It holds the overview table, sortable by a few lines of inline script and readable without
 * them; a legend; then for each State its picture ({@link TimelinePicture}), from its signature or
 * deposit to ten years after the assessment date, and its findings with their reasons. The page is
 * well-formed XML as well as HTML, so any XML parser reads it.
 */
final class ReportCommand {

  private ReportCommand() {}

  /** The report on {@code states}, assessed on {@code asOf}; {@code today} dates the data set's age. */
  static String render(Roster roster, List<State> states, LocalDate asOf, LocalDate today, Locale language) {
    Convention convention = Convention.standard();
    List<Assessment> assessments = states.stream().map(state -> convention.assess(state, asOf)).toList();
    StringBuilder html = new StringBuilder(1 << 20);
    String title = OverviewCommand.say(language, "report.title", "asOf", asOf.toString());
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(language.getLanguage()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<header><h1>").append(escape(title)).append("</h1>\n<p>").append(escape(OverviewCommand.data(roster, today, language)))
        .append("</p></header>\n");

    OverviewCommand.Table table = OverviewCommand.table(roster, assessments, asOf, language);
    html.append("<section id=\"overview\">\n<h2>").append(escape(OverviewCommand.say(language, "report.overview"))).append("</h2>\n")
        .append("<p class=\"hint\">").append(escape(OverviewCommand.say(language, "report.sort-hint"))).append("</p>\n")
        .append("<table class=\"sortable\">\n<thead><tr>");
    for (String column : OverviewCommand.HEADER) {
      html.append("<th>").append(escape(column)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (List<String> line : table.lines()) {
      html.append("<tr>");
      for (int i = 0; i < line.size(); i++) {
        String cell = escape(line.get(i));
        html.append("<td>").append(i == 0 ? "<a href=\"#" + escape(line.get(1)) + "\">" + cell + "</a>" : cell).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    // The summary counts the whole treaty community, so it belongs to a report on every State only.
    if (states.size() == roster.all().size()) {
      html.append("<ul class=\"summary\">\n");
      for (String line : table.summary()) {
        if (!line.isBlank()) {
          html.append("<li>").append(escape(line.strip())).append("</li>\n");
        }
      }
      html.append("</ul>\n");
    }
    html.append("</section>\n");

    html.append("<section id=\"legend\">\n<h2>").append(escape(OverviewCommand.say(language, "report.legend"))).append("</h2>\n")
        .append(legend(language)).append("\n</section>\n");

    for (Assessment assessment : assessments) {
      if (!OverviewCommand.hadSignedOrJoined(assessment)) {
        continue;
      }
      State state = assessment.state();
      LocalDate start = TimelineCommand.start(state, null);
      if (start.isAfter(asOf)) {
        start = asOf;
      }
      LocalDate end = asOf.plusYears(10);
      Timeline history = convention.timeline(state, start, asOf);
      html.append("<section class=\"state\" id=\"").append(escape(state.iso3())).append("\">\n<h2>")
          .append(escape(OverviewCommand.say(language, "report.state", "state", StateName.of(state), "iso3", state.iso3()))).append("</h2>\n")
          .append("<div class=\"picture\">").append(TimelinePicture.svg(assessment, history, start, end, language)).append("</div>\n")
          .append(findings(assessment, language)).append("</section>\n");
    }
    html.append("<footer><p>").append(escape(OverviewCommand.say(language, "report.footer", "asOf", asOf.toString(),
        "bundledAsOf", roster.bundledAsOf().toString()))).append("</p></footer>\n");
    html.append("<script>//<![CDATA[\n").append(SORT).append("\n//]]></script>\n</body>\n</html>\n");
    return html.toString();
  }

  /** The findings of one assessment, under the title of each article, each with its reasons and missing facts, folded. */
  private static String findings(Assessment assessment, Locale language) {
    StringBuilder html = new StringBuilder("<details><summary>")
        .append(escape(OverviewCommand.say(language, "report.findings", "count", assessment.findings().size()))).append("</summary>\n");
    int article = 0;
    for (Finding finding : assessment.findings()) {
      if (finding.citation().articleNumber() != article) {
        html.append(article == 0 ? "" : "</ul>\n");
        article = finding.citation().articleNumber();
        html.append("<h3>").append(escape(Citation.article(article).reference(language))).append(" — ")
            .append(escape(Citation.titleOf(article, language))).append("</h3>\n<ul>\n");
      }
      html.append("<li class=\"").append(finding.status().isAdverse() ? "adverse" : "finding").append("\"><strong>")
          .append(escape(finding.status().label(language))).append("</strong> — ").append(escape(finding.summary(language)))
          .append(" <em>(").append(escape(finding.citation().reference(language))).append(")</em>");
      if (!finding.reasons().isEmpty() || !finding.missingFactPhrases().isEmpty()) {
        html.append("\n<ul>");
        for (Reason reason : finding.reasons()) {
          html.append("<li>").append(escape(reason.text(language))).append(" — <em>").append(escape(reason.citation().reference(language)))
              .append("</em></li>");
        }
        for (Phrase missing : finding.missingFactPhrases()) {
          html.append("<li class=\"missing\">").append(escape(OverviewCommand.say(language, "report.missing-fact", "fact", missing))).append("</li>");
        }
        html.append("</ul>");
      }
      html.append("</li>\n");
    }
    html.append(article == 0 ? "" : "</ul>\n").append("</details>\n");
    return html.toString();
  }

  /** The legend: each kind of mark as the pictures draw it, with what it means. */
  private static String legend(Locale language) {
    String[][] entries = {
      {"rect", "bound", "legend.bound"},
      {"rect", "window4", "legend.window4"},
      {"rect", "window5", "legend.window5"},
      {"rect", "extension", "legend.extension"},
      {"rect", "noncompliant", "legend.noncompliant"},
      {"rect", "conflict", "legend.conflict"},
      {"met", "met", "legend.met"},
      {"due", "due", "legend.due"},
      {"tick", "tick", "legend.tick"},
      {"circle", "event", "legend.event"},
      {"circle", "withdrawal", "legend.withdrawal"},
      {"circle", "suspension", "legend.suspension"},
    };
    int rowHeight = 22;
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"legend\" width=\"760\" height=\"")
        .append(entries.length * rowHeight + 8).append("\" role=\"img\" aria-label=\"")
        .append(escape(OverviewCommand.say(language, "report.legend"))).append("\">\n").append(TimelinePicture.DEFINITIONS);
    for (int i = 0; i < entries.length; i++) {
      int y = 6 + i * rowHeight;
      String kind = entries[i][0];
      String style = entries[i][1];
      if (kind.equals("rect")) {
        svg.append("<rect class=\"").append(style).append("\" x=\"8\" y=\"").append(y).append("\" width=\"40\" height=\"12\"/>\n");
      } else if (kind.equals("met")) {
        svg.append("<path class=\"met\" d=\"M28 ").append(y - 1).append(" l7 7 l-7 7 l-7 -7 z\"/>\n");
      } else if (kind.equals("due")) {
        svg.append("<path class=\"due\" d=\"M22 ").append(y).append(" h12 l-6 12 z\"/>\n");
      } else if (kind.equals("tick")) {
        svg.append("<line class=\"tick\" x1=\"28\" y1=\"").append(y).append("\" x2=\"28\" y2=\"").append(y + 12).append("\"/>\n");
      } else {
        svg.append("<circle class=\"").append(style).append("\" cx=\"28\" cy=\"").append(y + 6).append("\" r=\"5\"/>\n");
      }
      svg.append("<text x=\"60\" y=\"").append(y + 10).append("\" ").append(TimelinePicture.FONT).append(">")
          .append(escape(OverviewCommand.say(language, entries[i][2]))).append("</text>\n");
    }
    return svg.append("</svg>").toString();
  }

  private static final String STYLE = String.join("\n",
      "body{font-family:\"DejaVu Sans\",Arial,Helvetica,sans-serif;margin:24px auto;max-width:1160px;color:#222;line-height:1.4}",
      "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ccc}h3{font-size:1em;margin:.8em 0 .2em}",
      "table{border-collapse:collapse;font-size:.82em;width:100%}th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;white-space:nowrap}",
      "th{background:#f2f2f2;cursor:pointer;position:sticky;top:0}th.sorted-asc::after{content:\" \\25B2\"}th.sorted-desc::after{content:\" \\25BC\"}",
      "tbody tr:nth-child(even){background:#fafafa}.hint{color:#666;font-size:.85em}",
      ".picture{overflow-x:auto}.state{page-break-inside:avoid}li.adverse strong{color:#b34700}li.missing{color:#666}",
      "details summary{cursor:pointer;margin:.4em 0}footer{margin-top:2em;color:#666;font-size:.85em}",
      "");

  /** Sorts the overview by a column when its heading is clicked; the page reads the same without it. */
  private static final String SORT = String.join("\n",
      "document.querySelectorAll('table.sortable th').forEach(function (th, column) {",
      "  th.addEventListener('click', function () {",
      "    var body = th.closest('table').tBodies[0];",
      "    var ascending = !th.classList.contains('sorted-asc');",
      "    th.parentNode.querySelectorAll('th').forEach(function (other) { other.classList.remove('sorted-asc', 'sorted-desc'); });",
      "    th.classList.add(ascending ? 'sorted-asc' : 'sorted-desc');",
      "    Array.from(body.rows).sort(function (a, b) {",
      "      var order = a.cells[column].textContent.localeCompare(b.cells[column].textContent, undefined, {numeric: true});",
      "      return ascending ? order : -order;",
      "    }).forEach(function (row) { body.appendChild(row); });",
      "  });",
      "});");
}
