package uk.ctsim.scenario;

/** The police forces of the model. NATIONAL is the mutual-aid pool of the other forces of England and Wales. */
public enum ForceId { MET, CITY, BTP, NATIONAL }
