/**
 * Sensitivity analysis of a sweep: one-at-a-time effects with paired intervals (for a tornado chart), Morris
 * elementary effects (mu, mu*, sigma) and Sobol first-order and total indices by Jansen's estimators with bootstrap
 * intervals. Each works on the mean over replications at each point of its design (on common random numbers). Pure
 * arithmetic: imports experiment, experiment.design and experiment.sweep only; never output or cli.
 */
package uk.ctsim.experiment.sensitivity;
