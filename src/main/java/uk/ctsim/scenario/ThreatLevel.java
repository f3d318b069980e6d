package uk.ctsim.scenario;

/** The UK national terrorism threat levels, in increasing order. */
public enum ThreatLevel { LOW, MODERATE, SUBSTANTIAL, SEVERE, CRITICAL }
