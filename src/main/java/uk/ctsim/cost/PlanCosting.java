package uk.ctsim.cost;

import java.util.HashMap;
import java.util.Map;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.SimEvent.EventDayHeld;
import uk.ctsim.model.events.SimEvent.EventPlanned;
import uk.ctsim.model.events.SimEvent.EventScheduled;
import uk.ctsim.model.events.SimEvent.MutualAidDeployed;
import uk.ctsim.model.events.SimEvent.OfficerDeployed;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.Scenario;

/**
 * What each event's original plan alone costs: the officers and mutual aid found on the planning date (plan revision
 * 0) and each day's non-pay items at the posture of that plan, by the same rules as {@link CostAccountant}. The gap
 * between this and the event's full cost is what short-notice re-plans added (the athletics example). A handler of
 * the recorded events; the non-pay of a day held at a later plan's posture is priced through
 * {@link CostAccountant#eventDay}, at the original plan's multiplier.
 */
public final class PlanCosting implements EventHandler {
  private final CostAccountant plan;
  private final Map<String, Double> planMultiplier = new HashMap<>();

  public PlanCosting(Scenario scenario) {
    this.plan = new CostAccountant(scenario);
  }

  @Override
  public void accept(SimEvent e) {
    if (e instanceof EventScheduled s) {
      plan.accept(s);
    } else if (e instanceof EventPlanned p && p.revision() == 0) {
      planMultiplier.put(p.eventId(), p.postureMultiplier());
    } else if (e instanceof EventDayHeld h) {
      plan.eventDay(h.eventId(), h.force(), h.date(), planMultiplier.getOrDefault(h.eventId(), h.postureMultiplier()));
    } else if (e instanceof OfficerDeployed o && o.demand().kind() == DemandKind.EVENT && o.demand().revision() == 0) {
      plan.accept(o);
    } else if (e instanceof MutualAidDeployed m && m.demand().kind() == DemandKind.EVENT
        && m.demand().revision() == 0) {
      plan.accept(m);
    }
  }

  /** Pence of each event's original plan so far (additional and opportunity cost, less recovery), by event id. */
  public Map<String, Long> penceByEvent() {
    return plan.penceByReference();
  }
}
