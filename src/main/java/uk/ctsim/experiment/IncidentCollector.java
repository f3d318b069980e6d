package uk.ctsim.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.cost.CostLine;
import uk.ctsim.cost.GrantThreshold;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.EventHandler;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.SimEvent;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.Funder;
import uk.ctsim.scenario.PhaseSpec;
import uk.ctsim.scenario.Scenario;

/** Builds the per-incident rows: phase hours, peak concurrent officers, the first week's CT/non-CT split, costs. */
final class IncidentCollector implements EventHandler {
  /** The officer id of the generic mutual-aid pool's officers, who are counted, not named. */
  private static final int MUTUAL_AID = -1;
  private final Scenario scenario;
  private final SimCalendar calendar;
  private final Map<String, Tracked> incidents = new LinkedHashMap<>();

  IncidentCollector(Scenario scenario) {
    this.scenario = scenario;
    this.calendar = new SimCalendar(scenario.period());
  }

  private static final class Tracked {
    final SimEvent.IncidentOccurred occurred;
    /** Officer-hours by phase ordinal: summed in place for every deployment, not boxed. */
    final double[] hours = new double[PHASES.length];
    final List<long[]> earlyIntervals = new ArrayList<>();
    /** Officers (by id, which is never negative) who worked on the investigation or on each of the first days. */
    final BitSet investigators = new BitSet();
    int mutualAidInvestigators;
    final List<BitSet> ctByDay = new ArrayList<>();
    final List<BitSet> nonCtByDay = new ArrayList<>();
    final int[] mutualAidCtByDay = new int[IncidentRow.FIRST_DAYS];
    final int[] mutualAidNonCtByDay = new int[IncidentRow.FIRST_DAYS];
    final double[] ctHoursByDay = new double[IncidentRow.FIRST_DAYS];
    final double[] nonCtHoursByDay = new double[IncidentRow.FIRST_DAYS];
    double ctHours;
    double nonCtHours;

    Tracked(SimEvent.IncidentOccurred occurred) {
      this.occurred = occurred;
      for (int d = 0; d < IncidentRow.FIRST_DAYS; d++) {
        ctByDay.add(new BitSet());
        nonCtByDay.add(new BitSet());
      }
    }

    List<IncidentDay> days() {
      List<IncidentDay> days = new ArrayList<>();
      for (int d = 0; d < IncidentRow.FIRST_DAYS; d++) {
        days.add(new IncidentDay(d, ctByDay.get(d).cardinality() + mutualAidCtByDay[d],
            nonCtByDay.get(d).cardinality() + mutualAidNonCtByDay[d],
            ctHoursByDay[d], nonCtHoursByDay[d]));
      }
      return days;
    }

    /** The hours by phase, every phase present. */
    Map<PhaseSpec.Kind, Double> hoursByPhase() {
      Map<PhaseSpec.Kind, Double> out = new EnumMap<>(PhaseSpec.Kind.class);
      for (PhaseSpec.Kind k : PHASES) out.put(k, hours[k.ordinal()]);
      return Map.copyOf(out);
    }
  }

  private static final PhaseSpec.Kind[] PHASES = PhaseSpec.Kind.values();

  private static PhaseSpec.Kind phase(DemandRef ref) {
    return switch (ref.kind()) {
      case INCIDENT_IMMEDIATE -> PhaseSpec.Kind.IMMEDIATE;
      case INCIDENT_SCENE -> PhaseSpec.Kind.SCENE;
      case INVESTIGATION -> PhaseSpec.Kind.INVESTIGATION;
      default -> null;
    };
  }

  @Override
  public void accept(SimEvent e) {
    if (e instanceof SimEvent.IncidentOccurred o) {
      incidents.put(o.incidentId(), new Tracked(o));
      lastReference = NONE;
    } else if (e instanceof SimEvent.OfficerDeployed o && phase(o.demand()) != null) {
      Tracked t = tracked(o.demand().reference());
      if (t != null) add(t, phase(o.demand()), o.minute(), o.endMinute(), 1, o.role().isCounterTerrorism(), o.officerId());
    } else if (e instanceof SimEvent.MutualAidShiftWorked w && phase(w.demand()) != null) {
      // An officer lent by another force (mutual aid as people) is a person: counted by id like the force's own.
      Tracked t = tracked(w.demand().reference());
      if (t != null) add(t, phase(w.demand()), w.minute(), w.endMinute(), 1, w.role().isCounterTerrorism(), w.officerId());
    } else if (e instanceof SimEvent.MutualAidDeployed m && phase(m.demand()) != null) {
      Tracked t = tracked(m.demand().reference());
      if (t != null) add(t, phase(m.demand()), m.minute(), m.endMinute(), m.officers(), m.role().isCounterTerrorism(),
          MUTUAL_AID);
    }
  }

