package uk.ctsim.output.chart;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.cost.CostKind;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.Role;

/**
 * One colour per series key, the same in every chart: a cost category, CONTEST strand, role or deployment kind is
 * always drawn in the same colour, so a reader who learns it once can read every chart. Each category's colour is
 * named by the category (an exhaustive switch), not taken from its position in the enum. Keys are the labels the
 * chart-input records use ({@link Labels}).
 */
public final class Palette {
  /** Colour-blind-safe qualitative colours (Okabe-Ito, then Tableau), in the order keys are assigned. */
  private static final Color[] CYCLE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x7F7F7F),
      new Color(0x8C564B), new Color(0x17BECF), new Color(0xBCBD22), new Color(0x393B79)};
  private static final Map<String, Color> FIXED = fixed();

  public static final Color UNMET = new Color(0xC00000);
  public static final Color BAND = new Color(0x0072B2);
  public static final Color ATTACK = Color.BLACK; // not red: red is unmet demand
  public static final Color THREAT_CHANGE = new Color(0x555555);

  private Palette() {}

  private static Map<String, Color> fixed() {
    Map<String, Color> colours = new HashMap<>();
    colours.put(Labels.kind(CostKind.ADDITIONAL), new Color(0xD55E00));
    colours.put(Labels.kind(CostKind.OPPORTUNITY), new Color(0x0072B2));
    for (CostCategory c : CostCategory.values()) colours.put(Labels.of(c), new Color(of(c)));
    for (Strand s : Strand.values()) colours.put(Labels.of(s), new Color(of(s)));
    for (Role r : Role.values()) colours.put(Labels.of(r), new Color(of(r)));
    colours.put(Labels.ORDINARY, new Color(0xBBBBBB));
    colours.put(Labels.EVENTS, new Color(0x009E73));
    colours.put(Labels.POSTURE, new Color(0xE69F00));
    colours.put(Labels.INCIDENTS, new Color(0x8C564B)); // brown, not red: red is unmet demand
    colours.put(Labels.INVESTIGATIONS, new Color(0x332288));
    colours.put(Labels.CT, new Color(0x332288));
    colours.put(Labels.NON_CT, new Color(0x88CCEE));
    return Map.copyOf(colours);
  }

  /** Each cost category's colour, named here so that a new or reordered category cannot shift the others. */
  static int of(CostCategory category) {
    return switch (category) {
      case ABSTRACTION, MILITARY -> 0x0072B2;
      case OVERTIME, RECOVERY -> 0xE69F00;
      case REST_DAY, SPECIAL_GRANT -> 0x009E73;
      case PUBLIC_HOLIDAY -> 0xCC79A7;
      case LEAVE_CANCELLED -> 0x56B4E9;
      case UNSOCIAL_HOURS -> 0xD55E00;
      case TIME_OWED -> 0xF0E442;
      case TIME_OFF_IN_LIEU -> 0x7F7F7F;
      case MUTUAL_AID -> 0x8C564B;
      case ALLOWANCES -> 0x17BECF;
      case CATERING -> 0xBCBD22;
      case NON_PAY -> 0x393B79;
      case STAFF_TIME -> 0x9467BD;
      case STAFF_OVERTIME -> 0xE377C2;
      case SPECIALS_EXPENSES -> 0xAEC7E8;
    };
  }

  /** Each CONTEST strand's colour (Paul Tol's muted scheme). */
  static int of(Strand strand) {
    return switch (strand) {
      case PURSUE -> 0x332288;
      case PREVENT -> 0x88CCEE;
      case PROTECT -> 0x44AA99;
      case PREPARE -> 0xDDCC77;
      case EVERYDAY -> 0xBBBBBB;
    };
  }

  /** Each role's colour. */
  static int of(Role role) {
    return switch (role) {
      case NEIGHBOURHOOD -> 0xCC79A7;
      case RESPONSE -> 0x56B4E9;
      case PUBLIC_ORDER -> 0xD55E00;
      case ARMED -> 0xF0E442;
      case CTSFO -> 0x7F7F7F;
      case CT_INVESTIGATION -> 0x8C564B;
      case PROTECTION -> 0x17BECF;
      case INVESTIGATION -> 0xBCBD22;
      case SPECIALIST -> 0x393B79;
    };
  }

  /** The colour of a series key; a key without a fixed colour gets one from the cycle by its position. */
  public static Color of(String key, int position) {
    Color fixed = FIXED.get(key);
    return fixed != null ? fixed : CYCLE[Math.floorMod(position, CYCLE.length)];
  }
}
