package uk.ctsim.cost;

/** Additional cost is cash the force pays because of the demand; opportunity cost is paid time diverted to it. */
public enum CostKind { ADDITIONAL, OPPORTUNITY }
