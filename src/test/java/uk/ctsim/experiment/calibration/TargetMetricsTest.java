package uk.ctsim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.experiment.DailyRow;
import uk.ctsim.experiment.EventRow;
import uk.ctsim.experiment.IncidentRow;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ThreatLevel;

/** Per-incident, per-event and threat-share target metrics, on hand-built rows. */
class TargetMetricsTest {
  private static IncidentRow incident(String id, boolean fromPlot, double ct, double nonCt) {
    return new IncidentRow(id, id, AttackType.VEHICLE_KNIFE, ForceId.MET, LocalDateTime.of(2017, 6, 3, 22, 6), fromPlot,
        8, 1150, Map.of(), ct, nonCt, 1214, 0, 0, 0);
  }

  private static EventRow event(String id, boolean generated, long initial, long additional, long opportunity) {
    return new EventRow(id, id, EventType.SPORT, ForceId.MET, LocalDate.of(2017, 8, 4), 10, 3, generated, 100, 190,
        Map.of(), 12.5, initial, additional, opportunity, 0);
  }

  private static DailyRow day(int d, ThreatLevel level) {
    return new DailyRow(LocalDate.of(2017, 5, d), level, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0, 0, 1);
  }

  @Test
  void incidentsEventsAndThreatShares() {
    ReplicationResult r = new ReplicationResult(0, 1, CostLedger.of(List.of()),
        List.of(day(1, ThreatLevel.SEVERE), day(2, ThreatLevel.SEVERE), day(3, ThreatLevel.CRITICAL), day(4, ThreatLevel.SEVERE)),
        List.of(event("wac", false, 100, 150, 46), event("gen", true, 1, 1, 1), event("none", false, 0, 5, 5)),
        List.of(incident("lb", false, 100, 220), incident("plot-3", true, 1, 1), incident("quiet", false, 0, 10)),
        Map.of());
    Map<String, Double> m = TargetMetrics.of(r);
    assertEquals(1150.0, m.get("incident.lb.peak_officers"));
    assertEquals(1214.0, m.get("incident.lb.investigation_officers_first_week"));
    assertEquals(2.2, m.get("incident.lb.non_ct_to_ct_hours_first_week"), 1e-12);
    assertTrue(Double.isNaN(m.get("incident.quiet.non_ct_to_ct_hours_first_week")));
    assertFalse(m.containsKey("incident.plot-3.peak_officers"));
    assertEquals(1.96, m.get("event.wac.cost_ratio_to_initial_plan"), 1e-12);
    assertEquals(12.5, m.get("event.wac.unmet_hours"));
    assertEquals(190.0, m.get("event.wac.final_officers_per_day"));
    assertTrue(Double.isNaN(m.get("event.none.cost_ratio_to_initial_plan")));
    assertFalse(m.containsKey("event.gen.unmet_hours"));
    assertEquals(0.75, m.get("threat.share_days.SEVERE"));
    assertEquals(0.25, m.get("threat.share_days.CRITICAL"));
    assertEquals(0.0, m.get("threat.share_days.LOW"));
    assertEquals(0.0, m.get("cost.total"));
    ReplicationResult empty = new ReplicationResult(0, 1, CostLedger.of(List.of()), List.of(), List.of(), List.of(), Map.of());
    assertEquals(0.0, TargetMetrics.of(empty).get("threat.share_days.SEVERE"));
  }

  @Test
  void namesComeFromTheScenario() {
    Set<String> names = TargetMetrics.names(ScenarioLoader.load(Path.of("scenarios/quickstart.yaml")));
    assertTrue(names.contains("incident.london-bridge-2017.peak_officers"));
    assertTrue(names.contains("incident.london-bridge-2017.investigation_officers_first_week"));
    assertTrue(names.contains("incident.london-bridge-2017.non_ct_to_ct_hours_first_week"));
    assertTrue(names.contains("threat.share_days.CRITICAL"));
    assertTrue(names.contains("cost.total"));
    assertTrue(names.stream().anyMatch(n -> n.startsWith("event.") && n.endsWith(".cost_ratio_to_initial_plan")));
    assertTrue(names.stream().anyMatch(n -> n.startsWith("event.") && n.endsWith(".unmet_hours")));
    assertTrue(names.stream().anyMatch(n -> n.startsWith("event.") && n.endsWith(".final_officers_per_day")));
  }
}
