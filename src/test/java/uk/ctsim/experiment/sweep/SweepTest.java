package uk.ctsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.ctsim.experiment.Seeds;
import uk.ctsim.experiment.design.Design;
import uk.ctsim.experiment.design.DesignSpec;
import uk.ctsim.experiment.design.DesignType;
import uk.ctsim.experiment.design.Designs;
import uk.ctsim.experiment.design.Parameter;
import uk.ctsim.experiment.design.ParameterSpec;
import uk.ctsim.experiment.design.RangeSpec;

/** The sweep runner: common random numbers, only missing points, results in point order, failures surfaced. */
class SweepTest {
  private static final Design DESIGN = Designs.of(new DesignSpec(DesignType.ONE_AT_A_TIME, null, null, null),
      List.of(new Parameter(new ParameterSpec("x", null, new RangeSpec(0.0, 4.0, null), null, null))));
  private static final List<String> OUT = List.of("y", "seed");
  private static final PointModel MODEL = p -> (r, seed) -> Map.of("y", p.values()[0] * 10 + r, "seed", (double) seed);

  @Test
  void everyPointGetsTheSameSeedsAndResultsComeInPointOrder() {
    List<Integer> calls = Collections.synchronizedList(new ArrayList<>());
    List<PointResult> results = Sweep.run(DESIGN.points(), MODEL, new Sweep.Settings(OUT, 3, 42, 3), new MemoryStore(), calls::add);
    assertEquals(3, results.size());
    assertEquals(9, calls.size());
    assertEquals(List.of(0, 1, 2), results.stream().map(PointResult::point).toList());
    assertArrayEquals(new double[] {20, 21, 22}, results.get(0).output("y"));
    assertArrayEquals(new double[] {0, 1, 2}, results.get(1).output("y"));
    assertArrayEquals(new double[] {40, 41, 42}, results.get(2).output("y"));
    for (PointResult r : results) {
      assertArrayEquals(new double[] {Seeds.replicationSeed(42, 0), Seeds.replicationSeed(42, 1), Seeds.replicationSeed(42, 2)},
          r.output("seed"));
    }
    assertEquals(21.0, results.get(0).mean("y"));
  }

  @Test
  void onlyMissingPointsRun() {
    MemoryStore store = new MemoryStore();
    store.save(new PointResult(1, OUT, new double[][] {{-1, 0}, {-2, 0}}));
    AtomicInteger prepared = new AtomicInteger();
    PointModel counting = p -> {
      prepared.incrementAndGet();
      return MODEL.at(p);
    };
    assertEquals(List.of(0, 2), Sweep.missing(DESIGN.points(), store).stream().map(p -> p.id()).toList());
    List<PointResult> results = Sweep.run(DESIGN.points(), counting, new Sweep.Settings(OUT, 2, 1, 1), store, r -> {});
    assertEquals(2, prepared.get());
    assertArrayEquals(new double[] {-1, -2}, results.get(1).output("y"));
    prepared.set(0);
    Sweep.run(DESIGN.points(), counting, new Sweep.Settings(OUT, 2, 1, 1), store, r -> {});
    assertEquals(0, prepared.get());
  }

  @Test
  void pointsRunNowAreReturnedAsRunNeverReadBackFromTheStore() {
    List<Integer> saved = Collections.synchronizedList(new ArrayList<>());
    PointStore writeOnly = new PointStore() {
      @Override
      public Optional<PointResult> load(int point) {
        return Optional.empty();
      }

      @Override
      public void save(PointResult result) {
        saved.add(result.point());
      }
    };
    List<PointResult> results = Sweep.run(DESIGN.points(), MODEL, new Sweep.Settings(OUT, 2, 1, 2), writeOnly, r -> {});
    assertEquals(List.of(0, 1, 2), results.stream().map(PointResult::point).toList());
    assertEquals(List.of(0, 1, 2), saved.stream().sorted().toList());
    assertArrayEquals(new double[] {20, 21}, results.get(0).output("y"));
  }

  @Test
  void aStoreOfAnotherSweepIsRefused() {
    MemoryStore store = new MemoryStore();
    store.save(new PointResult(0, OUT, new double[][] {{1, 0}}));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Sweep.run(DESIGN.points(), MODEL, new Sweep.Settings(OUT, 2, 1, 1), store, r -> {}));
    assertEquals("the stored point 0 has other outputs or replications than this sweep", e.getMessage());
    MemoryStore other = new MemoryStore();
    other.save(new PointResult(0, List.of("y", "z"), new double[][] {{1, 0}, {1, 0}}));
    assertThrows(IllegalStateException.class, () -> Sweep.run(DESIGN.points(), MODEL, new Sweep.Settings(OUT, 2, 1, 1), other, r -> {}));
  }

  @Test
  void aFailingPointFailsTheSweepAndKeepsWhatFinished() {
    MemoryStore store = new MemoryStore();
    PointModel failing = p -> {
      if (p.id() == 2) throw new IllegalArgumentException("bad point");
      return MODEL.at(p);
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Sweep.run(DESIGN.points(), failing, new Sweep.Settings(OUT, 1, 1, 1), store, r -> {}));
    assertEquals("bad point", e.getMessage());
    assertTrue(store.load(0).isPresent());
    assertTrue(store.load(2).isEmpty());
    PointModel missingOutput = p -> (r, s) -> Map.of("y", 1.0);
    IllegalStateException m = assertThrows(IllegalStateException.class,
        () -> Sweep.run(DESIGN.points(), missingOutput, new Sweep.Settings(OUT, 1, 1, 1), new MemoryStore(), r -> {}));
    assertEquals("the model gave no output seed at point 0", m.getMessage());
    PointModel erring = p -> (r, s) -> {
      throw new AssertionError("boom");
    };
    assertThrows(AssertionError.class, () -> Sweep.run(DESIGN.points(), erring, new Sweep.Settings(OUT, 1, 1, 1), new MemoryStore(), r -> {}));
  }

  @Test
  void settingsAndResultsCheckThemselves() {
    assertThrows(IllegalArgumentException.class, () -> new Sweep.Settings(OUT, 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Sweep.Settings(OUT, 1, 1, 0));
    assertEquals(1, new Sweep.Settings(OUT, 1, 1, 1).threads());
    assertEquals("replication 0 of point 3 has 1 values for 2 outputs", assertThrows(IllegalArgumentException.class,
        () -> new PointResult(3, OUT, new double[][] {{1}})).getMessage());
    PointResult r = new PointResult(3, OUT, new double[][] {{1, 2}, {3, 4}});
    assertThrows(IllegalArgumentException.class, () -> r.output("z"));
    assertEquals(2, r.replications());
    assertEquals(new PointResult(3, OUT, new double[][] {{1, 2}, {3, 4}}), r);
    assertEquals(new PointResult(3, OUT, new double[][] {{1, 2}, {3, 4}}).hashCode(), r.hashCode());
    assertNotEquals(new PointResult(3, OUT, new double[][] {{1, 2}, {3, 5}}), r);
    assertNotEquals(new PointResult(4, OUT, new double[][] {{1, 2}, {3, 4}}), r);
    assertNotEquals(new PointResult(3, List.of("y", "z"), new double[][] {{1, 2}, {3, 4}}), r);
    double[][] copy = r.values();
    copy[0][0] = 99;
    assertEquals(1, r.values()[0][0]);
    assertEquals("PointResult[point=3, outputs=[y, seed], values=[[1.0, 2.0], [3.0, 4.0]]]", r.toString());
  }
}
