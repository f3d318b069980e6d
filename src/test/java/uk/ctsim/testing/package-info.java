/** Test support shared by the test packages: the listener that reports why tests were skipped. */
package uk.ctsim.testing;
