package uk.ctsim.experiment.calibration;

import java.util.List;

/**
 * A calibration file: the base scenario, parameters to fit (none for a check of the scenario as it is), targets,
 * replications and seed (common random numbers at every evaluation), the optimiser and its budget.
 *
 * @param maxEvaluations most evaluations of the model (each of {@code replications} replications); default 60
 */
public record CalibrationSpec(String name, String scenario, List<String> set, Long seed, Integer replications,
    Method method, Integer maxEvaluations, List<FitParameter> parameters, List<Target> targets) {
  public CalibrationSpec {
    if (scenario == null || scenario.isBlank()) throw new IllegalArgumentException("scenario: is required (the base scenario file)");
    set = set == null ? List.of() : List.copyOf(set);
    if (replications != null && (replications < 1 || replications > 100_000)) {
      throw new IllegalArgumentException("replications: must be 1 to 100000, was " + replications);
    }
    method = method == null ? Method.NELDER_MEAD : method;
    maxEvaluations = maxEvaluations == null ? 60 : maxEvaluations;
    if (maxEvaluations < 1 || maxEvaluations > 100_000) throw new IllegalArgumentException("maxEvaluations: must be 1 to 100000, was " + maxEvaluations);
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
    if (targets == null || targets.isEmpty()) throw new IllegalArgumentException("targets: at least one is required");
    targets = List.copyOf(targets);
  }
}
