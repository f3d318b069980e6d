package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Period;

/**
 * Counts mutual aid as people by day, lending force and receiving force: officers away, shifts worked and journeys
 * begun. A tour is the lent officer's time from leaving home to being home again; a day of the period it touches
 * counts the officer away. Days outside the period are left out.
 */
final class MutualAidCollector implements EventHandler {
  private record Key(int day, ForceId lender, ForceId receiver) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparingInt(Key::day).thenComparing(Key::lender).thenComparing(Key::receiver);
  private static final int AWAY = 0;
  private static final int SHIFTS = 1;
  private static final int TRAVELLING = 2;
  private final SimCalendar calendar;
  private final Map<Key, int[]> counts = new TreeMap<>(ORDER);

  MutualAidCollector(Period period) {
    this.calendar = new SimCalendar(period);
  }

  @Override
  public void accept(SimEvent e) {
    if (e instanceof SimEvent.MutualAidOfficerLent l) {
      lent(l);
    } else if (e instanceof SimEvent.MutualAidShiftWorked w) {
      add(Minutes.dayOf(w.minute()), w.lender(), w.demand().leadForce(), SHIFTS);
    }
  }

  private void lent(SimEvent.MutualAidOfficerLent l) {
    ForceId receiver = l.demand().leadForce();
    for (int day = Minutes.dayOf(l.minute()); day <= Minutes.dayOf(l.endMinute() - 1); day++) {
      add(day, l.lender(), receiver, AWAY);
    }
    if (l.travelMinutes() > 0) {
      add(Minutes.dayOf(l.minute()), l.lender(), receiver, TRAVELLING);
      add(Minutes.dayOf(l.endMinute() - l.travelMinutes()), l.lender(), receiver, TRAVELLING);
    }
  }

  private void add(int day, ForceId lender, ForceId receiver, int column) {
    if (day < 0 || day >= calendar.days()) return;
    counts.computeIfAbsent(new Key(day, lender, receiver), k -> new int[3])[column]++;
  }

  /** The rows by day, then lending force, then receiving force (force codes as {@link ForceId} orders them). */
  List<MutualAidDay> rows() {
    List<MutualAidDay> rows = new ArrayList<>(counts.size());
    counts.forEach((k, c) -> rows.add(
        new MutualAidDay(calendar.date(k.day()), k.lender(), k.receiver(), c[AWAY], c[SHIFTS], c[TRAVELLING])));
    return rows;
  }
}
