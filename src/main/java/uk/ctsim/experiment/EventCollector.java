package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.cost.CostAccountant;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.cost.CostLine;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.Scenario;

/**
 * Builds the per-event rows. Besides the full cost from the ledger, it prices the original plan alone: the
 * revision-0 deployments and non-pay at the posture of the original plan, through a second cost accountant.
 */
final class EventCollector {
  private final Map<String, SimEvent.EventScheduled> scheduled = new LinkedHashMap<>();
  private final Map<String, Integer> plannedPerDay = new LinkedHashMap<>();
  private final Map<String, Integer> finalPerDay = new LinkedHashMap<>();
  private final Map<String, Double> planMultiplier = new LinkedHashMap<>();
  private final Map<String, Map<Role, Double>> hours = new LinkedHashMap<>();
  private final Map<String, Double> unmet = new LinkedHashMap<>();
  private final CostAccountant initialPlan;

  EventCollector(Scenario scenario) {
    this.initialPlan = new CostAccountant(scenario);
  }

  void accept(SimEvent e) {
    if (e instanceof SimEvent.EventScheduled s) {
      scheduled.put(s.eventId(), s);
      initialPlan.accept(s);
    } else if (e instanceof SimEvent.EventPlanned p) {
      if (p.revision() == 0) {
        plannedPerDay.put(p.eventId(), p.officersRequired());
        planMultiplier.put(p.eventId(), p.postureMultiplier());
      }
      finalPerDay.put(p.eventId(), p.officersRequired());
    } else if (e instanceof SimEvent.EventDayHeld h) {
      initialPlan.accept(new SimEvent.EventDayHeld(h.minute(), h.eventId(), h.date(), h.force(),
          planMultiplier.getOrDefault(h.eventId(), h.postureMultiplier()), plannedPerDay.getOrDefault(h.eventId(), 0)));
    } else if (e instanceof SimEvent.OfficerDeployed o && o.demand().kind() == DemandKind.EVENT) {
      hours(o.demand().reference()).merge(o.role(), Minutes.hours(o.minutes()), Double::sum);
      if (o.demand().revision() == 0) initialPlan.accept(o);
    } else if (e instanceof SimEvent.MutualAidDeployed m && m.demand().kind() == DemandKind.EVENT) {
      hours(m.demand().reference()).merge(m.role(), Minutes.hours(m.officers() * (m.endMinute() - m.minute())), Double::sum);
      if (m.demand().revision() == 0) initialPlan.accept(m);
    } else if (e instanceof SimEvent.DemandUnmet u && u.demand().kind() == DemandKind.EVENT) {
      unmet.merge(u.demand().reference(), Minutes.hours(u.officersShort() * (u.endMinute() - u.minute())), Double::sum);
    }
  }

  private Map<Role, Double> hours(String id) {
    return hours.computeIfAbsent(id, k -> new EnumMap<>(Role.class));
  }

  List<EventRow> rows(CostLedger ledger) {
    Map<String, long[]> costs = new LinkedHashMap<>();
    for (CostLine line : ledger.lines()) {
      if (line.demand() != DemandKind.EVENT) continue;
      long[] c = costs.computeIfAbsent(line.reference(), k -> new long[3]);
      c[line.kind() == CostKind.ADDITIONAL ? 0 : 1] += line.pence();
      if (line.category() == CostCategory.RECOVERY) c[2] += line.pence();
    }
    Map<String, Long> initial = initialPlan.finish().sumBy(CostLine::reference);
    List<EventRow> rows = new ArrayList<>();
    for (SimEvent.EventScheduled s : scheduled.values()) {
      long[] c = costs.getOrDefault(s.eventId(), new long[3]);
      Map<Role, Double> h = new EnumMap<>(Role.class);
      for (Role r : Role.values()) h.put(r, hours.getOrDefault(s.eventId(), Map.of()).getOrDefault(r, 0.0));
      rows.add(new EventRow(s.eventId(), s.name(), s.type(), s.force(), s.start(), s.days(), s.priority(),
          s.generatorId() != null, plannedPerDay.getOrDefault(s.eventId(), 0), finalPerDay.getOrDefault(s.eventId(), 0),
          h, unmet.getOrDefault(s.eventId(), 0.0), initial.getOrDefault(s.eventId(), 0L), c[0], c[1], -c[2]));
    }
    return rows;
  }
}
