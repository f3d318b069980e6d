package uk.ctsim.scenario;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that every force a scenario names (events, generators, incidents, CT hubs) is one it declares. */
final class ForceReferences {
  private ForceReferences() {}

  static void check(List<ForceSpec> forces, List<EventSpec> events, List<GeneratorSpec> generators,
      List<ScheduledIncident> incidents) {
    Set<String> declared = forces.stream().map(f -> f.id().name()).collect(Collectors.toCollection(java.util.TreeSet::new));
    for (int i = 0; i < forces.size(); i++) {
      if (forces.get(i).ctHub() != null) known(forces.get(i).ctHub(), declared, "forces[" + i + "].ctHub");
    }
    for (int i = 0; i < events.size(); i++) known(events.get(i).force(), declared, "events[" + i + "].force");
    for (int i = 0; i < generators.size(); i++) known(generators.get(i).force(), declared, "generators[" + i + "].force");
    for (int i = 0; i < incidents.size(); i++) {
      known(incidents.get(i).force(), declared, "incidents.scheduled[" + i + "].force");
    }
  }

  /** Every force of the on-call rota ({@code pay.allowances.onCall}) is one the scenario declares. */
  static void checkOnCall(List<ForceSpec> forces, List<OnCallSpec> onCall) {
    Set<String> declared = forces.stream().map(f -> f.id().name()).collect(Collectors.toCollection(java.util.TreeSet::new));
    for (int i = 0; i < onCall.size(); i++) known(onCall.get(i).force(), declared, "pay.allowances.onCall[" + i + "].force");
  }

  private static void known(ForceId force, Set<String> declared, String field) {
    Require.isTrue(declared.contains(force.name()), field + ": the scenario declares no force '" + force + "'"
        + Suggest.didYouMean(force.name(), declared) + "; its forces are " + String.join(", ", declared)
        + " (a force that leads an event or incident, or hosts a CT unit, is declared under forces)");
  }
}
