package uk.ctsim.experiment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import uk.ctsim.scenario.ForceId;

/**
 * The everyday backlog of each force and function after its latest shift, and their sum. A map keyed by
 * "force/function" built that string and boxed the hours for every shift (some tens of thousands a replication-year);
 * here a pair's slot is found through the force and the function's name, and the string is built only the first time
 * a pair is seen, to sum the backlogs in the order that map kept them (by the string), so the sum is the same to the
 * last bit.
 */
final class Backlogs {
  /** Slot of each pair, by force then function. */
  private final Map<ForceId, Map<String, Integer>> slots = new HashMap<>();
  /** Slot of each pair by "force/function": the order of the sum. */
  private final TreeMap<String, Integer> byKey = new TreeMap<>();
  private double[] hours = new double[16];
  /** Slots in the order of their keys. */
  private int[] order = new int[0];

  /** The backlog of a force's function after its latest shift. */
  void set(ForceId force, String function, double backlogHours) {
    Map<String, Integer> ofForce = slots.computeIfAbsent(force, f -> new HashMap<>());
    Integer slot = ofForce.get(function);
    if (slot == null) {
      slot = byKey.size();
      ofForce.put(function, slot);
      byKey.put(force + "/" + function, slot);
      order = byKey.values().stream().mapToInt(Integer::intValue).toArray();
      if (slot == hours.length) hours = Arrays.copyOf(hours, slot * 2);
    }
    hours[slot] = backlogHours;
  }

  /** The sum of the latest backlogs, as a stream sums them (with its compensated summation) in key order. */
  double sum() {
    return Arrays.stream(order).mapToDouble(slot -> hours[slot]).sum();
  }
}
