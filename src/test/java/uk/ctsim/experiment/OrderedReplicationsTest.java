package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.model.TestScenario;

class OrderedReplicationsTest {
  private static Scenario small() {
    return TestScenario.builder().officers(Role.NEIGHBOURHOOD, 30).officers(Role.ARMED, 10)
        .period(TestScenario.START, 5).build();
  }

  @Test
  void theWindowIsTwoReplicationsAThreadAndAtLeastTwo() {
    assertThat(OrderedReplications.window(1)).isEqualTo(2);
    assertThat(OrderedReplications.window(3)).isEqualTo(6);
    assertThat(OrderedReplications.window(0)).isEqualTo(2);
  }

  @Test
  void resultsComeInReplicationOrderAndEqualTheWholeExperimentsWhateverTheThreads() {
    Scenario s = small();
    ExperimentResult whole = Experiment.run(s, 5, 11L, 1, i -> {});
    for (int threads : new int[] {1, 3}) {
      List<ReplicationResult> streamed = new ArrayList<>();
      AtomicInteger done = new AtomicInteger();
      OrderedReplications.run(s, 0, 5, 11L, threads, i -> done.incrementAndGet(), r -> r, streamed::add);
      assertThat(streamed).as(threads + " threads").isEqualTo(whole.replications());
      assertThat(done.get()).isEqualTo(5);
    }
  }

  @Test
  void aPartOfTheExperimentGetsTheSeedsTheWholeRunGivesThoseReplications() {
    Scenario s = small();
    ExperimentResult whole = Experiment.run(s, 5, 11L, 2, i -> {});
    List<Integer> numbers = new ArrayList<>();
    List<ReplicationResult> part = new ArrayList<>();
    OrderedReplications.run(s, 2, 5, 11L, 2, i -> {}, r -> r, part::add);
    part.forEach(r -> numbers.add(r.replication()));
    assertThat(numbers).containsExactly(2, 3, 4);
    assertThat(part).isEqualTo(whole.replications().subList(2, 5));
  }

  @Test
  void theMappingRunsOnTheWorkersAndTheSinkOnTheCallingThread() {
    Scenario s = small();
    List<String> mappedOn = Collections.synchronizedList(new ArrayList<>());
    List<String> sunkOn = new ArrayList<>();
    OrderedReplications.run(s, 0, 3, 1L, 2, i -> {}, r -> {
      mappedOn.add(Thread.currentThread().getName());
      return r.replication();
    }, r -> sunkOn.add(Thread.currentThread().getName() + ":" + r));
    assertThat(mappedOn).hasSize(3).allMatch("ctsim-replication"::equals);
    String caller = Thread.currentThread().getName();
    assertThat(sunkOn).containsExactly(caller + ":0", caller + ":1", caller + ":2");
  }

  @Test
  void anEmptyRangeAndAFailingReplicationAreRefused() {
    Scenario s = small();
    assertThatThrownBy(() -> OrderedReplications.run(s, 3, 3, 1L, 1, i -> {}, r -> r, r -> {}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no replications from 3 to 3");
    assertThatThrownBy(() -> OrderedReplications.run(s, -1, 2, 1L, 1, i -> {}, r -> r, r -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(() -> OrderedReplications.run(s, 0, 2, 1L, 2, i -> {}, r -> {
      throw boom;
    }, r -> {})).isInstanceOf(ReplicationFailedException.class).hasMessageStartingWith("replication 0 (seed ")
        .cause().isSameAs(boom);
    // The user's mistake found in a replication stays the user's mistake, unwrapped.
    uk.ctsim.scenario.ScenarioException mistake = new uk.ctsim.scenario.ScenarioException(
        new uk.ctsim.scenario.Problem(java.nio.file.Path.of("s.yaml"), 3, 1, "x", "bad"));
    assertThatThrownBy(() -> OrderedReplications.run(s, 0, 2, 1L, 2, i -> {}, r -> {
      throw mistake;
    }, r -> {})).isSameAs(mistake);
  }

  @Test
  void aFailedReplicationIsNamedWithItsSeedSoThatItCanBeRunAlone() {
    Scenario s = small();
    assertThatThrownBy(() -> OrderedReplications.run(s, 0, 6, 11L, 2, i -> {}, r -> {
      if (r.replication() == 4) throw new IllegalArgumentException("a fault");
      return r;
    }, r -> {})).isInstanceOf(ReplicationFailedException.class)
        .hasMessage("replication 4 (seed " + Seeds.replicationSeed(11L, 4)
            + ") failed: java.lang.IllegalArgumentException: a fault")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }
}
