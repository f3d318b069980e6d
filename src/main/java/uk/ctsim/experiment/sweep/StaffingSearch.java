package uk.ctsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.BetaDistribution;
import uk.ctsim.experiment.design.Point;

/**
 * The minimum-staffing finder: the smallest establishment n of a role (between {@code low} and {@code high}) such that
 * a metric stays at or below a limit in at least a stated share of replications. Each round runs as many candidate
 * establishments as there are threads through the sweep runner (in parallel, on common random numbers: every
 * candidate has the same replication seeds) and narrows the interval between the largest candidate that fails and the
 * smallest that passes, until it is no wider than {@code step}. This assumes that more officers never make the metric
 * worse on the same random numbers (monotone); every evaluated candidate is returned so that the assumption can be
 * checked. The share at each candidate comes with its exact (Clopper-Pearson) 95% interval.
 */
public final class StaffingSearch {
  private StaffingSearch() {}

  /** The question. */
  public record Question(String metric, double limit, double share, int low, int high, int step, int replications,
      long masterSeed, int threads) {
    public Question {
      if (!(share > 0 && share <= 1)) throw new IllegalArgumentException("share must be in (0, 1], was " + share);
      if (low < 0 || high <= low) throw new IllegalArgumentException("need 0 <= low < high, was " + low + " and " + high);
      if (step < 1) throw new IllegalArgumentException("step must be at least 1, was " + step);
      if (replications < 1) throw new IllegalArgumentException("replications must be at least 1");
      if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  /** One evaluated establishment. */
  public record Candidate(int officers, int passing, int replications, double shareLow, double shareHigh,
      double meanMetric, boolean passes) {
    public double share() {
      return (double) passing / replications;
    }
  }

  /**
   * @param answer the smallest passing establishment found (within {@code step}), or -1 when even {@code high} fails
   * @param lowerBound the largest establishment evaluated that fails (the answer lies above it), or -1 if none
   */
  public record Answer(int answer, int lowerBound, List<Candidate> evaluated) {}

  /** @param model evaluates a point whose single value (and text) is the establishment */
  public static Answer find(Question q, PointModel model) {
    TreeMap<Integer, Candidate> seen = new TreeMap<>();
    evaluate(List.of(q.low(), q.high()), q, model, seen);
    if (!seen.get(q.high()).passes()) return new Answer(-1, q.high(), List.copyOf(seen.values()));
    if (seen.get(q.low()).passes()) return new Answer(q.low(), -1, List.copyOf(seen.values()));
    int fail = q.low();
    int pass = q.high();
    while (pass - fail > q.step()) {
      List<Integer> next = interior(fail, pass, q.threads(), q.step());
      evaluate(next, q, model, seen);
      for (int n : next) {
        if (seen.get(n).passes()) pass = Math.min(pass, n);
      }
      for (int n : next) {
        if (!seen.get(n).passes() && n < pass) fail = Math.max(fail, n);
      }
    }
    return new Answer(pass, fail, List.copyOf(seen.values()));
  }

  /** Up to {@code count} establishments strictly between fail and pass, evenly spaced, distinct. */
  static List<Integer> interior(int fail, int pass, int count, int step) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      int n = fail + (int) Math.round((pass - fail) * (double) i / (count + 1));
      if (n > fail && n < pass && !out.contains(n)) out.add(n);
    }
    if (out.isEmpty()) out.add(fail + Math.max(1, Math.min(step, (pass - fail) / 2)));
    return out;
  }

  private static void evaluate(List<Integer> officers, Question q, PointModel model, TreeMap<Integer, Candidate> seen) {
    List<Point> points = new ArrayList<>();
    for (int n : officers) {
      if (!seen.containsKey(n)) points.add(new Point(n, new double[] {0}, List.of(Integer.toString(n)), new double[] {n}));
    }
    if (points.isEmpty()) return;
    List<PointResult> results = Sweep.run(points, model, new Sweep.Settings(List.of(q.metric()), q.replications(),
        q.masterSeed(), q.threads()), new MemoryStore(), r -> {});
    for (PointResult r : results) seen.put(r.point(), candidate(r.point(), r.output(q.metric()), q));
  }

  static Candidate candidate(int officers, double[] values, Question q) {
    int passing = 0;
    double sum = 0;
    for (double v : values) {
      if (v <= q.limit()) passing++;
      sum += v;
    }
    double[] ci = clopperPearson(passing, values.length);
    return new Candidate(officers, passing, values.length, ci[0], ci[1], sum / values.length,
        passing >= q.share() * values.length - 1e-9);
  }

  /** The exact 95% interval of a binomial share: x successes in n trials. */
  static double[] clopperPearson(int x, int n) {
    double low = x == 0 ? 0 : new BetaDistribution(null, x, n - x + 1.0).inverseCumulativeProbability(0.025);
    double high = x == n ? 1 : new BetaDistribution(null, x + 1.0, n - x).inverseCumulativeProbability(0.975);
    return new double[] {low, high};
  }
}
