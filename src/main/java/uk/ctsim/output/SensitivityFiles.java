package uk.ctsim.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.design.Design;
import uk.ctsim.experiment.sensitivity.Morris;
import uk.ctsim.experiment.sensitivity.Sensitivity;
import uk.ctsim.experiment.sensitivity.SobolIndices;
import uk.ctsim.experiment.sensitivity.Tornado;

/**
 * Sensitivity results as tidy CSV ({@code sensitivity/tornado.csv}, {@code morris.csv} or {@code sobol.csv}, one row
 * per output and parameter) and as one JSON file ({@code sensitivity/sensitivity.json}). Indices to 4 decimals,
 * output changes as the output's own metric rounding.
 */
public final class SensitivityFiles {
  public static final String TORNADO = "sensitivity/tornado.csv";
  public static final String MORRIS = "sensitivity/morris.csv";
  public static final String SOBOL = "sensitivity/sobol.csv";
  public static final String JSON = "sensitivity/sensitivity.json";

  private SensitivityFiles() {}

  /** The CSV file name for this design's analysis, or null when the design has none. */
  public static String csvName(Design design) {
    return switch (design.type()) {
      case ONE_AT_A_TIME -> TORNADO;
      case MORRIS -> MORRIS;
      case SALTELLI -> SOBOL;
      default -> null;
    };
  }

  public static void writeCsv(List<Sensitivity> analyses, Writer out) throws IOException {
    Sensitivity first = analyses.get(0);
    if (!first.tornado().isEmpty()) tornado(analyses, out);
    else if (!first.morris().isEmpty()) morris(analyses, out);
    else sobol(analyses, out);
  }

  private static void tornado(List<Sensitivity> analyses, Writer out) throws IOException {
    try (CsvTable t = new CsvTable(out, List.of("output", "parameter", "low_value", "high_value", "base_mean",
        "low_change", "low_ci_low", "low_ci_high", "high_change", "high_ci_low", "high_ci_high", "swing"))) {
      for (Sensitivity s : analyses) {
        String o = s.output();
        for (Tornado.Bar b : s.tornado()) {
          t.row(List.of(o, b.parameter(), b.lowValue(), b.highValue(), Cells.metric(o, b.baseMean()),
              Cells.metric(o, b.low().mean()), Cells.metric(o, b.low().ciLow()), Cells.metric(o, b.low().ciHigh()),
              Cells.metric(o, b.high().mean()), Cells.metric(o, b.high().ciLow()), Cells.metric(o, b.high().ciHigh()),
              Cells.metric(o, b.swing())));
        }
      }
    }
  }

  private static void morris(List<Sensitivity> analyses, Writer out) throws IOException {
    try (CsvTable t = new CsvTable(out, List.of("output", "parameter", "trajectories", "mu", "mu_star",
        "mu_star_ci_low", "mu_star_ci_high", "sigma"))) {
      for (Sensitivity s : analyses) {
        String o = s.output();
        for (Morris.Effect e : s.morris()) {
          t.row(List.of(o, e.parameter(), Integer.toString(e.trajectories()), Cells.metric(o, e.mu()),
              Cells.metric(o, e.muStar()), Cells.metric(o, e.muStarLow()), Cells.metric(o, e.muStarHigh()),
              Cells.metric(o, e.sigma())));
        }
      }
    }
  }

  private static void sobol(List<Sensitivity> analyses, Writer out) throws IOException {
    try (CsvTable t = new CsvTable(out, List.of("output", "parameter", "first", "first_ci_low", "first_ci_high",
        "total", "total_ci_low", "total_ci_high"))) {
      for (Sensitivity s : analyses) {
        for (SobolIndices.Index i : s.sobol()) {
          t.row(List.of(s.output(), i.parameter(), Cells.decimal(i.first(), 4), Cells.decimal(i.firstLow(), 4),
              Cells.decimal(i.firstHigh(), 4), Cells.decimal(i.total(), 4), Cells.decimal(i.totalLow(), 4),
              Cells.decimal(i.totalHigh(), 4)));
        }
      }
    }
  }

  public static void writeJson(Design design, List<Sensitivity> analyses, Writer out) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("design", design.type().name());
    root.put("points", design.size());
    ArrayNode outputs = root.putArray("outputs");
    for (Sensitivity s : analyses) {
      ObjectNode o = outputs.addObject();
      o.put("output", s.output());
      ArrayNode rows = o.putArray("parameters");
      for (Tornado.Bar b : s.tornado()) {
        ObjectNode r = rows.addObject();
        r.put("parameter", b.parameter()).put("low_value", b.lowValue()).put("high_value", b.highValue());
        r.put("base_mean", Json.number(b.baseMean()));
        interval(r, "low_change", b.low().mean(), b.low().ciLow(), b.low().ciHigh());
        interval(r, "high_change", b.high().mean(), b.high().ciLow(), b.high().ciHigh());
      }
      for (Morris.Effect e : s.morris()) {
        ObjectNode r = rows.addObject();
        r.put("parameter", e.parameter()).put("trajectories", e.trajectories()).put("mu", Json.number(e.mu()));
        interval(r, "mu_star", e.muStar(), e.muStarLow(), e.muStarHigh());
        r.put("sigma", Json.number(e.sigma()));
      }
      for (SobolIndices.Index i : s.sobol()) {
        ObjectNode r = rows.addObject();
        r.put("parameter", i.parameter());
        interval(r, "first", i.first(), i.firstLow(), i.firstHigh());
        interval(r, "total", i.total(), i.totalLow(), i.totalHigh());
      }
    }
    Json.write(root, out);
  }

  private static void interval(ObjectNode r, String name, double value, double low, double high) {
    ObjectNode v = r.putObject(name);
    v.put("value", Json.number(value));
    v.put("ci_low", Json.number(low));
    v.put("ci_high", Json.number(high));
  }

  /** Parameters of an analysis, for charts and the report. */
  static List<String> parameters(Sensitivity s) {
    List<String> out = new ArrayList<>();
    s.tornado().forEach(b -> out.add(b.parameter()));
    s.morris().forEach(e -> out.add(e.parameter()));
    s.sobol().forEach(i -> out.add(i.parameter()));
    return out;
  }
}
