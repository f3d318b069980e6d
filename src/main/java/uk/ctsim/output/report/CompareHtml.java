package uk.ctsim.output.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import uk.ctsim.experiment.Comparison;
import uk.ctsim.experiment.Difference;
import uk.ctsim.experiment.Summary;

/**
 * {@code compare.html}: the comparison of several runs (threat levels or scenarios) as one self-contained page. It holds
 * the comparison's numbers as JSON, the page's own script and style, and Chart.js (from the Maven WebJar, inlined), so
 * it opens from a file with no network. The reader picks runs and metrics, filters breakdowns (by force, category,
 * strand, financial year, ...), hovers for values and intervals and downloads the table shown as CSV. Every text from
 * the data reaches the page as JSON and is set as text, never as HTML.
 */
public final class CompareHtml {
  public static final String FILE = "compare.html";
  static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";
  static final String PAGE = "/compare/compare.html";
  static final String SCRIPT = "/compare/compare.js";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CompareHtml() {}

  public static String render(Comparison c, String title) {
    return fill(resource(PAGE), java.util.Map.of("TITLE", htmlText(title),
        "DATA", jsonSafe(data(c, title).toString()),
        "CHARTJS", scriptSafe(resource(CHART_JS)), "SCRIPT", scriptSafe(resource(SCRIPT))));
  }

  /** Replaces each {@code @NAME@} of the template (only the template is scanned, never a value put in). */
  static String fill(String template, java.util.Map<String, String> values) {
    StringBuilder out = new StringBuilder(template.length() + 300_000);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("@([A-Z]+)@").matcher(template);
    int at = 0;
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) throw new IllegalStateException("no value for " + m.group());
      out.append(template, at, m.start()).append(value);
      at = m.end();
    }
    return out.append(template.substring(at)).toString();
  }

  /** The comparison as the page's script reads it. */
  static ObjectNode data(Comparison c, String title) {
    ObjectNode root = JSON.createObjectNode();
    root.put("title", title);
    root.put("reference", c.labels().get(c.reference()));
    root.put("method", c.method().label());
    ArrayNode runs = root.putArray("runs");
    c.labels().forEach(runs::add);
    ObjectNode metrics = root.putObject("metrics");
    for (String m : c.metrics()) {
      MetricNames.Name name = MetricNames.of(m);
      metrics.putObject(m).put("group", name.group()).put("label", name.label()).put("money", name.money());
    }
    ArrayNode rows = root.putArray("rows");
    for (Comparison.Row r : c.rows()) {
      Summary s = r.summary();
      Difference d = r.difference();
      ArrayNode row = rows.addArray();
      row.add(r.label()).add(r.metric()).add(s.n());
      number(row, s.mean());
      number(row, s.ciLow());
      number(row, s.ciHigh());
      row.add(s.method());
      number(row, s.p90());
      number(row, d == null ? Double.NaN : d.mean());
      number(row, d == null ? Double.NaN : d.ciLow());
      number(row, d == null ? Double.NaN : d.ciHigh());
      row.add(d == null ? "" : d.method().label());
    }
    return root;
  }

  private static void number(ArrayNode row, double v) {
    if (Double.isFinite(v)) row.add(v);
    else row.addNull();
  }

  /** JSON inside a script element: every {@code <} (only ever inside strings) as its escape, so no tag can close it. */
  static String jsonSafe(String json) {
    return json.replace("<", "\\u003c");
  }

  /** Script code inlined as is; code that could close or comment out its element is refused, not mangled. */
  static String scriptSafe(String code) {
    String lower = code.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--")) {
      throw new IllegalStateException("a script to inline contains </script or <!--");
    }
    return code;
  }

  private static String htmlText(String text) {
    return Html.escape(text);
  }

  static String resource(String name) {
    try (InputStream in = CompareHtml.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is not on the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
