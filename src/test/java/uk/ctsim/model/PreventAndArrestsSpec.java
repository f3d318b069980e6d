package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.ctsim.model.TestScenario.only;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.cost.CostAccountant;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.cost.CostLine;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ArrestSpec;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.PreventSpec;
import uk.ctsim.scenario.PursueSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ThreatLevel;

/** Prevent work and the arrests after plots: their hours, their demands and the strand they are costed in. */
class PreventAndArrestsSpec {
  private static final PreventSpec PREVENT = new PreventSpec(3650.0, 0.25, 0.1, 2.0, 4.0, 20.0, Role.NEIGHBOURHOOD);

  @Test
  void aDaysHoursAreItsReferralsPanelsAndCasesTimesTheirHours() {
    // 10 referrals x 2 h + 3 panels x 4 h + 1 case x 20 h = 52 h; expected per referral 2 + 0.25 x 4 + 0.1 x 20 = 5 h.
    assertThat(PreventProcess.hours(PREVENT, 10, 3, 1)).isEqualTo(52.0);
    assertThat(PREVENT.expectedHoursPerReferral()).isCloseTo(5.0, within(1e-12));
  }

  @Test
  void preventWorkIsDoneInWholeShiftsOnWeekdays() {
    // 52 h waiting: 6 shifts of 8 h (48 h), 4 h wait; 7.99 h: none; 8 h: one.
    assertThat(PreventProcess.wholeShifts(52)).isEqualTo(6);
    assertThat(PreventProcess.wholeShifts(7.99)).isZero();
    assertThat(PreventProcess.wholeShifts(8)).isEqualTo(1);
    assertThat(PreventProcess.wholeShifts(0)).isZero();
    // 2017-06-02 was a Friday, 2017-06-03 a Saturday, 2017-06-04 a Sunday, 2017-06-05 a Monday.
    assertThat(PreventProcess.workday(java.time.LocalDate.of(2017, 6, 2))).isTrue();
    assertThat(PreventProcess.workday(java.time.LocalDate.of(2017, 6, 3))).isFalse();
    assertThat(PreventProcess.workday(java.time.LocalDate.of(2017, 6, 4))).isFalse();
    assertThat(PreventProcess.workday(java.time.LocalDate.of(2017, 6, 5))).isTrue();
  }

  @Test
  void preventHoursAreWorkedInWholeWeekdayShiftsAndCostedInThePreventStrand() {
    TestScenario b = TestScenario.builder().officers(Role.NEIGHBOURHOOD, 200).period(TestScenario.START, 14)
        .prevent(PREVENT);
    List<SimEvent> events = b.run(3);
    List<SimEvent.PreventReferred> referred = only(events, SimEvent.PreventReferred.class);
    assertThat(referred).hasSize(14);
    double referredHours = referred.stream().mapToDouble(SimEvent.PreventReferred::hours).sum();
    // 10 a day on average: 140 over the fortnight, within 5 sd (sd sqrt(140) = 11.8).
    int referrals = referred.stream().mapToInt(SimEvent.PreventReferred::referrals).sum();
    assertThat(referrals).isBetween(81, 199);
    List<SimEvent.OfficerDeployed> prevent = only(events, SimEvent.OfficerDeployed.class).stream()
        .filter(o -> o.demand().kind() == DemandKind.PREVENT).toList();
    double deployedHours = prevent.stream().mapToDouble(o -> Minutes.hours(o.minutes())).sum();
    double unmetHours = only(events, SimEvent.DemandUnmet.class).stream()
        .filter(u -> u.demand().kind() == DemandKind.PREVENT)
        .mapToDouble(u -> Minutes.hours(u.officersShort() * (u.endMinute() - u.minute()))).sum();
    // Every referred hour is worked, unmet, or waiting for a weekday shift: what waits is less than the work of
    // the weekend days at the end plus one part shift.
    double waiting = referredHours - deployedHours - unmetHours;
    assertThat(waiting).isGreaterThanOrEqualTo(0);
    assertThat(deployedHours + unmetHours).isEqualTo(8.0 * Math.round((deployedHours + unmetHours) / 8.0));
    assertThat(prevent).allSatisfy(o -> {
      assertThat(PreventProcess.workday(TestScenario.START.plusDays(Minutes.dayOf(o.minute())))).isTrue();
      assertThat(o.role()).isEqualTo(Role.NEIGHBOURHOOD);
      assertThat(o.minutes()).isEqualTo(8 * 60);
      assertThat(o.minute() - Minutes.startOfDay(Minutes.dayOf(o.minute()))).isEqualTo(9 * 60);
    });
    CostAccountant accountant = new CostAccountant(b.build());
    events.forEach(accountant::accept);
    CostLedger ledger = accountant.finish();
    long preventPence = ledger.lines().stream().filter(l -> l.strand() == Strand.PREVENT).mapToLong(CostLine::pence).sum();
    assertThat(preventPence).isPositive();
    assertThat(ledger.lines().stream().filter(l -> l.demand() == DemandKind.PREVENT))
        .allSatisfy(l -> assertThat(l.strand()).isEqualTo(Strand.PREVENT));
  }

