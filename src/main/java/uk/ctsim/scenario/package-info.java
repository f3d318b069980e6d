/**
 * The input model: immutable records that validate themselves, and loading them from YAML or JSON with errors that
 * name the file, line and field. Imports nothing else of ctsim and no MASON.
 */
package uk.ctsim.scenario;
