package uk.ctsim.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.OnCallSpec;
import uk.ctsim.scenario.ThreatLevel;

/**
 * The on-call rota of {@code pay.allowances.onCall}: at 00:00 each day, each rota line that applies (its threat
 * level and dated periods) holds its number of officers of its force and role on call for the day, and records each
 * as {@link SimEvent.OfficerOnCall}. Officers are taken in turn through the pool (one cursor a pool, kept from day to
 * day, so the duty goes round evenly and no officer is held twice on a day while others are free); an officer on
 * leave or sick is skipped, and so is one on a rest day unless the line allows rest days. No random numbers are drawn.
 *
 * <p>The rota does not change who is deployed: a surge recalls officers by the deployment policy, on call or not.
 * Holding officers on call costs the Annex U allowance; when one of them is recalled, the recall is paid by the usual
 * rules (docs/COSTS.md, A7).
 */
final class OnCallRota {
  private final List<OnCallSpec> lines;
  private final Workforce workforce;
  private final SimCalendar clock;
  private final EventHandler out;
  private final Map<Pool, Integer> cursors = new HashMap<>();

  OnCallRota(List<OnCallSpec> lines, Workforce workforce, SimCalendar clock, EventHandler out) {
    this.lines = lines;
    this.workforce = workforce;
    this.clock = clock;
    this.out = out;
  }

  /** Holds the day's officers on call, at {@code now} (00:00 of {@code day}) and the threat level then. */
  void hold(int day, long now, ThreatLevel level) {
    for (OnCallSpec line : lines) {
      if (!line.appliesOn(clock.date(day), level)) continue;
      Pool pool = workforce.pool(line.force(), line.role());
      if (pool == null || pool.officers.isEmpty()) continue;
      int size = pool.officers.size();
      int at = cursors.getOrDefault(pool, 0);
      int held = 0;
      for (int tried = 0; tried < size && held < line.officersPerDay(); tried++) {
        Officer o = pool.officers.get(at);
        at = (at + 1) % size;
        boolean rest = !workforce.roster.rosteredOn(o, day);
        if (o.onLeave(day) || o.sick(day) || (rest && !line.restDays())) continue;
        out.accept(new SimEvent.OfficerOnCall(now, o.id, o.force, o.rank, o.role, clock.date(day), line.id(), rest));
        held++;
      }
      cursors.put(pool, at);
    }
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }
}
