package uk.ctsim.model;

import uk.ctsim.scenario.AttackType;
import uk.ctsim.scenario.ForceId;

/** An incident to respond to. */
record Incident(String id, String name, AttackType type, ForceId force, long minute, boolean fromPlot) {}
