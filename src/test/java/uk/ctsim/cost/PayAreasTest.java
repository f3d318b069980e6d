package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.Establishment;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.ForceSpec;
import uk.ctsim.scenario.PayRegion;
import uk.ctsim.scenario.Role;

/** Which forces pay London weighting: a declared force by its pay region, any other only if it is a London force. */
class PayAreasTest {
  private static ForceSpec force(String code, PayRegion region) {
    return new ForceSpec(ForceId.of(code), 1.0e6, Map.of(Role.RESPONSE, new Establishment(10, null, null)), null, null,
        null, null, region, null, null, null, null, null);
  }

  @Test
  void aDeclaredForceIsInLondonByItsPayRegion() {
    PayAreas areas = new PayAreas(List.of(force("MET", PayRegion.LONDON), force("GMP", PayRegion.ELSEWHERE),
        force("TVP", PayRegion.SOUTH_EAST)));
    assertThat(areas.london(ForceId.MET)).isTrue();
    assertThat(areas.london(ForceId.of("GMP"))).isFalse();
    assertThat(areas.london(ForceId.of("TVP"))).isFalse();
    // back and forth: the answer kept for the last force asked is not given for another
    assertThat(areas.london(ForceId.MET)).isTrue();
    assertThat(areas.london(ForceId.MET)).isTrue();
    assertThat(areas.london(ForceId.of("GMP"))).isFalse();
    assertThat(areas.anyOutsideLondon()).isTrue();
  }

  @Test
  void anUndeclaredForceIsInLondonOnlyIfItIsALondonForce() {
    PayAreas areas = new PayAreas(List.of(force("MET", PayRegion.LONDON)));
    assertThat(areas.london(ForceId.CITY)).isTrue();
    assertThat(areas.london(ForceId.BTP)).isTrue();
    assertThat(areas.london(ForceId.of("CHE"))).isFalse();
    assertThat(areas.anyOutsideLondon()).isFalse();
  }
}
