package uk.ctsim.experiment;

/**
 * Special-grant exposure across replications (each replication a possible year).
 *
 * @param pYearWithPassingIncident share of replications with at least one incident whose additional cost is above
 *     its force's special-grant threshold
 * @param surgeCostP90Gbp P90 across replications of surge (incident) cost, additional plus opportunity
 * @param surgeAdditionalP90Gbp P90 of the additional (cash) part of surge cost
 */
public record GrantExposure(int replications, double pYearWithPassingIncident, double surgeCostMeanGbp,
    double surgeCostP90Gbp, double surgeAdditionalP90Gbp) {

  public static GrantExposure of(MetricTable table) {
    double[] passing = table.values(Metrics.INCIDENTS_PASSING);
    long years = java.util.Arrays.stream(passing).filter(v -> v >= 1).count();
    Summary surge = table.summary(Metrics.SURGE_COST);
    return new GrantExposure(table.replications(), (double) years / passing.length, surge.mean(), surge.p90(),
        table.summary("cost.surge_additional").p90());
  }
}
