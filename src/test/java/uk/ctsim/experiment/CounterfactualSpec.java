package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.cost.CostKind;
import uk.ctsim.model.TestScenario;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.EverydayFunction;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.PhaseSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.RunSettings;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.SupplySource;
import uk.ctsim.scenario.ThreatLevel;
import uk.ctsim.scenario.ThreatSpec;

/** The cost attributable to counter-terrorism: a run minus the same seed without counter-terrorism demand. */
class CounterfactualSpec {
  private static final LocalDate START = TestScenario.START;

  /** Response officers with everyday work that cannot wait, filled from rest days; an attack that needs them. */
  private static TestScenario base() {
    return TestScenario.builder().officers(Role.RESPONSE, 20).officers(Role.ARMED, 10).period(START, 7)
        .roster(Role.RESPONSE, "DDDDDRR")
        .everyday(new EverydayFunction("response", Role.RESPONSE, null, 1.0, false, List.of(SupplySource.REST_DAY),
            null, null, null, null))
        .incidentType(AttackType.VEHICLE_KNIFE, new IncidentTypeSpec(null, 8.0, 0.0, List.of(
            TestScenario.phase(PhaseSpec.Kind.IMMEDIATE, 0, 0.25, 6, true, 0, new StaffingRow(Role.ARMED, 4, null)),
            TestScenario.phase(PhaseSpec.Kind.SCENE, 1, 1, 8, false, 0,
                new StaffingRow(Role.RESPONSE, 5, null))), 1000.0));
  }

  private static Scenario withCounterfactual(Scenario s) {
    return s.withRun(new RunSettings(1L, 1, true));
  }

  @Test
  void aScenarioWithoutCounterTerrorismDemandHasNoAttributableCost() {
    Scenario s = withCounterfactual(base().build());
    ReplicationResult r = Replication.run(s, 0, 7L);
    for (String k : List.of(Counterfactual.TOTAL, Counterfactual.ADDITIONAL, Counterfactual.OPPORTUNITY,
        Counterfactual.REST_DAYS, Counterfactual.EVERYDAY_UNMET, Counterfactual.EVERYDAY_DEFERRED,
        Counterfactual.EVERYDAY_EXTRA)) {
      assertThat(r.kpis().get(k)).as(k).isZero();
    }
    // Everyday work has a cost of its own (rest days of the weekend shortfall), which is not counter-terrorism's.
    assertThat(r.ledger().totalPence(CostKind.ADDITIONAL)).isPositive();
  }

  @Test
  void anAttackIsAttributedItsCostAndTheEverydayWorkItDisplaced() {
    Scenario s = withCounterfactual(base()
        .incidentAt("x", AttackType.VEHICLE_KNIFE, LocalDateTime.of(START.plusDays(1), LocalTime.of(9, 0))).build());
    ReplicationResult r = Replication.run(s, 0, 7L);
    ReplicationResult without = Replication.run(Counterfactual.of(s), 0, 7L);
    Map<String, Double> k = r.kpis();
    long diff = r.ledger().totalPence() - without.ledger().totalPence();
    assertThat(diff).isPositive();
    assertThat(k.get(Counterfactual.TOTAL)).isCloseTo(diff / 100.0, within(1e-9));
    assertThat(k.get(Counterfactual.ADDITIONAL)).isCloseTo((r.ledger().totalPence(CostKind.ADDITIONAL)
        - without.ledger().totalPence(CostKind.ADDITIONAL)) / 100.0, within(1e-9));
    assertThat(k.get(Counterfactual.ADDITIONAL) + k.get(Counterfactual.OPPORTUNITY))
        .isCloseTo(k.get(Counterfactual.TOTAL), within(1e-6));
    // The scene took response officers from ordinary duty, so everyday work called more in from rest days.
    assertThat(k.get(Counterfactual.EVERYDAY_EXTRA)).isCloseTo(
        r.kpis().get("everyday_extra_hours") - without.kpis().get("everyday_extra_hours"), within(1e-9));
    assertThat(k.get(Counterfactual.EVERYDAY_EXTRA)).isPositive();
  }

  @Test
  void theCounterfactualHoldsTheReferenceLevelWithoutUpliftIncidentsOrPlots() {
    Scenario s = base().threat(new ThreatSpec(ThreatSpec.Mode.TIMELINE, ThreatLevel.SEVERE,
            List.of(new ThreatSpec.Change(START, ThreatLevel.SEVERE), new ThreatSpec.Change(START.plusDays(3),
                ThreatLevel.CRITICAL)), null, null)).uplift(0.5, 30, 1)
        .incidentAt("x", AttackType.VEHICLE_KNIFE, LocalDateTime.of(START.plusDays(1), LocalTime.of(9, 0))).build();
    Scenario cf = Counterfactual.of(s);
    assertThat(cf.threat().mode()).isEqualTo(ThreatSpec.Mode.FIXED);
    assertThat(cf.threat().level()).isEqualTo(s.posture().referenceLevel());
    assertThat(cf.posture().attackUplift()).isZero();
    assertThat(cf.incidents().scheduled()).isEmpty();
    assertThat(cf.incidents().types().get(AttackType.VEHICLE_KNIFE).ratePerYearByLevel()).isEmpty();
    assertThat(cf.pursue().plotsPerYearByLevel()).isEmpty();
    assertThat(cf.everyday()).isEqualTo(s.everyday());
    assertThat(cf.events()).isEqualTo(s.events());
  }

  @Test
  void preventCountsAsCounterTerrorismSoItsCostIsAttributedAndTheCounterfactualHasNone() {
    uk.ctsim.scenario.PreventSpec prevent = new uk.ctsim.scenario.PreventSpec(3650.0, 0.2, 0.1, 4.0, 4.0, 8.0, Role.NEIGHBOURHOOD);
    Scenario s = withCounterfactual(base().officers(Role.NEIGHBOURHOOD, 60).prevent(prevent).build());
    Scenario cf = Counterfactual.of(s);
    assertThat(cf.prevent().none()).isTrue();
    assertThat(cf.pursue().arrests()).isEqualTo(s.pursue().arrests());
    ReplicationResult r = Replication.run(s, 0, 7L);
    // Prevent work is the only counter-terrorism demand, done by neighbourhood officers whom nothing else uses: what
    // is attributed is exactly the PREVENT strand of the ledger, to the penny.
    long preventPence = r.ledger().lines().stream().filter(l -> l.strand() == uk.ctsim.model.events.Strand.PREVENT)
        .mapToLong(uk.ctsim.cost.CostLine::pence).sum();
    assertThat(preventPence).isPositive();
    assertThat(r.kpis().get(Counterfactual.TOTAL)).isCloseTo(preventPence / 100.0, within(1e-9));
  }
}
