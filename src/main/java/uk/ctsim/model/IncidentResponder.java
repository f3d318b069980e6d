package uk.ctsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.math3.random.RandomGenerator;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.IncidentSpec;
import uk.ctsim.scenario.IncidentTypeSpec;
import uk.ctsim.scenario.PhaseSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffRow;
import uk.ctsim.scenario.StaffingRow;

/**
 * Runs the phased response to an incident. Armed response time is lognormal around the type's median, stretched
 * by the square root of how thin armed cover is compared with its reference (the mean armed officers on duty).
 */
final class IncidentResponder {
  private final IncidentSpec spec;
  private final ThreatState threat;
  private final Deployer deployer;
  private final Workforce workforce;
  private final SimCalendar clock;
  private final Consumer<SimEvent> out;
  private final long responseSeed;
  private final double referenceArmedOnDuty;
  private final StaffDesk staff;

  IncidentResponder(IncidentSpec spec, ThreatState threat, Deployer deployer, Workforce workforce, SimCalendar clock,
      Consumer<SimEvent> out, RandomGenerator response, StaffDesk staff) {
    this.spec = spec;
    this.staff = staff;
    this.threat = threat;
    this.deployer = deployer;
    this.workforce = workforce;
    this.clock = clock;
    this.out = out;
    this.responseSeed = response.nextLong();
    double sum = 0;
    for (int d = 0; d < clock.days(); d++) sum += armedOnDuty(d, false);
    this.referenceArmedOnDuty = Math.max(1, sum / clock.days());
  }

  private double armedOnDuty(int day, boolean ordinaryOnly) {
    double sum = 0;
    for (ForceId f : workforce.forces()) {
      Pool p = workforce.pool(f, Role.ARMED);
      if (p != null && day >= 0 && day < clock.days()) sum += ordinaryOnly ? p.ordinary(day) : p.onDuty[day];
    }
    return sum;
  }

  /**
   * A normal draw of the incident's own, from the stream's seed and the incident id: the same incident gets the same
   * draw in every run of a threat-level comparison, however many other incidents came before it.
   */
  double gaussianFor(String incidentId) {
    long seed = RandomStreams.splitMix64(responseSeed ^ RandomStreams.splitMix64(incidentId.hashCode()));
    return new java.util.SplittableRandom(seed).nextGaussian();
  }

  void respond(Incident incident) {
    IncidentTypeSpec type = spec.types().get(incident.type());
    double available = Math.max(1, armedOnDuty(Minutes.dayOf(incident.minute()), true));
    double median = type.armedResponseMedianMinutes() * Math.sqrt(Math.max(1, referenceArmedOnDuty / available));
    double minutes = median * Math.exp(type.armedResponseSigma() * gaussianFor(incident.id()));
    out.accept(new SimEvent.IncidentOccurred(incident.minute(), incident.id(), incident.name(), incident.type(),
        incident.force(), incident.fromPlot(), Math.round(minutes * 10) / 10.0));
    for (PhaseSpec phase : type.phases()) book(incident, phase);
  }

  private void book(Incident incident, PhaseSpec phase) {
    DemandKind kind = switch (phase.kind()) {
      case IMMEDIATE -> DemandKind.INCIDENT_IMMEDIATE;
      case SCENE -> DemandKind.INCIDENT_SCENE;
      case INVESTIGATION -> DemandKind.INVESTIGATION;
    };
    DemandRef ref = new DemandRef(kind, incident.id(), incident.force(), 0);
    boolean emergency = phase.kind() == PhaseSpec.Kind.IMMEDIATE && spec.emergencySuspendsWorkingTime();
    long now = incident.minute();
    long phaseStart = now + Minutes.ofHours(phase.startHours());
    long phaseEnd = phaseStart + Minutes.ofDays(phase.durationDays());
    long shift = Minutes.ofHours(phase.shiftHours());
    long step = phase.roundTheClock() ? shift : Minutes.PER_DAY;
    // Each staffing row keeps a team: the officers of earlier shifts come back on later ones where they can.
    ThreatSnapshot snapshot = threat.snapshot(now);
    // First response (the IMMEDIATE phase) is by the forces nearest to the incident where it has a location.
    List<ForceId> responders = phase.kind() == PhaseSpec.Kind.IMMEDIATE && incident.located()
        ? workforce.network().responders(incident.force(), incident.latitude(), incident.longitude()) : null;
    List<List<Officer>> teams = new ArrayList<>();
    for (int i = 0; i < phase.staffing().size(); i++) teams.add(new ArrayList<>());
    for (long s = phaseStart; s < phaseEnd && s < clock.endMinute(); s += step) {
      long e = Math.min(s + shift, phaseEnd);
      int dayOfPhase = (int) ((s - phaseStart) / Minutes.PER_DAY);
      double scale = Math.pow(1 - phase.dailyTaper(), dayOfPhase);
      int notice = Minutes.clearDays(now, s);
      for (int i = 0; i < phase.staffing().size(); i++) {
        StaffingRow row = phase.staffing().get(i);
        int officers = (int) Math.round(row.officers() * incident.scale() * scale);
        if (officers <= 0) continue;
        boolean realign = phase.kind() == PhaseSpec.Kind.INVESTIGATION && s - now >= Minutes.PER_DAY;
        deployer.fill(new DemandShift(ref, row.role(), row.accreditation(), officers, s, e, now, notice, emergency,
            realign), snapshot, teams.get(i), responders);
      }
      for (StaffRow row : phase.staff()) {
        int people = (int) Math.round(row.people() * incident.scale() * scale);
        if (people > 0) staff.fill(ref, row.function(), people, s, e);
      }
    }
  }
}
