package uk.ctsim.experiment.design;

import java.util.List;

/**
 * An experiment file as written.
 *
 * @param name the experiment's name (default: the file name without extension); names the sweep folder
 * @param scenario the base scenario file, relative to the experiment file
 * @param set overrides applied to the base scenario before any parameter, in {@code --set} syntax
 * @param seed master seed; replication r of every point gets the same seed (default: the scenario's run.seed)
 * @param replications replications per point (default: the scenario's run.replications)
 * @param outputs metric names to keep (default: cost.total, cost.additional, cost.opportunity)
 */
public record ExperimentSpec(String name, String scenario, List<String> set, Long seed, Integer replications,
    DesignSpec design, List<ParameterSpec> parameters, List<String> outputs) {
  public static final List<String> DEFAULT_OUTPUTS = List.of("cost.total", "cost.additional", "cost.opportunity");

  public ExperimentSpec {
    if (scenario == null || scenario.isBlank()) throw new IllegalArgumentException("scenario: is required (the base scenario file)");
    set = set == null ? List.of() : List.copyOf(set);
    if (replications != null && (replications < 1 || replications > 100_000)) {
      throw new IllegalArgumentException("replications: must be 1 to 100000, was " + replications);
    }
    if (design == null) throw new IllegalArgumentException("design: is required (with its type)");
    if (parameters == null || parameters.isEmpty()) throw new IllegalArgumentException("parameters: at least one is required");
    parameters = List.copyOf(parameters);
    outputs = outputs == null || outputs.isEmpty() ? DEFAULT_OUTPUTS : List.copyOf(outputs);
  }
}
