package uk.ctsim.scenario;

import java.util.Map;

/**
 * Shift types and, per role, the repeating roster cycle. A cycle is a string of shift codes, one per day,
 * with {@code R} for a rest day: {@code "EELLNNRRRR"} is two earlies, two lates, two nights, four rest days.
 * Officers of a role are spread evenly over the cycle's offsets (teams), so availability on any day is
 * known arithmetically.
 */
public record RosterSpec(Map<String, ShiftType> shiftTypes, Map<Role, String> cycles) {
  public static final char REST = 'R';

  public RosterSpec {
    shiftTypes = Require.copy(Require.present(shiftTypes, "shiftTypes"));
    cycles = Require.copy(Require.present(cycles, "cycles"));
    for (String code : shiftTypes.keySet()) {
      Require.isTrue(code.length() == 1 && Character.isUpperCase(code.charAt(0)) && code.charAt(0) != REST,
          "shiftTypes." + code + ": a shift code is one capital letter other than R");
    }
    for (var e : cycles.entrySet()) {
      String cycle = e.getValue();
      Require.isTrue(cycle != null && !cycle.isEmpty() && cycle.length() <= 56, "cycles." + e.getKey() + ": a cycle has 1 to 56 days");
      for (char c : cycle.toCharArray()) {
        Require.isTrue(c == REST || shiftTypes.containsKey(String.valueOf(c)),
            "cycles." + e.getKey() + ": unknown shift code '" + c + "' (known: " + shiftTypes.keySet() + " and R)");
      }
    }
    for (Role role : Role.values()) {
      Require.isTrue(cycles.containsKey(role), "cycles: no cycle for role " + role);
    }
  }

  public ShiftType shift(char code) {
    return shiftTypes.get(String.valueOf(code));
  }
}
