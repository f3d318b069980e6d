package uk.ctsim.cli;

import java.nio.file.Path;
import java.util.List;
import uk.ctsim.scenario.ThreatLevel;

/**
 * What {@code ctsim levels} was asked.
 *
 * @param levels the threat levels to run
 * @param reference the level differences are taken from; null for the scenario's own starting level
 */
record LevelsRequest(Path scenarioFile, List<ThreatLevel> levels, ThreatLevel reference, RunRequest run) {
  LevelsRequest {
    levels = List.copyOf(levels);
  }
}
