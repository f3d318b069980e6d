package uk.ctsim.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;
import uk.ctsim.experiment.design.Design;
import uk.ctsim.experiment.sweep.PointResult;

/**
 * The sensitivity analysis a design supports, for one output: a tornado for one-at-a-time, elementary effects for
 * Morris, Sobol indices for Saltelli; the other lists are empty. Full factorial, Latin hypercube and Sobol-sequence
 * designs have none here (their points and summaries are for the user's own analysis, such as a regression).
 */
public record Sensitivity(String output, List<Tornado.Bar> tornado, List<Morris.Effect> morris,
    List<SobolIndices.Index> sobol) {
  public Sensitivity {
    tornado = List.copyOf(tornado);
    morris = List.copyOf(morris);
    sobol = List.copyOf(sobol);
  }

  public boolean isEmpty() {
    return tornado.isEmpty() && morris.isEmpty() && sobol.isEmpty();
  }

  /** The analysis of each output, in the order given; empty when the design supports none. */
  public static List<Sensitivity> of(Design design, List<PointResult> results, List<String> outputs) {
    List<Sensitivity> out = new ArrayList<>();
    for (String o : outputs) {
      switch (design.type()) {
        case ONE_AT_A_TIME -> out.add(new Sensitivity(o, Tornado.of(design, results, o), List.of(), List.of()));
        case MORRIS -> out.add(new Sensitivity(o, List.of(), Morris.of(design, results, o), List.of()));
        case SALTELLI -> out.add(new Sensitivity(o, List.of(), List.of(), SobolIndices.of(design, results, o)));
        default -> { }
      }
    }
    return out;
  }
}
