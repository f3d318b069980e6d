package uk.ctsim.scenario;

import java.util.List;
import java.util.Map;

/**
 * How one type of incident arrives and is responded to.
 *
 * @param ratePerYearByLevel arrivals a year that do not come through Pursue (hoaxes, suspicious items, attacks by
 *     actors unknown to the authorities), by threat level; absent levels mean none
 * @param armedResponseMedianMinutes median minutes from first call to armed officers on scene when armed cover is at
 *     its reference strength (London Bridge 2017: 8 minutes)
 * @param armedResponseSigma log-sd of the response time
 * @param phases the response phases
 * @param nonPayGbp non-pay cost of the incident (forensic services, cordons, vehicles, catering)
 */
public record IncidentTypeSpec(Map<ThreatLevel, Double> ratePerYearByLevel, Double armedResponseMedianMinutes,
    Double armedResponseSigma, List<PhaseSpec> phases, Double nonPayGbp) {

  public IncidentTypeSpec {
    ratePerYearByLevel = Require.copy(ratePerYearByLevel);
    ratePerYearByLevel.forEach((k, v) -> Require.range(v, "ratePerYearByLevel." + k, 0, 1000));
    armedResponseMedianMinutes = Require.range(Require.orDefault(armedResponseMedianMinutes, 8.0), "armedResponseMedianMinutes", 0.5, 240);
    armedResponseSigma = Require.range(Require.orDefault(armedResponseSigma, 0.35), "armedResponseSigma", 0, 3);
    phases = List.copyOf(Require.present(phases, "phases"));
    nonPayGbp = Require.money(Require.orDefault(nonPayGbp, 0.0), "nonPayGbp", 1e9);
  }
}
