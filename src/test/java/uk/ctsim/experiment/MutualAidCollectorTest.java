package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Period;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;

/** Mutual aid as people by day, lender and receiver, from hand-made tours whose counts are worked out by hand. */
class MutualAidCollectorTest {
  private static final int DAY = 1440;
  private static final LocalDate START = LocalDate.of(2017, 5, 22);
  private static final ForceId GMP = ForceId.of("GMP");
  private static final ForceId CHE = ForceId.of("CHE");
  private static final ForceId MER = ForceId.of("MER");
  private static final DemandRef ARENA = new DemandRef(DemandKind.INCIDENT_SCENE, "manchester", GMP, 0);

  private static SimEvent.MutualAidOfficerLent lent(int officer, ForceId lender, long depart, long home, int travel) {
    return new SimEvent.MutualAidOfficerLent(depart, home, officer, lender, Rank.CONSTABLE, Role.NEIGHBOURHOOD, ARENA,
        travel);
  }

  private static SimEvent.MutualAidShiftWorked shift(int officer, ForceId lender, long start) {
    return new SimEvent.MutualAidShiftWorked(start, start + 480, officer, lender, Rank.CONSTABLE, Role.NEIGHBOURHOOD,
        ARENA);
  }

  @Test
  void countsOfficersAwayShiftsAndJourneysByDayLenderAndReceiver() {
    var c = new MutualAidCollector(new Period(START, START.plusDays(4)));  // 5 days, 0 to 4
    // CHE officer 1: leaves day 0 at 20:00 (travel 60 min), home day 2 at 09:00, so away days 0, 1, 2; journeys set
    // out on day 0 (20:00) and day 2 (08:00). Shifts on day 0 at 21:00 and day 1 at 21:00.
    c.accept(lent(1, CHE, 20 * 60, 2 * DAY + 9 * 60, 60));
    c.accept(shift(1, CHE, 21 * 60));
    c.accept(shift(1, CHE, DAY + 21 * 60));
    // CHE officer 2: leaves day 1 at 06:00, home at exactly 00:00 of day 3: away days 1 and 2 only; journeys on day 1
    // and on day 2 (23:00). One shift on day 1.
    c.accept(lent(2, CHE, DAY + 6 * 60, 3 * DAY, 60));
    c.accept(shift(2, CHE, DAY + 7 * 60));
    // MER officer 3: leaves day 3, home after the period ends (day 6): away days 3 and 4, one journey counted (day 3;
    // the return on day 5 is outside the period). No travel time would mean no journeys at all: officer 4.
    c.accept(lent(3, MER, 3 * DAY + 600, 6 * DAY, 45));
    c.accept(lent(4, MER, 4 * DAY, 4 * DAY + 600, 0));

    assertThat(c.rows()).containsExactly(
        new MutualAidDay(START, CHE, GMP, 1, 1, 1),
        new MutualAidDay(START.plusDays(1), CHE, GMP, 2, 2, 1),
        new MutualAidDay(START.plusDays(2), CHE, GMP, 2, 0, 2),
        new MutualAidDay(START.plusDays(3), MER, GMP, 1, 0, 1),
        new MutualAidDay(START.plusDays(4), MER, GMP, 2, 0, 0));
  }

  @Test
  void ordersRowsByDayThenLenderThenReceiverAndLeavesOutDaysBeforeThePeriod() {
    var c = new MutualAidCollector(new Period(START, START.plusDays(1)));
    c.accept(shift(9, MER, 600));
    c.accept(shift(8, CHE, 700));
    c.accept(new SimEvent.MutualAidShiftWorked(800, 1280, 7, CHE, Rank.CONSTABLE, Role.NEIGHBOURHOOD,
        new DemandRef(DemandKind.EVENT, "e", ForceId.MET, 0)));
    c.accept(lent(6, CHE, -DAY, -1, 30));  // a tour wholly before the period: nothing
    assertThat(c.rows()).containsExactly(
        new MutualAidDay(START, CHE, ForceId.MET, 0, 1, 0),
        new MutualAidDay(START, CHE, GMP, 0, 1, 0),
        new MutualAidDay(START, MER, GMP, 0, 1, 0));
  }
}
