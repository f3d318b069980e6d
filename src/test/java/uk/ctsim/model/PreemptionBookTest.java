package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.PreemptionSpec;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.SupplySource;

/** The book of held bookings hands them out in start order, bookings of one start in the order they were booked. */
class PreemptionBookTest {
  private static final int DAY = 1440;
  private static final DemandRef REF = new DemandRef(DemandKind.EVENT, "e", ForceId.MET, 0);

  private static Booking booking(int id, long start) {
    Officer o = new Officer(id, ForceId.MET, Rank.CONSTABLE, Role.RESPONSE, 0, 0, 10);
    DemandShift d = new DemandShift(REF, Role.RESPONSE, null, 1, start, start + 480, 0, 0, false);
    return new Booking(o, null, new Assignment(480, 0, List.of(), start, start + 480), d, Minutes.dayOf(start),
        SupplySource.ON_DUTY);
  }

  private static List<Integer> ids(List<Booking> bookings) {
    return bookings.stream().map(b -> b.officer().id).toList();
  }

  @Test
  void startedBookingsComeInStartOrderAndLaterOnesStay() {
    Preemption book = new Preemption(new PreemptionSpec(true, 24.0), 10);
    book.hold(booking(1, 3 * DAY + 600));
    book.hold(booking(2, 2 * DAY + 900));
    book.hold(booking(3, 3 * DAY + 420));
    book.hold(booking(4, 2 * DAY + 900));                 // same start as 2, booked after it
    book.hold(booking(5, -DAY + 1320));                   // a night shift of the day before the period
    book.hold(booking(6, 3 * DAY + 1000));
    assertThat(ids(book.started(2 * DAY))).containsExactly(5);
    assertThat(ids(book.started(3 * DAY + 601))).containsExactly(2, 4, 3, 1);
    assertThat(ids(book.started(3 * DAY + 601))).isEmpty();
    assertThat(ids(book.all())).containsExactly(6);
    assertThat(book.all()).isEmpty();
  }

  @Test
  void candidatesAreThoseStartingAfterNowWithinTheHorizon() {
    Preemption book = new Preemption(new PreemptionSpec(true, 12.0), 10);
    Booking released = booking(3, 2 * DAY + 600);
    book.hold(booking(1, 2 * DAY + 1140));                // 19:00: 12 h after 07:00 exactly, inside
    book.hold(released);
    book.hold(booking(2, 2 * DAY + 420));                 // at now: not after it
    book.hold(booking(4, 2 * DAY + 1141));                // one minute past the horizon
    book.hold(booking(5, 2 * DAY + 600));
    assertThat(ids(book.candidates(2 * DAY + 420))).containsExactly(3, 5, 1);
    book.released(released);
    assertThat(ids(book.candidates(2 * DAY + 420))).containsExactly(5, 1);
    assertThat(ids(book.all())).containsExactly(2, 5, 1, 4);
  }

  @Test
  void bookingsOutsideThePeriodAreStillHeldAndOrdered() {
    Preemption book = new Preemption(new PreemptionSpec(true, 24.0), 3);
    book.hold(booking(1, 40 * DAY));
    book.hold(booking(2, 20 * DAY));
    book.hold(booking(3, -5 * DAY));
    assertThat(ids(book.started(0))).containsExactly(3);
    assertThat(ids(book.candidates(19 * DAY))).containsExactly(2);
    assertThat(ids(book.all())).containsExactly(2, 1);
  }
}
