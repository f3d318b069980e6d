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
 * always drawn in the same colour, so a reader who learns it once can read every chart. Keys are the labels the
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
    CostCategory[] categories = CostCategory.values();
    for (int i = 0; i < categories.length; i++) colours.put(Labels.of(categories[i]), CYCLE[i % CYCLE.length]);
    Strand[] strands = Strand.values();
    Color[] strandColours = {new Color(0x332288), new Color(0x88CCEE), new Color(0x44AA99), new Color(0xDDCC77)};
    for (int i = 0; i < strands.length; i++) colours.put(Labels.of(strands[i]), strandColours[i]);
    Role[] roles = Role.values();
    for (int i = 0; i < roles.length; i++) colours.put(Labels.of(roles[i]), CYCLE[(i + 3) % CYCLE.length]);
    colours.put(Labels.ORDINARY, new Color(0xBBBBBB));
    colours.put(Labels.EVENTS, new Color(0x009E73));
    colours.put(Labels.POSTURE, new Color(0xE69F00));
    colours.put(Labels.INCIDENTS, new Color(0x8C564B)); // brown, not red: red is unmet demand
    colours.put(Labels.INVESTIGATIONS, new Color(0x332288));
    colours.put(Labels.CT, new Color(0x332288));
    colours.put(Labels.NON_CT, new Color(0x88CCEE));
    return Map.copyOf(colours);
  }

  /** The colour of a series key; a key without a fixed colour gets one from the cycle by its position. */
  public static Color of(String key, int position) {
    Color fixed = FIXED.get(key);
    return fixed != null ? fixed : CYCLE[Math.floorMod(position, CYCLE.length)];
  }
}
