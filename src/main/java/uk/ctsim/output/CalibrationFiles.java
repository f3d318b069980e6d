package uk.ctsim.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.Summary;
import uk.ctsim.experiment.calibration.CalibrationPlan;
import uk.ctsim.experiment.calibration.Calibrator;
import uk.ctsim.experiment.calibration.Target;
import uk.ctsim.experiment.design.Parameter;

/**
 * The files of {@code ctsim calibrate}: {@code fitted.csv} (each parameter's fitted value), {@code fit.csv} (each
 * target: figure, model mean and 95% CI at the fitted values, acceptable or not), {@code path.csv} (every evaluation
 * of the optimiser: parameter values and loss) and {@code calibration.json} (all of it).
 */
public final class CalibrationFiles {
  public static final String FITTED = "fitted.csv";
  public static final String FIT = "fit.csv";
  public static final String PATH = "path.csv";
  public static final String JSON = "calibration.json";

  private CalibrationFiles() {}

  public static void writeFitted(CalibrationPlan plan, Calibrator.Fit fit, Writer out) throws IOException {
    try (CsvTable t = new CsvTable(out, List.of("parameter", "min", "max", "start", "fitted"))) {
      List<Parameter> ps = plan.parameters();
      for (int i = 0; i < ps.size(); i++) {
        var p = plan.spec().parameters().get(i);
        t.row(List.of(p.path(), Double.toString(p.min()), Double.toString(p.max()), Double.toString(p.start()),
            fit.best().point().texts().get(i)));
      }
    }
  }

  public static void writeFit(List<Calibrator.TargetFit> fits, Writer out) throws IOException {
    try (CsvTable t = new CsvTable(out, List.of("target", "metric", "value", "min", "max", "n", "mean", "ci_low",
        "ci_high", "accepted", "figure", "source"))) {
      for (Calibrator.TargetFit f : fits) {
        Target g = f.target();
        Summary s = f.summary();
        t.row(List.of(g.id(), g.metric(), plain(g.value()), plain(g.min()), plain(g.max()), Integer.toString(s.n()),
            Cells.decimal(s.mean(), 4), Cells.decimal(s.ciLow(), 4), Cells.decimal(s.ciHigh(), 4),
            Boolean.toString(f.accepted()), g.figure(), g.source()));
      }
    }
  }

  public static void writePath(CalibrationPlan plan, Calibrator.Fit fit, Writer out) throws IOException {
    List<String> columns = new ArrayList<>(List.of("evaluation"));
    plan.parameters().forEach(p -> columns.add(p.path()));
    columns.add("loss");
    try (CsvTable t = new CsvTable(out, columns)) {
      for (Calibrator.Evaluation e : fit.path()) {
        List<String> row = new ArrayList<>(List.of(Integer.toString(e.index())));
        row.addAll(e.point().texts());
        row.add(Double.toString(e.loss()));
        t.row(row);
      }
    }
  }

  public static void writeJson(CalibrationPlan plan, Calibrator.Fit fit, Writer out) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("name", plan.name());
    root.put("method", plan.spec().method().name());
    root.put("replications", plan.replications());
    root.put("master_seed", plan.masterSeed());
    root.put("evaluations", fit.path().size());
    root.put("stopped_at_budget", fit.stoppedAtBudget());
    root.put("best_evaluation", fit.best().index());
    root.put("loss", Json.number(fit.best().loss()));
    ObjectNode fitted = root.putObject("fitted");
    for (int i = 0; i < plan.parameters().size(); i++) {
      fitted.put(plan.parameters().get(i).path(), fit.best().point().texts().get(i));
    }
    ArrayNode targets = root.putArray("targets");
    for (Calibrator.TargetFit f : fit.targets()) {
      ObjectNode t = targets.addObject();
      t.put("target", f.target().id()).put("metric", f.target().metric()).put("value", Json.number(f.target().value()));
      t.put("mean", Json.number(f.summary().mean())).put("ci_low", Json.number(f.summary().ciLow()))
          .put("ci_high", Json.number(f.summary().ciHigh())).put("accepted", f.accepted());
    }
    Json.write(root, out);
  }

  static String plain(double x) {
    if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
    return Cells.decimal(x, 4);
  }
}
