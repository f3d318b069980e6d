package uk.ctsim.cli;

import java.util.List;
import java.util.regex.Pattern;

/** Checks the form of {@code --set path=value} arguments; the loader checks that the path and value make sense. */
final class SetArguments {
  private static final Pattern FORM = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\[\\]-]*=.*", Pattern.DOTALL);

  private SetArguments() {}

  static List<String> checked(List<String> overrides) {
    for (String o : overrides) {
      if (!FORM.matcher(o).matches()) {
        throw new UserInputException("--set '" + o + "': expected path=value, such as run.replications=10 "
            + "or events[0].days=3");
      }
    }
    return List.copyOf(overrides);
  }
}
