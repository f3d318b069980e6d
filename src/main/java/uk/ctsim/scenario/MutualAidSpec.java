package uk.ctsim.scenario;

import java.util.Map;

/**
 * The national mutual-aid pool: officers of other forces, who arrive after a lead time and are charged to the force
 * that receives them.
 *
 * @param leadTimeHours hours from request to arrival
 * @param maxOfficers most mutual-aid officers deployed at any one time
 * @param rankMix share of mutual-aid officers by rank (a police support unit: 1 inspector, 3 sergeants, 18
 *     constables)
 * @param spontaneousChargeShare share of the full-cost charge that the lending forces recover for a spontaneous
 *     (emergency) deployment; planned deployments are charged in full (assumption 1: the NPCC categories' rules were
 *     not found)
 * @param travelHoursPerDeployment travel hours charged for each officer deployment (paid travel)
 * @param allowancePerNightGbp Annex U away-from-home overnight allowance, each officer night held in reserve; absent:
 *     the rate of the night from the shipped dated table (£50 from 2012, £60 from 1 Sep 2025; none before 2012)
 * @param hardshipPerNightGbp Annex U hardship allowance, each night without proper accommodation; absent: the dated
 *     table's (£30 from 2012, £40 from 1 Sep 2025)
 * @param hardshipShare share of nights without proper accommodation (assumption 0)
 * @param accommodationPerNightGbp accommodation charged for each officer night (assumption 0: no figure found)
 * @param subsistencePerDayGbp subsistence charged for each officer day (assumption 0: no figure found)
 * @param tourDays when forces have locations, mutual aid is people: each officer lent stays this many days at the
 *     receiving force, working its shifts, before going home (assumption 5: a working week; no public figure found)
 * @param travelKmPerHour average door-to-door speed of officers travelling between forces' headquarters, straight-line
 *     kilometres an hour (assumption 60: road distance is longer than the straight line, convoys are slower than cars)
 * @param firstResponseKm forces whose headquarters lie within this many kilometres of the lead force's respond as
 *     one with it, without mutual aid (assumption 15: the Met, City of London Police and BTP's London headquarters lie
 *     within 4 km of one another; the nearest other pair of headquarters, Greater Manchester and Cheshire, about 35 km)
 */
public record MutualAidSpec(Double leadTimeHours, Integer maxOfficers, Map<Rank, Double> rankMix,
    Double spontaneousChargeShare, Double travelHoursPerDeployment, Double allowancePerNightGbp,
    Double hardshipPerNightGbp, Double hardshipShare, Double accommodationPerNightGbp, Double subsistencePerDayGbp,
    Double tourDays, Double travelKmPerHour, Double firstResponseKm) {
  /** A police support unit: 1 inspector, 3 sergeants and 18 constables. */
  static final Map<Rank, Double> PSU = Map.of(Rank.CONSTABLE, 18 / 22.0, Rank.SERGEANT, 3 / 22.0,
      Rank.INSPECTOR, 1 / 22.0);

  public MutualAidSpec {
    leadTimeHours = Require.range(Require.orDefault(leadTimeHours, 24.0), "leadTimeHours", 0, 24 * 30);
    maxOfficers = Require.count(Require.orDefault(maxOfficers, 2000), "maxOfficers", 100_000);
    rankMix = Require.copy(Require.orDefault(rankMix, PSU));
    Require.sharesSumToOne(rankMix, "rankMix");
    spontaneousChargeShare = Require.share(Require.orDefault(spontaneousChargeShare, 1.0), "spontaneousChargeShare");
    travelHoursPerDeployment = Require.range(Require.orDefault(travelHoursPerDeployment, 4.0), "travelHoursPerDeployment", 0, 48);
    if (allowancePerNightGbp != null) Require.money(allowancePerNightGbp, "allowancePerNightGbp", 1_000);
    if (hardshipPerNightGbp != null) Require.money(hardshipPerNightGbp, "hardshipPerNightGbp", 1_000);
    hardshipShare = Require.share(Require.orDefault(hardshipShare, 0.0), "hardshipShare");
    accommodationPerNightGbp = Require.money(Require.orDefault(accommodationPerNightGbp, 0.0), "accommodationPerNightGbp", 1_000);
    subsistencePerDayGbp = Require.money(Require.orDefault(subsistencePerDayGbp, 0.0), "subsistencePerDayGbp", 1_000);
    tourDays = Require.range(Require.orDefault(tourDays, 5.0), "tourDays", 0.25, 60);
    travelKmPerHour = Require.range(Require.orDefault(travelKmPerHour, 60.0), "travelKmPerHour", 1, 1_000);
    firstResponseKm = Require.range(Require.orDefault(firstResponseKm, 15.0), "firstResponseKm", 0, 1_000);
  }

  /** The generic pool's terms, as before forces had locations. */
  public MutualAidSpec(Double leadTimeHours, Integer maxOfficers, Map<Rank, Double> rankMix,
      Double spontaneousChargeShare, Double travelHoursPerDeployment, Double allowancePerNightGbp,
      Double hardshipPerNightGbp, Double hardshipShare, Double accommodationPerNightGbp, Double subsistencePerDayGbp) {
    this(leadTimeHours, maxOfficers, rankMix, spontaneousChargeShare, travelHoursPerDeployment, allowancePerNightGbp,
        hardshipPerNightGbp, hardshipShare, accommodationPerNightGbp, subsistencePerDayGbp, null, null, null);
  }

  public static MutualAidSpec defaults() {
    return new MutualAidSpec(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
