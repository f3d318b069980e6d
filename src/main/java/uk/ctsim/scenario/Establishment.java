package uk.ctsim.scenario;

import java.util.Map;

/**
 * The officers of one role in one force: how many, their rank mix and the share holding each accreditation.
 *
 * @param officers number of officers (headcount)
 * @param ranks share of the officers at each rank; adds up to 1 (default: 85% constables, 12% sergeants, 3% inspectors)
 * @param accreditations share of the officers holding each accreditation, drawn independently
 */
public record Establishment(Integer officers, Map<Rank, Double> ranks, Map<Accreditation, Double> accreditations) {
  public static final int MAX_OFFICERS = 200_000;

  public Establishment {
    officers = Require.count(officers, "officers", MAX_OFFICERS);
    ranks = ranks == null || ranks.isEmpty()
        ? Map.of(Rank.CONSTABLE, 0.85, Rank.SERGEANT, 0.12, Rank.INSPECTOR, 0.03) : Map.copyOf(ranks);
    Require.sharesSumToOne(ranks, "ranks");
    accreditations = Require.copy(accreditations);
    accreditations.forEach((k, v) -> Require.share(v, "accreditations." + k));
  }
}
