package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffFunction;

/** Unmet demand is counted in total and by the role that was short. */
class KpiCollectorTest {
  @Test
  void unmetHoursAreSplitByRole() {
    KpiCollector kpis = new KpiCollector(10);
    DemandRef ref = new DemandRef(DemandKind.EVENT, "e1", ForceId.MET, 0);
    kpis.accept(new SimEvent.DemandUnmet(0, 600, ref, Role.ARMED, 12)); // 12 officers × 10 h = 120 h
    kpis.accept(new SimEvent.DemandUnmet(60, 90, ref, Role.PUBLIC_ORDER, 3)); // 3 × 0.5 h = 1.5 h
    kpis.accept(new SimEvent.DemandUnmet(0, 120, ref, Role.ARMED, 1)); // 2 h
    var result = kpis.result();
    assertThat(result.get("unmet_hours")).isEqualTo(123.5);
    assertThat(result.get("unmet_hours.ARMED")).isEqualTo(122.0);
    assertThat(result.get("unmet_hours.PUBLIC_ORDER")).isEqualTo(1.5);
    assertThat(result.get("unmet_hours.CTSFO")).isEqualTo(0.0);
    assertThat(result.keySet().stream().filter(k -> k.startsWith("unmet_hours."))).hasSize(Role.values().length);
  }

  @Test
  void staffHoursOvertimeAndShortfallAreCountedApartFromOfficers() {
    KpiCollector kpis = new KpiCollector(10);
    DemandRef ref = new DemandRef(DemandKind.INCIDENT_SCENE, "lb", ForceId.MET, 0);
    // 8 h: 6 h working day, 1.5 h overtime, 0.5 h public holiday; then 2 h all overtime
    kpis.accept(new SimEvent.StaffDeployed(0, 480, 1, ForceId.MET, StaffFunction.CSI, ref, 360, 90, 30));
    kpis.accept(new SimEvent.StaffDeployed(600, 720, 2, ForceId.MET, StaffFunction.ANALYST, ref, 0, 120, 0));
    kpis.accept(new SimEvent.StaffUnmet(0, 540, ref, StaffFunction.CSI, 3)); // 3 people × 9 h
    var result = kpis.result();
    assertThat(result.get("staff_hours")).isEqualTo(10.0);
    assertThat(result.get("staff_overtime_hours")).isEqualTo(4.0);
    assertThat(result.get("staff_unmet_hours")).isEqualTo(27.0);
    assertThat(result.get("unmet_hours")).isEqualTo(0.0);
    assertThat(result.get("officer_hours_incident")).isEqualTo(0.0);
    assertThat(result.get("pcso_hours")).isEqualTo(0.0);
    assertThat(result.get("specials_hours")).isEqualTo(0.0);
  }

  @Test
  void pcsoAndSpecialsHoursAreTheirOwnAndNotPoliceStaffs() {
    KpiCollector kpis = new KpiCollector(10);
    DemandRef ref = new DemandRef(DemandKind.VISIBLE_PATROL, "posture", ForceId.MET, 0);
    // a PCSO's 10 h (1 h overtime) and 2.5 h; a special's 8 h and 4 h
    kpis.accept(new SimEvent.StaffDeployed(0, 600, 1, ForceId.MET, StaffFunction.PCSO, ref, 540, 60, 0));
    kpis.accept(new SimEvent.StaffDeployed(0, 150, 2, ForceId.MET, StaffFunction.PCSO, ref, 150, 0, 0));
    kpis.accept(new SimEvent.StaffDeployed(0, 480, 3, ForceId.MET, StaffFunction.SPECIAL_CONSTABLE, ref, 480, 0, 0));
    kpis.accept(new SimEvent.StaffDeployed(0, 240, 4, ForceId.MET, StaffFunction.SPECIAL_CONSTABLE, ref, 240, 0, 0));
    var result = kpis.result();
    assertThat(result.get("pcso_hours")).isEqualTo(12.5);
    assertThat(result.get("specials_hours")).isEqualTo(12.0);
    assertThat(result.get("staff_hours")).isEqualTo(0.0);
    assertThat(result.get("staff_overtime_hours")).isEqualTo(0.0);
    assertThat(result.get("officer_hours_posture")).isEqualTo(0.0);
  }
}
