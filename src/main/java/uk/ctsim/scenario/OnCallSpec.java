package uk.ctsim.scenario;

import java.util.List;

/**
 * One line of an on-call rota: how many officers of a force and role are held on call each day, from which threat
 * level or during which dated periods. An officer on call on a day earns the Annex U on-call allowance for the day
 * (constables to chief inspectors), whether or not recalled. Defaults and reasoning are in docs/COSTS.md (A7).
 *
 * @param id names the rota in cost lines ({@code on-call:<id>}); letters, digits, '-' and '_'
 * @param force the officers' force
 * @param role the officers' role
 * @param officersPerDay officers held on call each day the line applies
 * @param fromLevel the line applies on days whose threat level at 00:00 is at least this; null: any level
 * @param periods the line applies only on days inside one of these periods; empty: every day
 * @param restDays officers may be held on call on a rest day as well as between two tours; default false (on call
 *     is "during a period between two tours of duty", and the Police Federation's view is that a rest day is free from
 *     work: Humberside Police Federation, https://www.polfed.org/humber/advice/on-call/)
 */
public record OnCallSpec(String id, ForceId force, Role role, Integer officersPerDay, ThreatLevel fromLevel,
    List<Period> periods, Boolean restDays) {
  public OnCallSpec {
    Require.text(id, "id");
    Require.isTrue(id.matches("[A-Za-z0-9_-]{1,40}"), "id: '" + id + "' must be 1 to 40 letters, digits, '-' or '_'");
    Require.present(force, "force");
    Require.present(role, "role");
    officersPerDay = Require.count(Require.present(officersPerDay, "officersPerDay"), "officersPerDay", 100_000);
    periods = List.copyOf(Require.orDefault(periods, List.of()));
    restDays = Require.orDefault(restDays, false);
  }

  /** Whether the line applies on {@code day} at the threat level of its 00:00. */
  public boolean appliesOn(java.time.LocalDate day, ThreatLevel level) {
    if (fromLevel != null && level.compareTo(fromLevel) < 0) return false;
    if (periods.isEmpty()) return true;
    for (Period p : periods) if (!day.isBefore(p.start()) && !day.isAfter(p.end())) return true;
    return false;
  }
}
