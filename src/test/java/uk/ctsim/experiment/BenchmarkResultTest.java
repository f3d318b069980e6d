package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkResultTest {
  @Test
  void meanMinAndMaxAreOverTheTimedReplicationsAndAYearScalesTheMean() {
    Benchmark.Result r = new Benchmark.Result("s", 73, 2, List.of(0.5, 0.25, 1.5), List.of(0.5, 0.25, 0.75),
        List.of(200.0, 100.0, 300.0), 0.3, 4, 100);
    assertThat(r.meanCpuSeconds()).isEqualTo(0.5);
    assertThat(r.meanSeconds()).isEqualTo(0.75);
    assertThat(r.minSeconds()).isEqualTo(0.25);
    assertThat(r.maxSeconds()).isEqualTo(1.5);
    assertThat(r.secondsPerYear()).isEqualTo(0.75 * 5);
    assertThat(r.meanAllocatedMb()).isEqualTo(200.0);
    assertThat(r.gcSecondsPerReplication()).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void noTimedReplicationGivesNotANumber() {
    Benchmark.Result r = new Benchmark.Result("s", 365, 0, List.of(), List.of(), List.of(), 0, 0, 0);
    assertThat(r.meanCpuSeconds()).isNaN();
    assertThat(r.meanSeconds()).isNaN();
    assertThat(r.minSeconds()).isNaN();
    assertThat(r.maxSeconds()).isNaN();
    assertThat(r.meanAllocatedMb()).isNaN();
    assertThat(r.gcSecondsPerReplication()).isNaN();
  }
}
