package uk.ctsim.scenario;

import java.util.List;
import java.util.Map;

/**
 * Pursue: live investigations, plots and their disruption, and the arrests that follow.
 *
 * <p>Plots arrive as a Poisson process at {@code plotsPerYearByLevel} of the day's level, times the factor of the
 * latest {@code tempo} change on or before the day (1 before the first). A plot's type is drawn from
 * {@code attackTypeMix} when it arrives. It runs for a lognormal number of days (median {@code plotLeadDaysMedian})
 * times its type's {@code leadTimeFactorByType}; at its end it is disrupted with probability
 * {@code maxDisruptionProbability × disruptionFactorByType[type] × (c × L / caseload)^capacityElasticity ×
 * n^neighbourhoodElasticity} (at most 1), where c is the share of the CT investigators' rostered hours that were not
 * abstracted over the plot's life, L / caseload the reference caseload over the caseload of the day it ends, and n the
 * share of neighbourhood officers' rostered hours delivered (not abstracted) over its life. A plot not disrupted
 * becomes an attack of its type.
 *
 * @param liveInvestigations the caseload of live investigations at the start of the period
 * @param tempo dated changes of the plot rate's factor, in date order
 * @param caseloadGrowthPerYear yearly growth of the caseload (compounded daily); live plots add to it
 * @param leadTimeFactorByType multiplier of a plot's lead time by its type (1 for a type not named)
 * @param disruptionFactorByType multiplier of the disruption probability by type (1 for a type not named)
 * @param neighbourhoodElasticity elasticity of the disruption probability to the neighbourhood hours delivered
 * @param arrests the arrests that follow a disrupted plot or an attack (none by default)
 */
public record PursueSpec(Integer liveInvestigations, Map<ThreatLevel, Double> plotsPerYearByLevel,
    Double plotLeadDaysMedian, Double plotLeadDaysSigma, Double maxDisruptionProbability, Double capacityElasticity,
    Map<AttackType, Double> attackTypeMix, List<TempoChange> tempo, Double caseloadGrowthPerYear,
    Map<AttackType, Double> leadTimeFactorByType, Map<AttackType, Double> disruptionFactorByType,
    Double neighbourhoodElasticity, ArrestSpec arrests) {

  public PursueSpec {
    liveInvestigations = Require.count(Require.orDefault(liveInvestigations, 500), "liveInvestigations", 100_000);
    Require.isTrue(liveInvestigations > 0, "liveInvestigations: must be at least 1 (the caseload the capacity is shared over)");
    plotsPerYearByLevel = Require.copy(Require.present(plotsPerYearByLevel, "plotsPerYearByLevel"));
    plotsPerYearByLevel.forEach((k, v) -> Require.range(v, "plotsPerYearByLevel." + k, 0, 1000));
    plotLeadDaysMedian = Require.range(Require.orDefault(plotLeadDaysMedian, 60.0), "plotLeadDaysMedian", 1, 3650);
    plotLeadDaysSigma = Require.range(Require.orDefault(plotLeadDaysSigma, 0.5), "plotLeadDaysSigma", 0, 3);
    maxDisruptionProbability = Require.share(Require.orDefault(maxDisruptionProbability, 0.85), "maxDisruptionProbability");
    capacityElasticity = Require.range(Require.orDefault(capacityElasticity, 1.5), "capacityElasticity", 0, 20);
    attackTypeMix = Require.copy(Require.present(attackTypeMix, "attackTypeMix"));
    Require.sharesSumToOne(attackTypeMix, "attackTypeMix");
    attackTypeMix.keySet().forEach(t -> Require.isTrue(t.isAttack(), "attackTypeMix." + t + ": a plot becomes an attack, not a " + t));
    tempo = List.copyOf(Require.orDefault(tempo, List.of()));
    for (int i = 1; i < tempo.size(); i++) {
      Require.isTrue(tempo.get(i).from().isAfter(tempo.get(i - 1).from()), "tempo: changes must be in date order ("
          + tempo.get(i).from() + " is not after " + tempo.get(i - 1).from() + ")");
    }
    caseloadGrowthPerYear = Require.range(Require.orDefault(caseloadGrowthPerYear, 0.0), "caseloadGrowthPerYear", -0.9, 10);
    leadTimeFactorByType = factors(leadTimeFactorByType, "leadTimeFactorByType");
    disruptionFactorByType = factors(disruptionFactorByType, "disruptionFactorByType");
    neighbourhoodElasticity = Require.range(Require.orDefault(neighbourhoodElasticity, 0.0), "neighbourhoodElasticity", 0, 20);
    arrests = Require.orDefault(arrests, ArrestSpec.none());
  }

  /** Pursue without tempo changes, caseload growth, type factors, neighbourhood effect or arrests. */
  public PursueSpec(Integer liveInvestigations, Map<ThreatLevel, Double> plotsPerYearByLevel, Double plotLeadDaysMedian,
      Double plotLeadDaysSigma, Double maxDisruptionProbability, Double capacityElasticity,
      Map<AttackType, Double> attackTypeMix) {
    this(liveInvestigations, plotsPerYearByLevel, plotLeadDaysMedian, plotLeadDaysSigma, maxDisruptionProbability,
        capacityElasticity, attackTypeMix, null, null, null, null, null, null);
  }

  private static Map<AttackType, Double> factors(Map<AttackType, Double> map, String field) {
    Map<AttackType, Double> copy = Require.copy(Require.orDefault(map, Map.of()));
    copy.forEach((k, v) -> Require.range(v, field + "." + k, 0, 100));
    return copy;
  }

  /** The tempo factor on {@code day}: the latest change on or before it, 1 before the first. */
  public double tempoFactor(java.time.LocalDate day) {
    double f = 1;
    for (TempoChange c : tempo) {
      if (c.from().isAfter(day)) break;
      f = c.factor();
    }
    return f;
  }

  /** The highest tempo factor of the period's changes (and 1, the factor before the first). */
  public double maxTempoFactor() {
    return tempo.stream().mapToDouble(TempoChange::factor).reduce(1, Math::max);
  }

  /** The same Pursue without plots (the counterfactual): no rate at any level. */
  public PursueSpec withoutPlots() {
    return new PursueSpec(liveInvestigations, Map.of(), plotLeadDaysMedian, plotLeadDaysSigma, maxDisruptionProbability,
        capacityElasticity, attackTypeMix, tempo, caseloadGrowthPerYear, leadTimeFactorByType, disruptionFactorByType,
        neighbourhoodElasticity, arrests);
  }
}
