package uk.ctsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that cannot be used, with every problem found. The message is the whole text for the user, one problem
 * a line; no stack trace is meant to reach them.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(render(problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public ScenarioException(Problem problem) {
    this(List.of(problem));
  }

  private static String render(List<Problem> problems) {
    Require.isTrue(!problems.isEmpty(), "problems: a ScenarioException needs at least one problem");
    return problems.stream().map(Problem::render).collect(Collectors.joining(System.lineSeparator()));
  }

  /** The problems, in the order found. */
  public List<Problem> problems() {
    return problems;
  }
}
