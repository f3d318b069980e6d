package uk.ctsim.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Allowances of Police Regulations 2003 Annex U that officers can earn besides premium pay.
 *
 * @param unsocialHoursShare unsocial-hours allowance for each full hour worked between 20:00 and 06:00, as a share
 *     of the hourly rate of basic pay (annual pay × 60/125,200 an hour): 10%
 * @param unsocialHoursRanks ranks paid it: constables to chief inspectors
 * @param onCallRanks ranks paid the on-call allowance for each day with any time on call: constables to chief
 *     inspectors (Annex U para 13)
 * @param onCall the on-call rota: officers held on call by force, role, threat level and date; empty by default (no
 *     officer is held on call)
 */
public record AllowanceRules(Double unsocialHoursShare, Set<Rank> unsocialHoursRanks, Set<Rank> onCallRanks,
    List<OnCallSpec> onCall) {
  private static final Set<Rank> FEDERATED = Set.of(Rank.CONSTABLE, Rank.SERGEANT, Rank.INSPECTOR,
      Rank.CHIEF_INSPECTOR);

  public AllowanceRules {
    unsocialHoursShare = Require.share(Require.orDefault(unsocialHoursShare, 0.10), "unsocialHoursShare");
    unsocialHoursRanks = Set.copyOf(Require.orDefault(unsocialHoursRanks, FEDERATED));
    onCallRanks = Set.copyOf(Require.orDefault(onCallRanks, FEDERATED));
    onCall = List.copyOf(Require.orDefault(onCall, List.of()));
    Set<String> ids = new HashSet<>();
    for (OnCallSpec line : onCall) {
      Require.isTrue(ids.add(line.id()), "onCall: rota id '" + line.id() + "' appears twice");
    }
  }

  /** The unsocial-hours rules, with the default on-call ranks and no on-call rota. */
  public AllowanceRules(Double unsocialHoursShare, Set<Rank> unsocialHoursRanks) {
    this(unsocialHoursShare, unsocialHoursRanks, null, null);
  }

  public static AllowanceRules defaults() {
    return new AllowanceRules(null, null, null, null);
  }
}
