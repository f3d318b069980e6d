package uk.ctsim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One force: who it is, where it is, what it costs to run and its establishment by role. A force can be taken from a
 * shipped dataset ({@code from: england-wales-2017}), which supplies every field the scenario leaves out except the
 * establishment.
 *
 * @param id the force's code (MET, GMP, BTP; NATIONAL is the generic mutual-aid pool, configured under
 *     deployment.mutualAid)
 * @param annualBudgetGbp net revenue budget; an incident whose additional cost passes the grant threshold share of it
 *     is eligible for a special grant (default: the dataset's figure, else 0)
 * @param establishment officers by primary role
 * @param roleFunders the funder of each role's officers where it is not the force's core budget (for example SO15
 *     investigators on the counter-terrorism policing grant); roles not named are on the core budget
 * @param from a shipped force dataset (england-wales-2017) that supplies the fields left out
 * @param name the force's name (default: the dataset's, else the id)
 * @param region the force's region (default: the dataset's, else empty)
 * @param payRegion LONDON, SOUTH_EAST or ELSEWHERE (default: the dataset's, else LONDON, as before forces were data)
 * @param totalOfficers the force's officers, for roles given as shareOfForce (default: the dataset's figure)
 * @param latitude headquarters latitude in degrees, for distances (default: the dataset's; without one the force is
 *     taken to be next to every other force without one)
 * @param longitude headquarters longitude in degrees
 * @param ctHub the force hosting this force's regional counter-terrorism unit (default: the dataset's, if the scenario
 *     declares that force)
 * @param floors share of each role that must stay on ordinary duty in this force, where it differs from
 *     deployment.floors
 */
public record ForceSpec(ForceId id, Double annualBudgetGbp, Map<Role, Establishment> establishment,
    Map<Role, Funder> roleFunders, String from, String name, String region, PayRegion payRegion, Double totalOfficers,
    Double latitude, Double longitude, ForceId ctHub, Map<Role, Double> floors) {
  public ForceSpec {
    Require.present(id, "id");
    Require.isTrue(id != ForceId.NATIONAL, "id: NATIONAL is the mutual-aid pool; configure it under deployment.mutualAid");
    ForceData data = from == null ? null : data(from, id);
    name = Require.orDefault(name, data == null ? id.name() : data.name());
    region = Require.orDefault(region, data == null ? "" : data.region());
    payRegion = Require.orDefault(payRegion, data == null ? PayRegion.LONDON : data.payRegion());
    Double budget = annualBudgetGbp != null || data == null ? annualBudgetGbp : data.budgetGbp();
    annualBudgetGbp = Require.money(Require.orDefault(budget, 0.0), "annualBudgetGbp", 1e12);
    if (totalOfficers == null && data != null) totalOfficers = data.officers();
    if (totalOfficers != null) Require.range(totalOfficers, "totalOfficers", 0, Establishment.MAX_OFFICERS);
    if (latitude == null && longitude == null && data != null) {
      latitude = data.latitude();
      longitude = data.longitude();
    }
    Require.isTrue((latitude == null) == (longitude == null), "latitude: give both latitude and longitude, or neither");
    if (latitude != null) {
      Require.range(latitude, "latitude", -90, 90);
      Require.range(longitude, "longitude", -180, 180);
    }
    establishment = resolve(Require.present(establishment, "establishment"), totalOfficers);
    roleFunders = Require.copy(roleFunders);
    roleFunders.forEach((role, funder) -> Require.isTrue(funder.fundsRoles(), "roleFunders." + role
        + ": a role is funded by FORCE_CORE_BUDGET, CT_POLICING_GRANT or CAPITAL_CITY_GRANT, not " + funder));
    floors = Require.copy(floors);
    floors.forEach((role, share) -> Require.share(share, "floors." + role));
  }

  /** A force written out in full, without a dataset (all on the core budget). */
  public ForceSpec(ForceId id, Double annualBudgetGbp, Map<Role, Establishment> establishment) {
    this(id, annualBudgetGbp, establishment, null);
  }

  /** A force written out in full, without a dataset. */
  public ForceSpec(ForceId id, Double annualBudgetGbp, Map<Role, Establishment> establishment,
      Map<Role, Funder> roleFunders) {
    this(id, annualBudgetGbp, establishment, roleFunders, null, null, null, null, null, null, null, null, null);
  }

  private static ForceData data(String from, ForceId id) {
    ForceDataset dataset;
    try {
      dataset = ForceDataset.named(from);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("from: " + e.getMessage(), e);
    }
    try {
      return dataset.force(id);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("id: " + e.getMessage(), e);
    }
  }

  private static Map<Role, Establishment> resolve(Map<Role, Establishment> given, Double officers) {
    Require.isTrue(!given.isEmpty(), "establishment: a force needs at least one role");
    Map<Role, Establishment> out = new LinkedHashMap<>();
    double shares = 0;
    for (Map.Entry<Role, Establishment> e : given.entrySet()) {
      Establishment est = Require.present(e.getValue(), "establishment." + e.getKey());
      if (est.shareOfForce() != null) {
        Require.isTrue(officers != null, "establishment." + e.getKey() + ".shareOfForce: the force's officers are "
            + "not known; give the force's totalOfficers, or take it from a dataset with from:");
        shares += est.shareOfForce();
      }
      out.put(e.getKey(), est.resolved(officers == null ? 0 : officers));
    }
    Require.isTrue(shares <= 1 + 1e-9, "establishment: the roles' shareOfForce add up to " + shares + ", more than 1");
    return Map.copyOf(out);
  }

  /** The funder of the pay of this force's officers of {@code role}. */
  public Funder funderOf(Role role) {
    return roleFunders.getOrDefault(role, Funder.FORCE_CORE_BUDGET);
  }

  /** The force hosting this force's counter-terrorism unit: as written, else the dataset's, else none (null). */
  public ForceId hub() {
    if (ctHub != null) return ctHub;
    return from == null ? null : data(from, id).ctHub();
  }

  /** Whether the force has a headquarters location. */
  public boolean located() {
    return latitude != null;
  }

  /** The officers of all its roles. */
  public int officers() {
    return establishment.values().stream().mapToInt(Establishment::officers).sum();
  }
}
