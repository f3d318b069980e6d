package uk.ctsim.output.report;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.output.chart.Money;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioWriter;
import uk.ctsim.scenario.ThreatLevel;

/**
 * {@code report.html}: one self-contained page for finance readers (charts inlined as PNG data, CSS inline, no
 * scripts, nothing fetched), printable. Every text is escaped. Numbers come from {@link CostTables} and the charts.
 */
public final class ReportHtml {
  public static final String FILE = "report.html";

  /** A chart as the report shows it. */
  public record Figure(String title, String caption, byte[] png) {}

  private static final String CSS = """
      body{font-family:"DejaVu Sans",Arial,sans-serif;color:#222;max-width:1100px;margin:24px auto;padding:0 16px;line-height:1.45}
      h1{font-size:26px;margin-bottom:4px}h2{border-bottom:2px solid #0072B2;padding-bottom:4px;margin-top:36px}
      .lead{color:#555}.cards{display:flex;flex-wrap:wrap;gap:12px}
      .card{border:1px solid #ccc;border-radius:6px;padding:10px 14px;min-width:200px}
      .card .v{font-size:22px;font-weight:bold}.card .s{color:#555;font-size:13px}
      table{border-collapse:collapse;margin:8px 0 20px;font-size:13px}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
      th{background:#eef3f8}.num{text-align:right;white-space:nowrap}figure{margin:16px 0 28px}
      figure img{width:100%;max-width:1000px;border:1px solid #ddd}figcaption{color:#444;font-size:14px}
      pre{background:#f6f6f6;border:1px solid #ddd;padding:10px;font-size:12px;white-space:pre-wrap}
      table.register td{font-size:12px}
      @media print{body{max-width:none;margin:0}h2{page-break-after:avoid}figure,table,.cards{page-break-inside:avoid}
      pre{white-space:pre-wrap}a{color:#222;text-decoration:none}}
      """;

  private ReportHtml() {}

  /** Rows of a key table the report shows; the full lists are in the CSV files and the workbook. */
  static final int KEY_ROWS = 15;

  /** The page; {@code shared} holds the tables the workbook shows too, made from {@code result}. */
  public static String render(ExperimentResult result, Map<ThreatLevel, ExperimentResult> levels, List<Figure> figures,
      SharedTables shared, Table run) {
    Scenario s = result.scenario();
    StringBuilder out = new StringBuilder(1 << 16);
    out.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(Html.escape("ctsim cost report: " + s.name())).append("</title><style>")
        .append(CSS).append("</style></head><body>\n");
    out.append("<h1>Cost report: ").append(Html.escape(s.name())).append("</h1>\n<p class=\"lead\">")
        .append(Html.escape(s.period().start() + " to " + s.period().end() + " (" + s.period().days() + " days), "
            + result.replications().size() + " replication" + (result.replications().size() == 1 ? "" : "s")
            + ", master seed " + result.masterSeed() + ". " + s.description())).append("</p>\n");
    Headlines.write(out, result, levels);
    HowToRead.write(out, result.replications().size());
    out.append("<h2>Charts</h2>\n");
    for (Figure f : figures) {
      out.append("<figure><img alt=\"").append(Html.escape(f.title())).append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(f.png())).append("\"><figcaption><b>")
          .append(Html.escape(f.title())).append(".</b> ").append(Html.escape(f.caption())).append("</figcaption></figure>\n");
    }
    out.append("<h2>Key tables</h2>\n<p>Amounts are means over replications, in pounds. These are the main rows only: ")
        .append("every event and incident is in <code>events.csv</code>, <code>incidents.csv</code> and the workbook ")
        .append("<code>costs.xlsx</code>.</p>\n");
    for (Table t : List.of(shared.byCategory(), shared.byStrand(), shared.byForce(),
        top(shared.byEvent(), "Top " + KEY_ROWS + " events by cost"),
        top(byColumnDescending(shared.byIncident(), 6), "The " + KEY_ROWS
            + " incidents with the highest additional cost, over all replications (every incident is in incidents.csv)"))) {
      out.append("<h3>").append(Html.escape(t.title())).append("</h3>\n");
      Html.table(out, t, "data");
    }
    out.append("<h2>Scenario as run</h2>\n<details><summary>The scenario with every default filled in; ctsim can run ")
        .append("this text again.</summary><pre>").append(Html.escape(ScenarioWriter.toYaml(s))).append("</pre></details>\n");
    out.append("<h2>Assumptions register</h2>\n<details><summary>Every parameter of the scenario with its value and ")
        .append("its source. &ldquo;Assumption&rdquo; means no public figure was found: treat such numbers with care.")
        .append("</summary>\n");
    Html.table(out, shared.assumptions(), "register");
    out.append("</details>\n<h2>Run</h2>\n");
    Html.table(out, run, "data");
    out.append("</body></html>\n");
    return out.toString();
  }

  /** The table with its rows sorted by a number column, largest first (ties keep their order). */
  static Table byColumnDescending(Table table, int column) {
    List<List<Object>> rows = new java.util.ArrayList<>(table.rows());
    rows.sort(java.util.Comparator.comparingDouble((List<Object> r) -> -(Double) r.get(column)));
    return new Table(table.title(), table.columns(), rows);
  }

  /** The first {@code rows} rows of a table, retitled. */
  static Table top(Table table, String title) {
    return new Table(title, table.columns(), table.rows().subList(0, Math.min(KEY_ROWS, table.rows().size())));
  }
}
