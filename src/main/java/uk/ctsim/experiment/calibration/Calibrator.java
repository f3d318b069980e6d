package uk.ctsim.experiment.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import uk.ctsim.experiment.Summary;
import uk.ctsim.experiment.design.Parameter;
import uk.ctsim.experiment.design.Point;
import uk.ctsim.experiment.sweep.PointModel;
import uk.ctsim.experiment.sweep.PointResult;
import uk.ctsim.experiment.sweep.Sweep;

/**
 * Fits parameters to targets. The search runs in unit coordinates (0 is a parameter's min, 1 its max); each
 * evaluation runs the model's replications with the same seeds (common random numbers), so the loss is a
 * deterministic function of the parameters and differences between evaluations are not noise. The loss is
 * Σ weight × ((mean − value) / tolerance)². The fit is the evaluation with the lowest loss (the first, on a tie).
 */
public final class Calibrator {
  /** Added to the loss per squared unit outside [0, 1], so Nelder-Mead stays inside the bounds. */
  static final double PENALTY = 1e6;
  /** The loss of an evaluation whose metric is not a number (such as a ratio with nothing to divide by). */
  static final double UNDEFINED_LOSS = 1e12;

  private Calibrator() {}

  /** What to fit, and how. */
  public record Problem(List<Parameter> parameters, double[] start, List<Target> targets, int replications,
      long masterSeed, Method method, int maxEvaluations) {
    public Problem {
      parameters = List.copyOf(parameters);
      start = start.clone();
      targets = List.copyOf(targets);
      if (parameters.isEmpty()) throw new IllegalArgumentException("a calibration needs at least one parameter to fit");
      if (start.length != parameters.size()) throw new IllegalArgumentException("one start value per parameter");
    }

    List<String> metrics() {
      return targets.stream().map(Target::metric).distinct().toList();
    }
  }

  /** One evaluation of the model on the optimiser's path. */
  public record Evaluation(int index, Point point, double loss, PointResult result) {}

  /** A target's fit: the metric's statistics across replications at the fitted values. */
  public record TargetFit(Target target, Summary summary, boolean accepted) {}

  /** The result: the best evaluation, each target's fit there, and every evaluation in order. */
  public record Fit(Evaluation best, List<TargetFit> targets, List<Evaluation> path, boolean stoppedAtBudget) {}

  public static Fit fit(Problem problem, PointModel model) {
    List<Evaluation> path = new ArrayList<>();
    Sweep.Settings settings = new Sweep.Settings(problem.metrics(), problem.replications(), problem.masterSeed(), 1);
    boolean stopped = false;
    try {
      optimise(problem, unit -> evaluate(problem, model, settings, unit, path));
    } catch (TooManyEvaluationsException e) {
      stopped = true;
    }
    Evaluation best = path.get(0);
    for (Evaluation e : path) if (e.loss() < best.loss()) best = e;
    return new Fit(best, targetFits(problem.targets(), best.result()), List.copyOf(path), stopped);
  }

  private static void optimise(Problem problem, java.util.function.ToDoubleFunction<double[]> loss) {
    int k = problem.parameters().size();
    ObjectiveFunction objective = new ObjectiveFunction(x -> {
      double[] inside = clamp(x);
      double outside = 0;
      for (int i = 0; i < k; i++) outside += (x[i] - inside[i]) * (x[i] - inside[i]);
      return loss.applyAsDouble(inside) + PENALTY * outside;
    });
    if (problem.method() == Method.NELDER_MEAD) {
      new SimplexOptimizer(1e-6, 1e-9).optimize(new MaxEval(problem.maxEvaluations()), objective, GoalType.MINIMIZE,
          new InitialGuess(problem.start()), new NelderMeadSimplex(k, 0.2));
    } else {
      double[] sigma = new double[k];
      Arrays.fill(sigma, 0.3);
      double[] upper = new double[k];
      Arrays.fill(upper, 1);
      new CMAESOptimizer(problem.maxEvaluations(), 0, true, 0, 0, new MersenneTwister(problem.masterSeed()), false, null)
          .optimize(new MaxEval(problem.maxEvaluations()), objective, GoalType.MINIMIZE, new InitialGuess(problem.start()),
              new SimpleBounds(new double[k], upper), new CMAESOptimizer.Sigma(sigma),
              new CMAESOptimizer.PopulationSize(4 + (int) Math.floor(3 * Math.log(k))));
    }
  }

  private static double evaluate(Problem problem, PointModel model, Sweep.Settings settings, double[] unit,
      List<Evaluation> path) {
    Point point = Point.at(path.size(), unit, problem.parameters());
    PointResult result = Sweep.runPoint(point, model, settings, r -> {});
    double loss = loss(problem.targets(), result);
    path.add(new Evaluation(path.size(), point, loss, result));
    return loss;
  }

  static double loss(List<Target> targets, PointResult result) {
    double sum = 0;
    for (Target t : targets) {
      double mean = result.mean(t.metric());
      sum += Double.isFinite(mean) ? t.loss(mean) : UNDEFINED_LOSS;
    }
    return sum;
  }

  static double[] clamp(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) out[i] = Math.min(1, Math.max(0, x[i]));
    return out;
  }

  /** Each target's statistics and whether its mean is acceptable, from one point's replications. */
  public static List<TargetFit> targetFits(List<Target> targets, PointResult result) {
    List<TargetFit> out = new ArrayList<>();
    for (Target t : targets) {
      Summary s = Summary.of(result.output(t.metric()));
      out.add(new TargetFit(t, s, t.accepts(s.mean())));
    }
    return out;
  }
}
