package uk.ctsim.scenario;

/** Kinds of public event; each has its own posture profile. */
public enum EventType { SPORT, FOOTBALL, CEREMONIAL, CONCERT, FESTIVAL, STATE_OCCASION, PROTEST, CELEBRATION }
