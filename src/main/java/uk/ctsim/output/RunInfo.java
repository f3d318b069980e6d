package uk.ctsim.output;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * How a run was made, for its manifest. Gathered by the caller, so the manifest writer is a pure function.
 *
 * @param ctsimVersion see {@link BuildInfo#version()}
 * @param gitCommit see {@link BuildInfo#gitCommit}; null when unknown
 * @param scenarioFile the scenario file as run (absolute)
 * @param overrides the {@code --set path=value} overrides, in order
 * @param scenarioJson the scenario as run (overrides applied), as a JSON object
 * @param threads worker threads used for replications
 */
public record RunInfo(String ctsimVersion, String gitCommit, String javaVersion, Path scenarioFile,
    List<String> overrides, String scenarioJson, int threads, OffsetDateTime started, OffsetDateTime ended) {

  public RunInfo {
    Objects.requireNonNull(ctsimVersion, "ctsimVersion");
    Objects.requireNonNull(javaVersion, "javaVersion");
    Objects.requireNonNull(scenarioFile, "scenarioFile");
    overrides = List.copyOf(overrides);
    Objects.requireNonNull(scenarioJson, "scenarioJson");
    if (threads < 1) throw new IllegalArgumentException("threads: must be at least 1, was " + threads);
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(ended, "ended");
  }
}
