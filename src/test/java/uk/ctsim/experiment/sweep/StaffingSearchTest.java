package uk.ctsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ctsim.experiment.Seeds;

/**
 * The minimum-staffing search on a model whose answer is known: unmet demand is 100·u − (n − 500) for a uniform u
 * drawn from the replication's seed, so replication r passes (unmet ≤ 0) when n ≥ 500 + 100·u_r, and the smallest n
 * with 19 of 20 replications passing is ⌈500 + 100·u⌉ at the 19th smallest u.
 */
class StaffingSearchTest {
  private static double u(long seed) {
    return (seed >>> 11) / (double) (1L << 53);
  }

  private static final PointModel MODEL = p -> (r, seed) -> Map.of("unmet", Math.max(0, 100 * u(seed) - (p.values()[0] - 500)));

  private static int expected(int replications, int needed) {
    double[] need = new double[replications];
    for (int r = 0; r < replications; r++) need[r] = Math.ceil(500 + 100 * u(Seeds.replicationSeed(7, r)));
    Arrays.sort(need);
    return (int) need[needed - 1];
  }

  @Test
  void findsTheSmallestEstablishmentMeetingTheShare() {
    for (int threads : new int[] {1, 3}) {
      StaffingSearch.Answer a = StaffingSearch.find(new StaffingSearch.Question("unmet", 0, 0.95, 0, 2000, 1, 20, 7, threads), MODEL);
      assertEquals(expected(20, 19), a.answer(), "threads " + threads);
      assertEquals(a.answer() - 1, a.lowerBound());
      StaffingSearch.Candidate at = a.evaluated().stream().filter(c -> c.officers() == a.answer()).findFirst().orElseThrow();
      assertTrue(at.passes() && at.passing() >= 19);
      assertFalse(a.evaluated().stream().filter(c -> c.officers() == a.lowerBound()).findFirst().orElseThrow().passes());
      for (int i = 1; i < a.evaluated().size(); i++) {
        assertTrue(a.evaluated().get(i - 1).officers() < a.evaluated().get(i).officers());
      }
    }
    StaffingSearch.Answer coarse = StaffingSearch.find(new StaffingSearch.Question("unmet", 0, 0.95, 0, 2000, 50, 20, 7, 2), MODEL);
    assertTrue(coarse.answer() >= expected(20, 19) && coarse.answer() - coarse.lowerBound() <= 50, coarse.toString());
  }

  @Test
  void endsOfTheRange() {
    StaffingSearch.Answer tooLow = StaffingSearch.find(new StaffingSearch.Question("unmet", 0, 1.0, 0, 400, 1, 5, 7, 1), MODEL);
    assertEquals(-1, tooLow.answer());
    assertEquals(400, tooLow.lowerBound());
    assertEquals(2, tooLow.evaluated().size());
    StaffingSearch.Answer easy = StaffingSearch.find(new StaffingSearch.Question("unmet", 0, 1.0, 700, 900, 1, 5, 7, 1), MODEL);
    assertEquals(700, easy.answer());
    assertEquals(-1, easy.lowerBound());
  }

  @Test
  void sharesAndIntervals() {
    // Clopper-Pearson for 0, 5 and 10 of 10 (tables: 0.3085, 0.1871-0.8129, 0.6915).
    assertArrayEquals(new double[] {0, 0.30850}, StaffingSearch.clopperPearson(0, 10), 1e-4);
    assertArrayEquals(new double[] {0.18709, 0.81291}, StaffingSearch.clopperPearson(5, 10), 1e-4);
    assertArrayEquals(new double[] {0.69150, 1}, StaffingSearch.clopperPearson(10, 10), 1e-4);
    StaffingSearch.Question q = new StaffingSearch.Question("m", 2, 0.75, 0, 10, 1, 4, 1, 1);
    StaffingSearch.Candidate c = StaffingSearch.candidate(9, new double[] {1, 2, 3, 2}, q);
    assertEquals(3, c.passing());
    assertEquals(0.75, c.share());
    assertEquals(2.0, c.meanMetric());
    assertTrue(c.passes());
    assertFalse(StaffingSearch.candidate(9, new double[] {1, 3, 3, 2}, q).passes());
    assertEquals(List.of(3, 5, 8), StaffingSearch.interior(0, 10, 3, 1));
    assertEquals(List.of(5), StaffingSearch.interior(4, 6, 3, 1));
    assertEquals(List.of(1), StaffingSearch.interior(0, 2, 1, 5));
  }

  @Test
  void questionsCheckThemselves() {
    assertThrows(IllegalArgumentException.class, () -> new StaffingSearch.Question("m", 0, 0, 0, 10, 1, 4, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new StaffingSearch.Question("m", 0, 1.1, 0, 10, 1, 4, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new StaffingSearch.Question("m", 0, 0.9, 10, 10, 1, 4, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new StaffingSearch.Question("m", 0, 0.9, -1, 10, 1, 4, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new StaffingSearch.Question("m", 0, 0.9, 0, 10, 0, 4, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new StaffingSearch.Question("m", 0, 0.9, 0, 10, 1, 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new StaffingSearch.Question("m", 0, 0.9, 0, 10, 1, 4, 1, 0));
    assertEquals(1.0, new StaffingSearch.Question("m", 0, 1.0, 0, 10, 1, 4, 1, 1).share());
  }
}
