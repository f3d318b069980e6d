/**
 * Experiment designs: the experiment file ({@link uk.ctsim.experiment.design.ExperimentSpec}, loaded and checked
 * against its base scenario by {@link uk.ctsim.experiment.design.ExperimentFile}), parameters that map a unit value to
 * a {@code --set} value, and the designs that place points in the unit cube (full factorial, one at a time, Latin
 * hypercube, Sobol sequence, Morris trajectories, Saltelli). Pure functions of the file and the design seed. Imports
 * scenario and experiment; never output or cli.
 */
package uk.ctsim.experiment.design;
