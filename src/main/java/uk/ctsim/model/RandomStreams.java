package uk.ctsim.model;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Independent random streams, one per purpose, derived from a replication's seed. Changing how many numbers one
 * purpose draws (say, more events) does not shift the draws of another (say, incident arrivals). Stream seeds are
 * {@code splitmix64(seed ^ splitmix64(purpose ordinal + 1))}, a standard way to decorrelate nearby seeds.
 */
public final class RandomStreams {
  /** What a stream is used for. Add new purposes at the end to keep existing streams unchanged. */
  public enum Purpose { WORKFORCE, LEAVE, SICKNESS, EVENT_ARRIVALS, EVENT_SIZES, INCIDENT_ARRIVALS, INCIDENT_SEVERITY,
    PLOTS, THREAT, ARMED_RESPONSE, ARRESTS, PREVENT, FATIGUE }

  private final RandomGenerator[] streams = new RandomGenerator[Purpose.values().length];

  public RandomStreams(long seed) {
    for (Purpose p : Purpose.values()) {
      long s = splitMix64(seed ^ splitMix64(p.ordinal() + 1L));
      streams[p.ordinal()] = new Well19937c(new int[] {(int) s, (int) (s >>> 32), p.ordinal()});
    }
  }

  public RandomGenerator get(Purpose purpose) {
    return streams[purpose.ordinal()];
  }

  /** SplitMix64 finaliser (Steele, Lea and Flood 2014). */
  public static long splitMix64(long x) {
    long z = x + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
