package uk.ctsim.scenario;

/**
 * A non-pay cost of an event day (barriers, vehicles, catering contracts, accommodation).
 *
 * @param item what it is
 * @param gbpPerDay cost for each day the event is held, at the reference posture
 * @param scalesWithPosture whether the cost rises with the event's posture multiplier (vehicle barriers do)
 */
public record NonPayItem(String item, Double gbpPerDay, Boolean scalesWithPosture) {
  public NonPayItem {
    Require.text(item, "item");
    gbpPerDay = Require.money(gbpPerDay, "gbpPerDay", 1e8);
    scalesWithPosture = Require.orDefault(scalesWithPosture, Boolean.FALSE);
  }
}
