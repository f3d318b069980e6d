package uk.ctsim.model.events;

/** The four strands of CONTEST, the UK counter-terrorism strategy. */
public enum Strand { PURSUE, PREVENT, PROTECT, PREPARE }