  @Test
  void arrestsNeedCustodyAndSearchInWholeShifts() {
    // 5 arrests x 12 h custody = 60 h: 8 shifts (7.5 rounded up); 5 x 16 h search = 80 h: 10 shifts.
    assertThat(Arrests.officers(60)).isEqualTo(8);
    assertThat(Arrests.officers(80)).isEqualTo(10);
    assertThat(Arrests.officers(0)).isZero();
    assertThat(Arrests.officers(8)).isEqualTo(1);
  }

  @Test
  void aPlotsEndLeadsToArrestsWhoseDemandsAreFilledAsPursue() {
    PursueSpec pursue = new PursueSpec(500, Map.of(ThreatLevel.SUBSTANTIAL, 200.0, ThreatLevel.SEVERE, 200.0, ThreatLevel.MODERATE, 200.0), 2.0, 0.0, 1.0, 0.0,
        Map.of(AttackType.FIREARMS, 1.0), null, null, null, null, null,
        new ArrestSpec(3.0, 3.0, 12.0, 16.0, Role.RESPONSE, Role.PUBLIC_ORDER));
    TestScenario b = TestScenario.builder().officers(Role.RESPONSE, 300).officers(Role.PUBLIC_ORDER, 300)
        .officers(Role.CT_INVESTIGATION, 50).period(TestScenario.START, 28)
        .incidentType(AttackType.FIREARMS, new IncidentTypeSpec(null, 8.0, 0.0, List.of(), 0.0)).pursue(pursue);
    List<SimEvent> events = b.run(5);
    List<SimEvent.ArrestsMade> arrests = only(events, SimEvent.ArrestsMade.class);
    assertThat(arrests).isNotEmpty();
    for (SimEvent.ArrestsMade a : arrests) {
      assertThat(a.custodyHours()).isEqualTo(12.0 * a.arrests());
      assertThat(a.searchHours()).isEqualTo(16.0 * a.arrests());
      List<SimEvent.OfficerDeployed> mine = only(events, SimEvent.OfficerDeployed.class).stream()
          .filter(o -> o.demand().kind() == DemandKind.ARREST && o.demand().reference().equals(a.reference())).toList();
      long custody = mine.stream().filter(o -> o.role() == Role.RESPONSE).count();
      long search = mine.stream().filter(o -> o.role() == Role.PUBLIC_ORDER).count();
      assertThat(custody).isLessThanOrEqualTo(Arrests.officers(a.custodyHours()));
      assertThat(search).isLessThanOrEqualTo(Arrests.officers(a.searchHours()));
      assertThat(mine).allSatisfy(o -> assertThat(o.demand().strand()).isEqualTo(Strand.PURSUE));
    }
    int total = arrests.stream().mapToInt(SimEvent.ArrestsMade::arrests).sum();
    assertThat(total).isPositive();
  }

  @Test
  void aScheduledAttackLeadsToArrestsTooButADisruptionCountIsNotDrawnWithoutAMean() {
    PursueSpec pursue = new PursueSpec(500, Map.of(), 60.0, 0.0, 1.0, 0.0, Map.of(AttackType.FIREARMS, 1.0), null, null,
        null, null, null, new ArrestSpec(0.0, 30.0, 8.0, 0.0, Role.RESPONSE, null));
    TestScenario b = TestScenario.builder().officers(Role.RESPONSE, 300).period(TestScenario.START, 3)
        .incidentType(AttackType.FIREARMS, new IncidentTypeSpec(null, 8.0, 0.0, List.of(), 0.0))
        .incidentAt("x", AttackType.FIREARMS, java.time.LocalDateTime.of(TestScenario.START.plusDays(1),
            java.time.LocalTime.of(10, 0)))
        .pursue(pursue);
    List<SimEvent> events = b.run(9);
    List<SimEvent.ArrestsMade> arrests = only(events, SimEvent.ArrestsMade.class);
    assertThat(arrests).hasSize(1);
    SimEvent.ArrestsMade a = arrests.get(0);
    assertThat(a.reference()).isEqualTo("x");
    assertThat(a.afterAttack()).isTrue();
    // A Poisson count of mean 30: within 30 +- 5 sd (5.48 each) = 3 to 57.
    assertThat(a.arrests()).isBetween(3, 57);
    assertThat(a.custodyHours()).isEqualTo(8.0 * a.arrests());
    assertThat(a.searchHours()).isZero();
    // One 8-hour custody shift per arrest, from the minute of the attack, all filled from 300 response officers.
    List<SimEvent.OfficerDeployed> custody = only(events, SimEvent.OfficerDeployed.class).stream()
        .filter(o -> o.demand().kind() == DemandKind.ARREST).toList();
    assertThat(custody).hasSize(a.arrests());
    assertThat(custody).allSatisfy(o -> assertThat(o.minute()).isEqualTo(a.minute()));
  }
}
