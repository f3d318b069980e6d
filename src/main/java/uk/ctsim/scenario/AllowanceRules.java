package uk.ctsim.scenario;

import java.util.Set;

/**
 * Allowances of Police Regulations 2003 Annex U that a deployment can earn besides premium pay.
 *
 * @param unsocialHoursShare unsocial-hours allowance for each full hour worked between 20:00 and 06:00, as a share
 *     of the hourly rate of basic pay (annual pay × 60/125,200 an hour): 10%
 * @param unsocialHoursRanks ranks paid it: constables to chief inspectors
 */
public record AllowanceRules(Double unsocialHoursShare, Set<Rank> unsocialHoursRanks) {
  public AllowanceRules {
    unsocialHoursShare = Require.share(Require.orDefault(unsocialHoursShare, 0.10), "unsocialHoursShare");
    unsocialHoursRanks = Set.copyOf(Require.orDefault(unsocialHoursRanks,
        Set.of(Rank.CONSTABLE, Rank.SERGEANT, Rank.INSPECTOR, Rank.CHIEF_INSPECTOR)));
  }

  public static AllowanceRules defaults() {
    return new AllowanceRules(null, null);
  }
}
