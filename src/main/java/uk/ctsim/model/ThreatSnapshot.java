package uk.ctsim.model;

import uk.ctsim.scenario.ThreatLevel;

/**
 * The threat and the posture at one minute, as the demands that fill officers see them: taken once per plan,
 * booking or incident phase and handed to the deployer, so no demand asks the threat state piecemeal.
 *
 * @param minute when it was taken
 * @param level the national threat level then
 * @param postureLevel the level posture is held at then: the threat level, or a dated posture period's where higher
 * @param criticalSince when the current CRITICAL posture began (the military's lead time runs from it), or
 *     {@link uk.ctsim.model.events.Minutes#NONE} below CRITICAL
 * @param uplift the decayed uplift of past attacks, capped (0 before any)
 * @param cause the attack that posture above the level's own is attributed to, or null before any attack
 * @param postureMultiplier unarmed posture multiplier relative to the posture reference level, uplift included
 * @param armedPostureMultiplier the same for armed, CTSFO and search staffing
 */
record ThreatSnapshot(long minute, ThreatLevel level, ThreatLevel postureLevel, long criticalSince, double uplift, String cause,
    double postureMultiplier, double armedPostureMultiplier) {}
