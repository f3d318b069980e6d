package uk.ctsim.experiment;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.DoubleStream;
import uk.ctsim.scenario.Scenario;

/**
 * Times replications on the calling thread (one core): warm-up replications first (JIT), then measured ones.
 * Reports seconds per replication and per simulated year, the memory each replication allocated, the garbage
 * collectors' time, and the peak heap used.
 */
public final class Benchmark {
  private Benchmark() {}

  /**
   * Handlers of a replication's events that a benchmark can leave out, to measure what they cost by what their absence
   * saves: the replication's results are then incomplete, so only {@code ctsim bench} does it, and keeps none.
   */
  public enum Part {
    /** The cost accountant and the costing of each event's original plan. */
    COSTING,
    /** The daily, event, incident, indicator, overtime and mutual-aid collectors. */
    COLLECTORS
  }

  /**
   * What a benchmark measured.
   *
   * @param secondsPerReplication wall-clock seconds of each timed replication
   * @param cpuSecondsPerReplication CPU seconds of the calling thread in each (garbage collection and the JIT run on
   *     other threads and are left out): on a shared machine, where wall time counts the time other work had the
   *     core, the steadier figure for comparing two builds
   * @param allocatedMbPerReplication MB the calling thread allocated in each: the same replications of the same build
   *     allocate the same to within the JIT's choices, however busy the machine, so this compares the garbage two
   *     builds make where timings are too noisy to
   * @param gcSeconds the garbage collectors' time over all the timed replications (pauses of the parallel collector;
   *     the collectors' reported time for others), and {@code collections} how many collections that was
   */
  public record Result(String scenario, int days, int warmup, List<Double> secondsPerReplication,
      List<Double> cpuSecondsPerReplication, List<Double> allocatedMbPerReplication, double gcSeconds,
      long collections, double peakHeapMb) {
    public double meanSeconds() {
      return values(secondsPerReplication).average().orElse(Double.NaN);
    }

    public double minSeconds() {
      return values(secondsPerReplication).min().orElse(Double.NaN);
    }

    public double maxSeconds() {
      return values(secondsPerReplication).max().orElse(Double.NaN);
    }

    public double meanCpuSeconds() {
      return values(cpuSecondsPerReplication).average().orElse(Double.NaN);
    }

    public double meanAllocatedMb() {
      return values(allocatedMbPerReplication).average().orElse(Double.NaN);
    }

    /** Garbage-collection seconds per timed replication. */
    public double gcSecondsPerReplication() {
      return secondsPerReplication.isEmpty() ? Double.NaN : gcSeconds / secondsPerReplication.size();
    }

    public double secondsPerYear() {
      return meanSeconds() * 365.0 / days;
    }

    private static DoubleStream values(List<Double> perReplication) {
      return perReplication.stream().mapToDouble(Double::doubleValue);
    }
  }

  /** Times replications whose events go to every handler but those of the parts {@code leftOut} (none: a real run). */
  public static Result run(Scenario scenario, int warmup, int measured, Set<Part> leftOut) {
    long seed = scenario.run().seed();
    for (int i = 0; i < warmup; i++) Replication.run(scenario, i, Seeds.replicationSeed(seed, i), leftOut);
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    List<Double> seconds = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    List<Double> allocated = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long gcMillisBefore = gcMillis();
    long collectionsBefore = collections();
    for (int i = 0; i < measured; i++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long bytesStart = allocatedBytes(threads);
      Replication.run(scenario, warmup + i, Seeds.replicationSeed(seed, warmup + i), leftOut);
      allocated.add(bytesStart < 0 ? Double.NaN : (allocatedBytes(threads) - bytesStart) / (1024.0 * 1024.0));
      cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
      seconds.add((System.nanoTime() - start) / 1e9);
    }
    double gcSeconds = (gcMillis() - gcMillisBefore) / 1e3;
    long collections = collections() - collectionsBefore;
    double peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    return new Result(scenario.name(), scenario.period().days(), warmup, List.copyOf(seconds), List.copyOf(cpu),
        List.copyOf(allocated), gcSeconds, collections, peak / (1024 * 1024));
  }

  /** Bytes the calling thread has allocated so far, or -1 where the JVM does not count them. */
  private static long allocatedBytes(ThreadMXBean threads) {
    return threads instanceof com.sun.management.ThreadMXBean counting && counting.isThreadAllocatedMemorySupported()
        && counting.isThreadAllocatedMemoryEnabled() ? counting.getCurrentThreadAllocatedBytes() : -1;
  }

  private static long gcMillis() {
    return overCollectors(GarbageCollectorMXBean::getCollectionTime);
  }

  private static long collections() {
    return overCollectors(GarbageCollectorMXBean::getCollectionCount);
  }

  /** A figure summed over the JVM's collectors (each gives -1 where it does not keep it: counted as 0). */
  private static long overCollectors(ToLongFunction<GarbageCollectorMXBean> figure) {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, figure.applyAsLong(gc));
    }
    return sum;
  }
}
