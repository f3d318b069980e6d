package uk.ctsim.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import uk.ctsim.scenario.Scenario;

/**
 * Times replications on the calling thread (one core): warm-up replications first (JIT), then measured ones.
 * Reports seconds per replication and per simulated year, and the peak heap used.
 */
public final class Benchmark {
  private Benchmark() {}

  /**
   * What a benchmark measured.
   *
   * @param secondsPerReplication wall-clock seconds of each timed replication
   * @param cpuSecondsPerReplication CPU seconds of the calling thread in each (garbage collection and the JIT run on
   *     other threads and are left out): on a shared machine, where wall time counts the time other work had the
   *     core, the steadier figure for comparing two builds
   */
  public record Result(String scenario, int days, int warmup, List<Double> secondsPerReplication,
      List<Double> cpuSecondsPerReplication, double peakHeapMb) {
    public double meanSeconds() {
      return secondsPerReplication.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public double minSeconds() {
      return secondsPerReplication.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double maxSeconds() {
      return secondsPerReplication.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    public double meanCpuSeconds() {
      return cpuSecondsPerReplication.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public double secondsPerYear() {
      return meanSeconds() * 365.0 / days;
    }
  }

  public static Result run(Scenario scenario, int warmup, int measured) {
    long seed = scenario.run().seed();
    for (int i = 0; i < warmup; i++) Replication.run(scenario, i, Seeds.replicationSeed(seed, i));
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    List<Double> seconds = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < measured; i++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      Replication.run(scenario, warmup + i, Seeds.replicationSeed(seed, warmup + i));
      cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
      seconds.add((System.nanoTime() - start) / 1e9);
    }
    double peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    return new Result(scenario.name(), scenario.period().days(), warmup, List.copyOf(seconds), List.copyOf(cpu), peak / (1024 * 1024));
  }
}
