package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.cost.CostLine;
import uk.ctsim.cost.PlanCosting;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Role;

/**
 * Builds the per-event rows from recorded events: officers planned and finally required, hours by role, unmet hours,
 * and the costs from the ledger; the original plan's cost comes from {@link PlanCosting}, a handler of its own.
 */
final class EventCollector implements EventHandler {
  private final Map<String, SimEvent.EventScheduled> scheduled = new LinkedHashMap<>();
  private final Map<String, Integer> plannedPerDay = new LinkedHashMap<>();
  private final Map<String, Integer> finalPerDay = new LinkedHashMap<>();
  /** Officer-hours of each event by role ordinal: summed in place for every deployment, not boxed. */
  private final Map<String, double[]> hours = new LinkedHashMap<>();
  private static final Role[] ROLES = Role.values();
  private final Map<String, Double> unmet = new LinkedHashMap<>();

  @Override
  public void accept(SimEvent e) {
    if (e instanceof SimEvent.EventScheduled s) {
      scheduled.put(s.eventId(), s);
    } else if (e instanceof SimEvent.EventPlanned p) {
      if (p.revision() == 0) plannedPerDay.put(p.eventId(), p.officersRequired());
      finalPerDay.put(p.eventId(), p.officersRequired());
    } else if (e instanceof SimEvent.OfficerDeployed o && o.demand().kind() == DemandKind.EVENT) {
      hours(o.demand().reference())[o.role().ordinal()] += Minutes.hours(o.minutes());
    } else if (e instanceof SimEvent.MutualAidDeployed m && m.demand().kind() == DemandKind.EVENT) {
      hours(m.demand().reference())[m.role().ordinal()] += Minutes.hours(m.officers() * (m.endMinute() - m.minute()));
    } else if (e instanceof SimEvent.DemandUnmet u && u.demand().kind() == DemandKind.EVENT) {
      unmet.merge(u.demand().reference(), Minutes.hours(u.officersShort() * (u.endMinute() - u.minute())), Double::sum);
    }
  }

  /** The event last given hours, and its array: an event's officers come one after another. */
  private String lastId = NONE;
  private double[] lastHours;
  /** An event id no event has (a string of its own), until the first deployment. */
  private static final String NONE = new String("none");

  private double[] hours(String id) {
    if (id == lastId) return lastHours;
    double[] h = hours.get(id);
    if (h == null) {
      h = new double[ROLES.length];
      hours.put(id, h);
    }
    lastId = id;
    lastHours = h;
    return h;
  }

  /** The rows, with each event's full cost from {@code ledger} and its original plan's from {@code planPence}. */
  List<EventRow> rows(CostLedger ledger, Map<String, Long> planPence) {
    Map<String, long[]> costs = new LinkedHashMap<>();
    for (CostLine line : ledger.lines()) {
      if (line.demand() != DemandKind.EVENT) continue;
      long[] c = costs.computeIfAbsent(line.reference(), k -> new long[3]);
      c[line.kind() == CostKind.ADDITIONAL ? 0 : 1] += line.pence();
      if (line.category() == CostCategory.RECOVERY) c[2] += line.pence();
    }
    List<EventRow> rows = new ArrayList<>();
    for (SimEvent.EventScheduled s : scheduled.values()) {
      long[] c = costs.getOrDefault(s.eventId(), new long[3]);
      Map<Role, Double> h = new EnumMap<>(Role.class);
      double[] byRole = hours.get(s.eventId());
      for (Role r : ROLES) h.put(r, byRole == null ? 0.0 : byRole[r.ordinal()]);
      rows.add(new EventRow(s.eventId(), s.name(), s.type(), s.force(), s.start(), s.days(), s.priority(),
          s.generatorId() != null, plannedPerDay.getOrDefault(s.eventId(), 0), finalPerDay.getOrDefault(s.eventId(), 0),
          h, unmet.getOrDefault(s.eventId(), 0.0), planPence.getOrDefault(s.eventId(), 0L), c[0], c[1], -c[2]));
    }
    return rows;
  }
}
