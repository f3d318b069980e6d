package uk.ctsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.scenario.EventType;
import uk.ctsim.scenario.GeneratorSpec;
import uk.ctsim.scenario.Period;
import uk.ctsim.scenario.Role;
import uk.ctsim.scenario.StaffingRow;
import uk.ctsim.scenario.ThreatLevel;

/** A generated event's size is truncated at the cap a staffing row allows, whatever the draw. */
class EventGeneratorsTest {
  private static final SimCalendar CLOCK = new SimCalendar(new Period(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 7)));

  private static GeneratorSpec fixtures(double median, double sigma) {
    return new GeneratorSpec("f", GeneratorSpec.Kind.FIXTURES, EventType.FOOTBALL, null, null,
        List.of(LocalDate.of(2017, 6, 3)), median, sigma, null, null, null, null,
        Map.of(Role.RESPONSE, 0.5, Role.NEIGHBOURHOOD, 0.5), null);
  }

  /** A generator whose every normal draw is {@code z}. */
  private static RandomGenerator gaussian(double z) {
    return new MersenneTwister(1) {
      @Override
      public double nextGaussian() {
        return z;
      }
    };
  }

  private static int officers(GeneratorSpec g, double z) {
    List<PlannedEvent> drawn = EventGenerators.draw(List.of(g), CLOCK, ThreatLevel.SEVERE, gaussian(0), gaussian(z));
    return drawn.get(0).spec.staffing().stream().mapToInt(StaffingRow::officers).sum();
  }

  @Test
  void theLargestSizeValidationAllowsIsTruncatedAtTheCapForAnExtremeDraw() {
    // Median 5,000 and sigma 0.74: the 99.9th percentile is 5000 × e^(3.0902 × 0.74) = 5000 × 9.8428 = 49,214, under
    // the cap of 50,000, so validation accepts it.
    GeneratorSpec g = fixtures(5000, 0.74);
    assertThat(officers(g, 0)).isEqualTo(5000);
    assertThat(officers(g, 3.0902)).isEqualTo(2 * 24_607); // 49,214 officers split 50/50
    // A draw 9 standard deviations out would be 5000 × e^6.66 = 3.9 million officers; it is truncated to 50,000.
    assertThat(officers(g, 9)).isEqualTo(StaffingRow.MAX_OFFICERS);
  }
}
