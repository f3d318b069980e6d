package uk.ctsim.scenario;

import java.util.Map;

/**
 * The officers of one role in one force: how many, their rank mix and the share holding each accreditation.
 *
 * @param officers number of officers (headcount)
 * @param ranks share of the officers at each rank; adds up to 1 (default: 85% constables, 12% sergeants, 3% inspectors)
 * @param accreditations share of the officers holding each accreditation, drawn independently
 * @param shareOfForce the role's share of the force's officers (its {@code officers}, or the dataset's figure when the
 *     force is taken {@code from} one); the headcount is that share of them, rounded to the nearest officer
 */
public record Establishment(Integer officers, Map<Rank, Double> ranks, Map<Accreditation, Double> accreditations,
    Double shareOfForce) {
  public static final int MAX_OFFICERS = 200_000;

  public Establishment {
    if (shareOfForce != null) {
      Require.share(shareOfForce, "shareOfForce");
      Require.isTrue(officers == null, "officers: give officers or shareOfForce, not both");
    } else {
      officers = Require.count(officers, "officers", MAX_OFFICERS);
    }
    ranks = ranks == null || ranks.isEmpty()
        ? Map.of(Rank.CONSTABLE, 0.85, Rank.SERGEANT, 0.12, Rank.INSPECTOR, 0.03) : Map.copyOf(ranks);
    Require.sharesSumToOne(ranks, "ranks");
    accreditations = Require.copy(accreditations);
    accreditations.forEach((k, v) -> Require.share(v, "accreditations." + k));
  }

  /** A role of {@code officers} officers. */
  public Establishment(Integer officers, Map<Rank, Double> ranks, Map<Accreditation, Double> accreditations) {
    this(officers, ranks, accreditations, null);
  }

  /** The same role with its share of {@code forceOfficers} turned into a headcount (itself if it has a headcount). */
  Establishment resolved(double forceOfficers) {
    if (shareOfForce == null) return this;
    return new Establishment((int) Math.round(shareOfForce * forceOfficers), ranks, accreditations);
  }
}
