package uk.ctsim.scenario;

import java.util.Map;

/**
 * Pursue: live investigations, plots and their disruption.
 *
 * <p>Plots arrive as a Poisson process at {@code plotsPerYearByLevel}. Each runs for a lognormal number of days
 * (median {@code plotLeadDaysMedian}); at its end it is disrupted with probability
 * {@code maxDisruptionProbability × c^capacityElasticity}, where c (at most 1) is the share of the CT investigators'
 * reference ordinary-duty hours that were actually available over the plot's life. A plot not disrupted becomes an
 * attack of a type drawn from {@code attackTypeMix}.
 *
 * @param liveInvestigations live investigations (information; they are the ordinary duty of CT investigators)
 */
public record PursueSpec(Integer liveInvestigations, Map<ThreatLevel, Double> plotsPerYearByLevel,
    Double plotLeadDaysMedian, Double plotLeadDaysSigma, Double maxDisruptionProbability, Double capacityElasticity,
    Map<AttackType, Double> attackTypeMix) {

  public PursueSpec {
    liveInvestigations = Require.count(Require.orDefault(liveInvestigations, 500), "liveInvestigations", 100_000);
    plotsPerYearByLevel = Require.copy(Require.present(plotsPerYearByLevel, "plotsPerYearByLevel"));
    plotsPerYearByLevel.forEach((k, v) -> Require.range(v, "plotsPerYearByLevel." + k, 0, 1000));
    plotLeadDaysMedian = Require.range(Require.orDefault(plotLeadDaysMedian, 60.0), "plotLeadDaysMedian", 1, 3650);
    plotLeadDaysSigma = Require.range(Require.orDefault(plotLeadDaysSigma, 0.5), "plotLeadDaysSigma", 0, 3);
    maxDisruptionProbability = Require.share(Require.orDefault(maxDisruptionProbability, 0.85), "maxDisruptionProbability");
    capacityElasticity = Require.range(Require.orDefault(capacityElasticity, 1.5), "capacityElasticity", 0, 20);
    attackTypeMix = Require.copy(Require.present(attackTypeMix, "attackTypeMix"));
    Require.sharesSumToOne(attackTypeMix, "attackTypeMix");
    attackTypeMix.keySet().forEach(t -> Require.isTrue(t.isAttack(), "attackTypeMix." + t + ": a plot becomes an attack, not a " + t));
  }
}
