package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.DutyFacts;
import uk.ctsim.model.events.DutyMinutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Period;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.SupplySource;

/** The everyday KPIs and daily columns, from hand-made shift events. */
class EverydayCollectorsSpec {
  private static final LocalDate START = LocalDate.of(2017, 6, 5);
  private static final int DAY = 24 * 60;

  private static List<SimEvent> events() {
    return List.of(
        new SimEvent.EverydayShift(7 * 60, ForceId.MET, "n", Role.NEIGHBOURHOOD, 10, 6, 0, 0, 4, 4),
        new SimEvent.EverydayShift(7 * 60, ForceId.MET, "r", Role.RESPONSE, 20, 15, 3, 2, 0, 0),
        new SimEvent.EverydayShift(15 * 60, ForceId.MET, "n", Role.NEIGHBOURHOOD, 10, 12, 0, 1, 1, 0),
        new SimEvent.EverydayShift(DAY + 7 * 60, ForceId.CITY, "n", Role.NEIGHBOURHOOD, 5, 3, 0, 0, 2, 2),
        new SimEvent.OfficerDeployed(7 * 60, 15 * 60, 1, ForceId.MET, Rank.CONSTABLE, Role.RESPONSE,
            new DemandRef(DemandKind.EVERYDAY, "r", ForceId.MET, 0), SupplySource.REST_DAY,
            new DutyMinutes(0, 0, 480, 0), 0, new DutyFacts(0, false, false, 0, 0, 0, 0)));
  }

  @Test
  void kpisSumTheShiftsAndTheBacklogIsTheLatestOfEachForceAndFunction() {
    KpiCollector k = new KpiCollector(4);
    events().forEach(k::accept);
    Map<String, Double> r = k.result();
    assertThat(r.get("everyday_demand_hours")).isCloseTo(45.0, within(1e-9));
    assertThat(r.get("everyday_extra_hours")).isCloseTo(3.0, within(1e-9));
    assertThat(r.get("everyday_unmet_hours")).isCloseTo(3.0, within(1e-9));
    assertThat(r.get("everyday_deferred_hours")).isCloseTo(6.0, within(1e-9));
    // MET/n ends at 1, MET/r at 0, CITY/n at 2.
    assertThat(r.get("everyday_backlog_hours_end")).isCloseTo(3.0, within(1e-9));
    assertThat(r.get("officer_hours_everyday")).isCloseTo(8.0, within(1e-9));
  }

  @Test
  void dailyRowsSumEachDaysShiftsAndCarryTheBacklogAtTheDaysLastShift() {
    DailyCollector c = new DailyCollector(new Period(START, START.plusDays(1)));
    events().forEach(c::accept);
    List<DailyRow> rows = c.rows();
    assertThat(rows.get(0).everyday()).isEqualTo(new DailyRow.Everyday(40, 33, 3, 3, 1, 4));
    // Day 2: CITY/n's new backlog of 2 plus MET/n's 1 still waiting.
    assertThat(rows.get(1).everyday()).isEqualTo(new DailyRow.Everyday(5, 3, 0, 0, 3, 2));
    assertThat(rows.get(0).officersOnDuty()).isZero();
  }
}
