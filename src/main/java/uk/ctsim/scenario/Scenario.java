package uk.ctsim.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A whole scenario, as loaded from a file and validated. Immutable.
 *
 * <p>Only {@code period}, {@code forces}, {@code rosters}, {@code pay}, {@code threat}, {@code posture},
 * {@code incidents} and {@code pursue} are required; everything else has a documented default.
 */
public record Scenario(String name, String description, Period period, RunSettings run, List<ForceSpec> forces,
    RosterSpec rosters, LeaveSpec leave, PaySpec pay, CostRates costs, List<EventSpec> events,
    List<GeneratorSpec> generators, ThreatSpec threat, PostureSpec posture, IncidentSpec incidents, PursueSpec pursue,
    DeploymentPolicy deployment, EverydaySpec everyday, StaffSpec staff, PreventSpec prevent) {

  /** A scenario with the default police staff settings and without Prevent work. */
  public Scenario(String name, String description, Period period, RunSettings run, List<ForceSpec> forces,
      RosterSpec rosters, LeaveSpec leave, PaySpec pay, CostRates costs, List<EventSpec> events,
      List<GeneratorSpec> generators, ThreatSpec threat, PostureSpec posture, IncidentSpec incidents, PursueSpec pursue,
      DeploymentPolicy deployment, EverydaySpec everyday) {
    this(name, description, period, run, forces, rosters, leave, pay, costs, events, generators, threat, posture,
        incidents, pursue, deployment, everyday, null, null);
  }

  /** A scenario without everyday demand. */
  public Scenario(String name, String description, Period period, RunSettings run, List<ForceSpec> forces,
      RosterSpec rosters, LeaveSpec leave, PaySpec pay, CostRates costs, List<EventSpec> events,
      List<GeneratorSpec> generators, ThreatSpec threat, PostureSpec posture, IncidentSpec incidents, PursueSpec pursue,
      DeploymentPolicy deployment) {
    this(name, description, period, run, forces, rosters, leave, pay, costs, events, generators, threat, posture,
        incidents, pursue, deployment, null, null, null);
  }

  public Scenario {
    Require.text(name, "name");
    description = Require.orDefault(description, "");
    Require.present(period, "period");
    run = Require.orDefault(run, RunSettings.defaults());
    forces = List.copyOf(Require.present(forces, "forces"));
    Require.isTrue(!forces.isEmpty(), "forces: at least one force is needed");
    Require.present(rosters, "rosters");
    leave = Require.orDefault(leave, LeaveSpec.defaults());
    Require.present(pay, "pay");
    costs = Require.orDefault(costs, CostRates.defaults());
    events = List.copyOf(Require.orDefault(events, List.of()));
    generators = List.copyOf(Require.orDefault(generators, List.of()));
    Require.present(threat, "threat");
    Require.present(posture, "posture");
    Require.present(incidents, "incidents");
    Require.present(pursue, "pursue");
    deployment = Require.orDefault(deployment, DeploymentPolicy.defaults());
    everyday = Require.orDefault(everyday, EverydaySpec.defaults());
    staff = Require.orDefault(staff, StaffSpec.defaults());
    prevent = Require.orDefault(prevent, PreventSpec.defaults());
    if (costs.priceBaseYear() != null) {
      for (java.time.LocalDate day = period.start(); !day.isAfter(period.end()); day = day.plusMonths(1)) {
        String year = GdpDeflator.financialYear(day);
        Require.isTrue(GdpDeflator.shipped().has(year), "costs.priceBaseYear: constant prices need the GDP deflator of "
            + "every financial year of the period, and it has no index for " + year + " (it covers "
            + GdpDeflator.shipped().range() + "); leave priceBaseYear out for nominal prices");
      }
      Require.isTrue(GdpDeflator.shipped().has(GdpDeflator.financialYear(period.end())),
          "costs.priceBaseYear: the GDP deflator has no index for " + GdpDeflator.financialYear(period.end()));
    }
    Require.isTrue(staff.patrolShares().isEmpty() || posture.patrolAccreditation() == null
        && posture.patrolRole() != Role.ARMED && posture.patrolRole() != Role.CTSFO, "staff.patrolShares: the "
        + "scenario's visible patrols are armed (posture.patrolRole " + posture.patrolRole() + ", patrolAccreditation "
        + posture.patrolAccreditation() + "); PCSOs and special constables are unarmed and cannot walk them");
    unique(forces.stream().map(f -> f.id().name()).toList(), "forces", "force");
    ForceReferences.check(forces, events, generators, incidents.scheduled());
    ForceReferences.checkOnCall(forces, pay.allowances().onCall());
    unique(events.stream().map(EventSpec::id).toList(), "events", "event id");
    unique(generators.stream().map(GeneratorSpec::id).toList(), "generators", "generator id");
    unique(incidents.scheduled().stream().map(ScheduledIncident::id).toList(), "incidents.scheduled", "incident id");
    for (AttackType t : pursue.attackTypeMix().keySet()) {
      Require.isTrue(incidents.types().containsKey(t), "pursue.attackTypeMix." + t + ": no response profile under incidents.types");
    }
  }

  private static void unique(List<String> ids, String field, String what) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) Require.isTrue(seen.add(id), field + ": " + what + " '" + id + "' appears twice");
  }

  /**
   * The home force: the first force declared. Citywide posture (protected sites, visible patrols) covers its area, and
   * attacks that come from plots or from unknown actors fall in it. In the London scenarios it is the Met.
   */
  public ForceId homeForce() {
    return forces.get(0).id();
  }

  /** The same scenario with another threat specification. */
  public Scenario withThreat(ThreatSpec newThreat) {
    return new Scenario(name, description, period, run, forces, rosters, leave, pay, costs, events, generators,
        newThreat, posture, incidents, pursue, deployment, everyday, staff, prevent);
  }

  /** The same scenario with other run settings. */
  public Scenario withRun(RunSettings newRun) {
    return new Scenario(name, description, period, newRun, forces, rosters, leave, pay, costs, events, generators,
        threat, posture, incidents, pursue, deployment, everyday, staff, prevent);
  }

  /** The same scenario with other threat, posture, incident and Pursue specifications (a counterfactual). */
  public Scenario withCounterTerrorism(ThreatSpec newThreat, PostureSpec newPosture, IncidentSpec newIncidents,
      PursueSpec newPursue) {
    return withCounterTerrorism(newThreat, newPosture, newIncidents, newPursue, prevent);
  }

  /** The same scenario with other threat, posture, incident, Pursue and Prevent specifications (a counterfactual). */
  public Scenario withCounterTerrorism(ThreatSpec newThreat, PostureSpec newPosture, IncidentSpec newIncidents,
      PursueSpec newPursue, PreventSpec newPrevent) {
    return new Scenario(name, description, period, run, forces, rosters, leave, pay, costs, events, generators,
        newThreat, newPosture, newIncidents, newPursue, deployment, everyday, staff, newPrevent);
  }
}
