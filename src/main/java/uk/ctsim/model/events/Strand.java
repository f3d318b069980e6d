package uk.ctsim.model.events;

/**
 * The four strands of CONTEST, the UK counter-terrorism strategy, and {@code EVERYDAY} for the everyday
 * (non-counter-terrorism) policing that ordinary duty meets, when a scenario models it.
 */
public enum Strand { PURSUE, PREVENT, PROTECT, PREPARE, EVERYDAY }
