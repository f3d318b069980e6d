package uk.ctsim.scenario;

/** Kinds of surge incident. HOAX and SUSPICIOUS_ITEM are incidents that are not attacks. */
public enum AttackType {
  VEHICLE_KNIFE, FIREARMS, EXPLOSIVE, MARAUDING, HOAX, SUSPICIOUS_ITEM;

  public boolean isAttack() {
    return this != HOAX && this != SUSPICIOUS_ITEM;
  }
}
