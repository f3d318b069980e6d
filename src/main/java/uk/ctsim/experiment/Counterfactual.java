package uk.ctsim.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.cost.CostAccountant;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.model.CtsimModel;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.IncidentSpec;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.PostureSpec;
import uk.ctsim.scenario.PreventSpec;
import uk.ctsim.scenario.Scenario;

/**
 * The cost attributable to counter-terrorism: a replication minus the same scenario, on the same seed (common random
 * numbers: the same officers, leave, sickness and generated events), without counter-terrorism demand. The
 * counterfactual holds the threat level at the posture's reference level (so no event is planned above its stated
 * staffing and no guards or patrols are added), has no attack uplift, no incidents (scheduled or random), no plots (so
 * no arrests) and no Prevent work: Prevent is a strand of CONTEST, counter-terrorism's own. Everyday demand and the events' reference staffing stay: they are not counter-terrorism.
 */
public final class Counterfactual {
  /** Indicator names of the differences (run minus counterfactual), in pounds, officer-hours or days. */
  public static final String TOTAL = "ct_attributable_gbp";
  public static final String ADDITIONAL = "ct_attributable_additional_gbp";
  public static final String OPPORTUNITY = "ct_attributable_opportunity_gbp";
  public static final String REST_DAYS = "ct_attributable_rest_days_cancelled";
  public static final String EVERYDAY_UNMET = "ct_attributable_everyday_unmet_hours";
  public static final String EVERYDAY_DEFERRED = "ct_attributable_everyday_deferred_hours";
  public static final String EVERYDAY_EXTRA = "ct_attributable_everyday_extra_hours";

  private Counterfactual() {}

  /** The scenario without counter-terrorism demand. */
  public static Scenario of(Scenario s) {
    PostureSpec p = s.posture();
    PostureSpec posture = new PostureSpec(p.levelMultiplier(), p.armedMultiplier(), p.eventTypeFactor(), 0.0,
        p.attackUpliftHalfLifeDays(), p.maxAttackUplift(), p.protectedSiteGuards(), p.visiblePatrols(),
        p.patrolStart(), p.patrolHours(), p.referenceLevel());
    Map<AttackType, IncidentTypeSpec> types = new LinkedHashMap<>();
    s.incidents().types().forEach((type, t) -> types.put(type, new IncidentTypeSpec(Map.of(),
        t.armedResponseMedianMinutes(), t.armedResponseSigma(), t.phases(), t.nonPayGbp())));
    IncidentSpec incidents = new IncidentSpec(types, List.of(), s.incidents().emergencySuspendsWorkingTime());
    return s.withCounterTerrorism(s.threat().fixedAt(p.referenceLevel()), posture, incidents,
        s.pursue().withoutPlots(), PreventSpec.defaults());
  }

  /**
   * Runs the counterfactual of {@code scenario} on {@code seed} and returns the differences between the run's ledger
   * and indicators and the counterfactual's.
   */
  static Map<String, Double> attributable(Scenario scenario, long seed, CostLedger run, Map<String, Double> kpis) {
    Scenario cf = of(scenario);
    CostAccountant accountant = new CostAccountant(cf);
    int officers = cf.forces().stream().mapToInt(ForceSpec::officers).sum();
    KpiCollector cfKpis = new KpiCollector(officers);
    CtsimModel.simulate(cf, seed, EventHandler.all(List.of(accountant, cfKpis)));
    CostLedger base = accountant.finish();
    Map<String, Double> baseKpis = cfKpis.result();
    Map<String, Double> out = new LinkedHashMap<>();
    out.put(TOTAL, gbp(run.totalPence() - base.totalPence()));
    out.put(ADDITIONAL, gbp(run.totalPence(CostKind.ADDITIONAL) - base.totalPence(CostKind.ADDITIONAL)));
    out.put(OPPORTUNITY, gbp(run.totalPence(CostKind.OPPORTUNITY) - base.totalPence(CostKind.OPPORTUNITY)));
    out.put(REST_DAYS, kpis.get("rest_days_cancelled") - baseKpis.get("rest_days_cancelled"));
    out.put(EVERYDAY_UNMET, kpis.get("everyday_unmet_hours") - baseKpis.get("everyday_unmet_hours"));
    out.put(EVERYDAY_DEFERRED, kpis.get("everyday_deferred_hours") - baseKpis.get("everyday_deferred_hours"));
    out.put(EVERYDAY_EXTRA, kpis.get("everyday_extra_hours") - baseKpis.get("everyday_extra_hours"));
    return out;
  }

  private static double gbp(long pence) {
    return pence / 100.0;
  }
}