  /** The incident last looked up by its reference, and what is tracked of it: its officers come one after another. */
  private String lastReference = NONE;
  private Tracked lastTracked;
  /** A reference no event has (a string of its own): the last lookup is forgotten when an incident is added. */
  private static final String NONE = new String("none");

  /** What is tracked of the incident with this id, or null for none. */
  private Tracked tracked(String reference) {
    if (reference != lastReference) {
      lastTracked = incidents.get(reference);
      lastReference = reference;
    }
    return lastTracked;
  }

  private void add(Tracked t, PhaseSpec.Kind phase, long start, long end, int officers, boolean ct, int officerId) {
    double hours = Minutes.hours(officers * (end - start));
    t.hours[phase.ordinal()] += hours;
    long since = start - t.occurred.minute();
    int day = (int) (since / Minutes.PER_DAY);
    if (since >= 0 && day < IncidentRow.FIRST_DAYS) {
      if (ct) t.ctHoursByDay[day] += hours;
      else t.nonCtHoursByDay[day] += hours;
      if (officerId == MUTUAL_AID) (ct ? t.mutualAidCtByDay : t.mutualAidNonCtByDay)[day] += officers;
      else (ct ? t.ctByDay : t.nonCtByDay).get(day).set(officerId);
    }
    if (since < Minutes.PER_DAY && phase != PhaseSpec.Kind.INVESTIGATION) t.earlyIntervals.add(new long[] {start, end, officers});
    if (phase == PhaseSpec.Kind.INVESTIGATION && since < 7L * Minutes.PER_DAY) {
      if (ct) t.ctHours += hours;
      else t.nonCtHours += hours;
      if (officerId != MUTUAL_AID) t.investigators.set(officerId);
      else t.mutualAidInvestigators += officers;
    }
  }

  /** Most officers deployed at once, by a sweep over interval starts and ends. */
  static int peak(List<long[]> intervals) {
    List<long[]> points = new ArrayList<>();
    for (long[] i : intervals) {
      points.add(new long[] {i[0], i[2]});
      points.add(new long[] {i[1], -i[2]});
    }
    points.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    long now = 0;
    long best = 0;
    for (long[] p : points) {
      now += p[1];
      best = Math.max(best, now);
    }
    return (int) best;
  }

  List<IncidentRow> rows(CostLedger ledger) {
    Map<String, long[]> costs = new LinkedHashMap<>();
    for (CostLine line : ledger.lines()) {
      if (line.demand() == DemandKind.EVENT || line.demand() == DemandKind.PROTECTED_SITES
          || line.demand() == DemandKind.VISIBLE_PATROL) continue;
      Tracked t = incidents.get(line.reference());
      long[] c = costs.computeIfAbsent(line.reference(), k -> new long[4]);
      c[line.kind() == CostKind.ADDITIONAL ? 0 : 1] += line.pence();
      if (t != null && line.kind() == CostKind.ADDITIONAL && line.force() == t.occurred.force()
          && line.category() != CostCategory.SPECIAL_GRANT) {
        c[2] += line.pence();
      }
      if (line.funder() == Funder.SPECIAL_GRANT) c[3] += line.pence();
    }
    List<IncidentRow> rows = new ArrayList<>();
    for (Tracked t : incidents.values()) {
      SimEvent.IncidentOccurred o = t.occurred;
      long[] c = costs.getOrDefault(o.incidentId(), new long[4]);
      ForceSpec force = scenario.forces().stream().filter(f -> f.id() == o.force()).findFirst().orElse(null);
      long threshold = force == null || o.force() == ForceId.BTP ? 0
          : GrantThreshold.of(force, scenario.costs()).thresholdPence();
      rows.add(new IncidentRow(o.incidentId(), o.name(), o.type(), o.force(), calendar.dateTime(o.minute()),
          o.fromPlot(), o.armedResponseMinutes(), peak(t.earlyIntervals), t.hoursByPhase(), t.ctHours, t.nonCtHours,
          t.investigators.cardinality() + t.mutualAidInvestigators, c[0], c[1], threshold, t.days(), c[2], c[3]));
    }
    return rows;
  }
}
