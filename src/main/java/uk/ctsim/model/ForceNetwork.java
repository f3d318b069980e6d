package uk.ctsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.MutualAidSpec;

/**
 * Where the forces are, relative to one another: which respond together to a demand in their area (first response),
 * which lend officers to it through the national coordination centre (mutual aid, nearest first, the regional CT hub
 * before all), and how long officers take to travel between them. Distances are great-circle kilometres between the
 * forces' headquarters.
 *
 * <p>A force without a location (the London scenarios written before forces were data) is next to every other force
 * without one, and lends to none: those scenarios keep the generic mutual-aid pool.
 */
final class ForceNetwork {
  private static final double EARTH_RADIUS_KM = 6371.0;

  private final Map<ForceId, ForceSpec> specs = new HashMap<>();
  private final Map<ForceId, List<ForceId>> responders = new HashMap<>();
  private final Map<ForceId, List<ForceId>> lenders = new HashMap<>();
  private final double kmPerHour;
  private final double firstResponseKm;
  private final List<ForceId> order;

  /**
   * @param forces the scenario's forces
   * @param order the forces in the order the deployer tries them (the lead force is always first)
   */
  ForceNetwork(List<ForceSpec> forces, List<ForceId> order, MutualAidSpec terms) {
    this.kmPerHour = terms.travelKmPerHour();
    this.firstResponseKm = terms.firstResponseKm();
    this.order = List.copyOf(order);
    for (ForceSpec f : forces) specs.put(f.id(), f);
    for (ForceId lead : order) {
      List<ForceId> near = new ArrayList<>(List.of(lead));
      List<ForceId> far = new ArrayList<>();
      for (ForceId other : order) {
        if (other == lead) continue;
        if (near(lead, other, terms.firstResponseKm())) near.add(other);
        else if (specs.get(lead).located() && specs.get(other).located()) far.add(other);
      }
      ForceId hub = specs.get(lead).hub();
      far.sort(Comparator.<ForceId>comparingInt(f -> f == hub ? 0 : 1).thenComparingDouble(f -> km(lead, f))
          .thenComparing(ForceId::name));
      responders.put(lead, List.copyOf(near));
      lenders.put(lead, List.copyOf(far));
    }
  }

  /** The lead force, then every force near enough to respond with it, in the deployer's order. */
  List<ForceId> responders(ForceId lead) {
    return responders.getOrDefault(lead, List.of(lead));
  }

  /**
   * The first responders to an incident at a place: the lead force and every force whose headquarters lie within
   * {@code firstResponseKm} of it, nearest to the place first (ties by code). Without locations (the lead force's or
   * the place's), the lead force's usual responders.
   */
  List<ForceId> responders(ForceId lead, double latitude, double longitude) {
    if (Double.isNaN(latitude) || !specs.get(lead).located()) return responders(lead);
    List<ForceId> near = new ArrayList<>();
    for (ForceId f : order) {
      if (f == lead || specs.get(f).located() && km(f, latitude, longitude) <= firstResponseKm) near.add(f);
    }
    near.sort(Comparator.<ForceId>comparingDouble(f -> km(f, latitude, longitude)).thenComparing(ForceId::name));
    return List.copyOf(near);
  }

  /** The forces that can lend to {@code lead} through mutual aid: its CT hub first, then nearest first. */
  List<ForceId> lenders(ForceId lead) {
    return lenders.getOrDefault(lead, List.of());
  }

  /** Minutes an officer takes to travel from one force's headquarters to the other's, rounded up. */
  int travelMinutes(ForceId from, ForceId to) {
    return (int) Math.ceil(km(from, to) / kmPerHour * 60);
  }

  private boolean near(ForceId a, ForceId b, double maxKm) {
    ForceSpec x = specs.get(a);
    ForceSpec y = specs.get(b);
    if (!x.located() || !y.located()) return !x.located() && !y.located();
    return km(a, b) <= maxKm;
  }

  /** Great-circle distance between the two forces' headquarters, kilometres (haversine). */
  double km(ForceId a, ForceId b) {
    ForceSpec y = specs.get(b);
    return km(a, y.latitude(), y.longitude());
  }

  /** Great-circle distance from a force's headquarters to a place, kilometres (haversine). */
  double km(ForceId a, double latitude, double longitude) {
    ForceSpec x = specs.get(a);
    double phi1 = Math.toRadians(x.latitude());
    double phi2 = Math.toRadians(latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(longitude - x.longitude());
    double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
  }
}
