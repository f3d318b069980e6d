/**
 * Calibration: fitting chosen parameters to chosen targets with a derivative-free optimiser from Commons Math
 * (Nelder-Mead or CMA-ES) on common random numbers, and checking the shipped scenario against public figures. Target
 * metrics extend the run metrics with per-incident and per-event figures. Imports scenario, model, cost, experiment,
 * experiment.design and experiment.sweep; never output or cli.
 */
package uk.ctsim.experiment.calibration;
