package uk.ctsim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is legal in a scenario but probably not meant: an event or scheduled incident wholly outside the period (it is
 * not simulated), an incident type with no response phases (its incidents draw no officers), and dated posture or
 * military periods without a threat timeline (they do not apply). These are warnings,
 * not errors, because shortening the period with {@code --set period.end=...} for a quick run is legitimate and leaves
 * later events outside it.
 */
public final class ScenarioWarnings {
  private ScenarioWarnings() {}

  /** One line per warning, each naming the field, in scenario order. */
  public static List<String> of(Scenario s) {
    List<String> out = new ArrayList<>();
    Period p = s.period();
    for (int i = 0; i < s.events().size(); i++) {
      EventSpec e = s.events().get(i);
      if (outside(e.start(), e.end(), p)) {
        out.add("events[" + i + "] (" + e.id() + "): " + e.start() + " to " + e.end() + " lies wholly outside the period "
            + p.start() + " to " + p.end() + "; it is not simulated");
      }
    }
    for (int i = 0; i < s.incidents().scheduled().size(); i++) {
      ScheduledIncident inc = s.incidents().scheduled().get(i);
      LocalDate day = inc.at().toLocalDate();
      if (outside(day, day, p)) {
        out.add("incidents.scheduled[" + i + "] (" + inc.id() + "): " + inc.at() + " lies outside the period " + p.start()
            + " to " + p.end() + "; it does not happen");
      }
    }
    for (Map.Entry<AttackType, IncidentTypeSpec> t : new java.util.TreeMap<>(s.incidents().types()).entrySet()) {
      if (t.getValue().phases().isEmpty()) {
        out.add("incidents.types." + t.getKey() + ": no response phases, so its incidents draw no officers and cost "
            + "only their nonPayGbp");
      }
    }
    if (s.threat().mode() != ThreatSpec.Mode.TIMELINE) {
      if (!s.posture().periods().isEmpty()) {
        out.add("posture.periods: dated periods apply only with threat.mode TIMELINE; with " + s.threat().mode()
            + " posture follows the level");
      }
      if (!s.deployment().military().periods().isEmpty()) {
        out.add("deployment.military.periods: dated periods apply only with threat.mode TIMELINE; with "
            + s.threat().mode() + " soldiers guard from leadTimeHours after posture becomes CRITICAL");
      }
    }
    return out;
  }

  private static boolean outside(LocalDate first, LocalDate last, Period p) {
    return last.isBefore(p.start()) || first.isAfter(p.end());
  }
}
