package uk.ctsim.scenario;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyday (non-counter-terrorism) demand: the functions each force's ordinary duty meets. Counter-terrorism demand
 * competes with it for the same officers. No functions (the default): ordinary duty is never short.
 *
 * @param functions the functions, each met by one role in every force that has officers in it
 */
public record EverydaySpec(List<EverydayFunction> functions) {
  public EverydaySpec {
    functions = List.copyOf(Require.orDefault(functions, List.of()));
    Set<String> ids = new HashSet<>();
    Map<Role, Double> shares = new EnumMap<>(Role.class);
    for (EverydayFunction f : functions) {
      Require.isTrue(ids.add(f.id()), "functions: function '" + f.id() + "' appears twice");
      shares.merge(f.role(), f.roleShare(), Double::sum);
    }
    shares.forEach((role, share) -> Require.isTrue(share <= 1 + 1e-9,
        "functions: the roleShare of the functions of " + role + " add up to " + share + ", more than 1"));
  }

  public static EverydaySpec defaults() {
    return new EverydaySpec(null);
  }
}
