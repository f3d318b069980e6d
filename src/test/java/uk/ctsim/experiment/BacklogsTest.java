package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.ForceId;

class BacklogsTest {
  @Test
  void theLatestBacklogOfEachPairIsSummedInKeyOrderWithCompensation() {
    Backlogs b = new Backlogs();
    assertThat(b.sum()).isZero();
    b.set(ForceId.MET, "b", 1e16);
    b.set(ForceId.MET, "a", 1.0);
    b.set(ForceId.CITY, "x", 1.0);
    // summed one by one in arrival order, 1e16 + 1 + 1 rounds to 1e16 twice; the stream's compensated sum keeps both
    assertThat(b.sum()).isEqualTo(1e16 + 2);
    b.set(ForceId.MET, "b", 5.0);  // the latest backlog replaces the earlier one
    assertThat(b.sum()).isEqualTo(7.0);
    b.set(ForceId.BTP, "a", 0.25);
    assertThat(b.sum()).isEqualTo(7.25);
  }

  @Test
  void manyPairsGiveTheSumOfAMapKeyedByForceAndFunction() {
    Backlogs b = new Backlogs();
    Map<String, Double> reference = new TreeMap<>();
    ForceId[] forces = {ForceId.MET, ForceId.CITY, ForceId.BTP};
    for (int i = 0; i < 200; i++) {
      ForceId force = forces[i % 3];
      String function = "f" + (i * 7 % 23);
      double hours = (i % 5 == 0 ? 1e12 : 0.1) * (i + 1) / 3.0;
      b.set(force, function, hours);
      reference.put(force + "/" + function, hours);
      assertThat(b.sum()).isEqualTo(reference.values().stream().mapToDouble(Double::doubleValue).sum());
    }
  }
}
