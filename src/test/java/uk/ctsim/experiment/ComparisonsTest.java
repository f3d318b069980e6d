package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.ThreatLevel;

/** The comparison rules: paired on shared seeds, Welch otherwise, refusals, labels, and the levels plan. */
class ComparisonsTest {
  private static MetricTable table(double... x) {
    List<Map<String, Double>> reps = new java.util.ArrayList<>();
    for (double v : x) reps.add(Map.of("x", v));
    return MetricTable.of(reps);
  }

  private static ComparedRun run(String folder, long master, List<Long> seeds, MetricTable t) {
    return new ComparedRun(Path.of("out", folder), "s-" + folder, master, seeds, t);
  }

  @Test
  void runsThatShareEverySeedArePairedAndOthersWelch() {
    ComparedRun a = run("a", 1, List.of(10L, 11L), table(1, 3));
    ComparedRun b = run("b", 1, List.of(10L, 11L), table(2, 6));
    Comparison paired = Comparisons.ofRuns(List.of(a, b));
    assertThat(paired.method()).isEqualTo(ComparisonMethod.PAIRED);
    assertThat(paired.paired()).isTrue();
    assertThat(paired.labels()).containsExactly("a", "b");
    assertThat(paired.reference()).isZero();
    assertThat(paired.metrics()).containsExactly("x");
    // b - a per replication: 1 and 3, mean 2
    assertThat(paired.row(1, "x").difference().mean()).isEqualTo(2.0);
    ComparedRun c = run("c", 2, List.of(20L, 21L, 22L), table(2, 4, 6));
    Comparison welch = Comparisons.ofRuns(List.of(a, c));
    assertThat(welch.method()).isEqualTo(ComparisonMethod.WELCH);
    assertThat(welch.paired()).isFalse();
    assertThat(welch.row(1, "x").difference().method()).isEqualTo(ComparisonMethod.WELCH);
    ComparedRun sameCountOtherSeeds = run("d", 2, List.of(11L, 10L), table(2, 6));
    assertThat(Comparisons.ofRuns(List.of(a, sameCountOtherSeeds)).method()).isEqualTo(ComparisonMethod.WELCH);
  }

  @Test
  void runsThatShareTheMasterSeedButNotTheReplicationCountAreRefused() {
    ComparedRun a = run("a", 1, List.of(10L, 11L), table(1, 3));
    ComparedRun b = run("b", 1, List.of(10L, 11L, 12L), table(2, 6, 7));
    assertThatThrownBy(() -> Comparisons.ofRuns(List.of(a, b))).isInstanceOf(IncomparableRunsException.class)
        .hasMessage("cannot compare " + Path.of("out", "a") + " (2 replications) with " + Path.of("out", "b")
            + " (3 replications): they share the master seed, so a paired comparison needs the same number of "
            + "replications; rerun one with --replications 2");
  }

  @Test
  void metricsThatDoNotLineUpAreRefusedNamingTheRun() {
    ComparedRun a = run("a", 1, List.of(10L), table(1));
    ComparedRun b = new ComparedRun(Path.of("b"), "s", 2, List.of(20L), MetricTable.of(List.of(Map.of("y", 1.0))));
    assertThatThrownBy(() -> Comparisons.ofRuns(List.of(a, b))).isInstanceOf(IncomparableRunsException.class)
        .hasMessageStartingWith("cannot compare these runs: metrics do not line up: x is missing from b");
  }

  @Test
  void runsWithTheSameFolderNameGetNumberedLabels() {
    MetricTable t = table(1, 2);
    List<Long> seeds = List.of(1L, 2L);
    List<ComparedRun> runs = List.of(new ComparedRun(Path.of("x", "r"), "s", 1, seeds, t),
        new ComparedRun(Path.of("y", "r"), "s", 1, seeds, t), new ComparedRun(Path.of("z", "r"), "s", 1, seeds, t),
        new ComparedRun(Path.of("q"), "s", 1, seeds, t));
    assertThat(Comparisons.labels(runs)).containsExactly("r", "r#2", "r#3", "q");
  }

  @Test
  void levelsAreComparedPairedInLevelOrderWithTheReferenceInItsPlace() {
    Map<ThreatLevel, MetricTable> tables = new EnumMap<>(ThreatLevel.class);
    tables.put(ThreatLevel.SEVERE, table(5, 7));
    tables.put(ThreatLevel.LOW, table(1, 1));
    tables.put(ThreatLevel.CRITICAL, table(9, 9));
    Comparison c = Comparisons.ofLevels(tables, ThreatLevel.SEVERE);
    assertThat(c.labels()).containsExactly("LOW", "SEVERE", "CRITICAL");
    assertThat(c.reference()).isEqualTo(1);
    assertThat(c.method()).isEqualTo(ComparisonMethod.PAIRED);
    assertThat(c.row("LOW", "x").difference().mean()).isEqualTo(-5.0);
    assertThatThrownBy(() -> Comparisons.ofLevels(tables, ThreatLevel.MODERATE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the reference MODERATE was not run");
  }

  @Test
  void theMethodIsChosenFromTheSeedsAndWrittenInLowerCase() {
    assertThat(ComparisonMethod.forSeeds(List.of(List.of(1L, 2L), List.of(1L, 2L)))).isEqualTo(ComparisonMethod.PAIRED);
    assertThat(ComparisonMethod.forSeeds(List.of(List.of(1L, 2L), List.of(1L)))).isEqualTo(ComparisonMethod.WELCH);
    assertThat(ComparisonMethod.forSeeds(List.of(List.of(1L)))).isEqualTo(ComparisonMethod.PAIRED);
    assertThat(ComparisonMethod.PAIRED.label()).isEqualTo("paired");
    assertThat(ComparisonMethod.WELCH.label()).isEqualTo("welch");
  }

  @Test
  void aLevelsPlanSortsItsLevelsAndDerivesTheSharedSeeds() {
    LevelsPlan plan = new LevelsPlan("s", 42, 3, List.of(ThreatLevel.SEVERE, ThreatLevel.LOW, ThreatLevel.SEVERE),
        ThreatLevel.LOW);
    assertThat(plan.levels()).containsExactly(ThreatLevel.LOW, ThreatLevel.SEVERE);
    assertThat(plan.seeds()).containsExactly(Seeds.replicationSeed(42, 0), Seeds.replicationSeed(42, 1),
        Seeds.replicationSeed(42, 2));
    assertThatThrownBy(() -> new LevelsPlan("s", 1, 1, List.of(ThreatLevel.LOW), ThreatLevel.SEVERE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the reference SEVERE is not run");
    assertThatThrownBy(() -> new LevelsPlan("s", 1, 1, List.of(), ThreatLevel.SEVERE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no threat level to run");
  }

  @Test
  void aComparedRunFromAResultTakesItsScenarioNameAndSeeds() {
    ExperimentResult result = uk.ctsim.output.Fixtures.result();
    ComparedRun r = ComparedRun.of(Path.of("f"), result, MetricTable.of(result));
    assertThat(r.scenario()).isEqualTo(result.scenario().name());
    assertThat(r.masterSeed()).isEqualTo(result.masterSeed());
    assertThat(r.seeds()).isEqualTo(result.replications().stream().map(ReplicationResult::seed).toList());
    assertThat(r.folder()).isEqualTo(Path.of("f"));
  }
}
