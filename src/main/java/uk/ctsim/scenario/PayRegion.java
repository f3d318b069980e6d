package uk.ctsim.scenario;

/**
 * The pay area of a force under Police Regulations: London (London Weighting and London allowance: Met, City of London),
 * the South East (South East allowance: Bedfordshire, Essex, Hampshire, Hertfordshire, Kent, Surrey, Sussex, Thames
 * Valley) or elsewhere. Source: docs/FORCES-2017.md, column {@code pay_region} (Lords written answer HL737).
 */
public enum PayRegion { LONDON, SOUTH_EAST, ELSEWHERE }
