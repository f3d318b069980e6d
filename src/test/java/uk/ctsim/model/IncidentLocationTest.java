package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.Establishment;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.MutualAidSpec;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.ScheduledIncident;

/**
 * Incidents have a place; first response is by the forces nearest to it (issue 10: City and BTP at Borough Market).
 * Headquarters as in the forces dataset (docs/FORCES-2017.md): Met (51.50, -0.13), City (51.52, -0.09), BTP (51.54,
 * -0.14), Greater Manchester (53.48, -2.24). Distances are haversine on a 6,371 km sphere, worked out by hand.
 */
class IncidentLocationTest {
  private static final ForceId CITY = ForceId.of("CITY");
  private static final ForceId BTP = ForceId.of("BTP");
  private static final ForceId GMP = ForceId.of("GMP");
  private static final double[] LONDON_BRIDGE = {51.5079, -0.0877};
  private static final double[] FINSBURY_PARK = {51.5642, -0.1065};

  private static ForceSpec force(ForceId id, double lat, double lon) {
    return new ForceSpec(id, 0.0, Map.of(Role.RESPONSE, new Establishment(10, null, null)), null, null, null, null,
        null, null, lat, lon, null, null);
  }

  private static ForceNetwork network(double firstResponseKm) {
    List<ForceSpec> forces = List.of(force(ForceId.MET, 51.50, -0.13), force(CITY, 51.52, -0.09),
        force(BTP, 51.54, -0.14), force(GMP, 53.48, -2.24));
    MutualAidSpec terms = new MutualAidSpec(null, null, null, null, null, null, null, null, null, null, null, null,
        firstResponseKm);
    return new ForceNetwork(forces, List.of(ForceId.MET, CITY, BTP, GMP), terms);
  }

  @Test
  void distancesFromHeadquartersToAPlace() {
    ForceNetwork n = network(15);
    assertThat(n.km(ForceId.MET, LONDON_BRIDGE[0], LONDON_BRIDGE[1])).isCloseTo(3.057, within(0.001));
    assertThat(n.km(CITY, LONDON_BRIDGE[0], LONDON_BRIDGE[1])).isCloseTo(1.355, within(0.001));
    assertThat(n.km(BTP, LONDON_BRIDGE[0], LONDON_BRIDGE[1])).isCloseTo(5.083, within(0.001));
    assertThat(n.km(BTP, FINSBURY_PARK[0], FINSBURY_PARK[1])).isCloseTo(3.550, within(0.001));
  }

  @Test
  void theNearestForcesRespondFirstWhateverTheLeadForce() {
    ForceNetwork n = network(15);
    // London Bridge: City 1.4 km, Met 3.1 km, BTP 5.1 km; Manchester is 260 km away
    assertThat(n.responders(ForceId.MET, LONDON_BRIDGE[0], LONDON_BRIDGE[1])).containsExactly(CITY, ForceId.MET, BTP);
    // Finsbury Park: BTP 3.6 km, City 5.0 km, Met 7.3 km
    assertThat(n.responders(ForceId.MET, FINSBURY_PARK[0], FINSBURY_PARK[1])).containsExactly(BTP, CITY, ForceId.MET);
    // within 4 km of London Bridge only City and the Met; the lead force responds however far it is
    assertThat(network(4).responders(BTP, LONDON_BRIDGE[0], LONDON_BRIDGE[1])).containsExactly(CITY, ForceId.MET, BTP);
    assertThat(network(4).responders(GMP, LONDON_BRIDGE[0], LONDON_BRIDGE[1])).containsExactly(CITY, ForceId.MET, GMP);
    // no place: the lead force's usual responders (headquarters within 15 km of its own)
    assertThat(n.responders(ForceId.MET, Double.NaN, Double.NaN)).isEqualTo(n.responders(ForceId.MET));
  }

  @Test
  void anIncidentGivesBothCoordinatesOrNeither() {
    var at = java.time.LocalDateTime.of(2017, 6, 3, 22, 6);
    assertThat(new ScheduledIncident("lb", null, uk.ctsim.scenario.AttackType.VEHICLE_KNIFE, at, null, null, null,
        51.5079, -0.0877).located()).isTrue();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new ScheduledIncident("lb", null,
        uk.ctsim.scenario.AttackType.VEHICLE_KNIFE, at, null, null, null, 51.5079, null)))
        .hasMessageContaining("longitude: give both latitude and longitude of the incident, or neither");
  }
}
