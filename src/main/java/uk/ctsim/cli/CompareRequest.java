package uk.ctsim.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code ctsim compare} was asked: run folders or scenario files (the first is the reference), and how to run
 * the scenario files.
 */
record CompareRequest(List<Path> runs, RunRequest run) {
  CompareRequest {
    runs = List.copyOf(runs);
    if (runs.size() < 2) throw new IllegalArgumentException("a comparison needs at least two runs");
  }
}
