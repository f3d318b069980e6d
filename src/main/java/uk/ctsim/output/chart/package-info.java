/**
 * Charts: small immutable chart-input records, {@link uk.ctsim.output.chart.ChartData} which builds them from
 * experiment results (the only place here that computes numbers, with {@code Summary.of} for across-replication
 * statistics), and drawing classes that turn the records into JFreeChart charts and PNG/SVG bytes. Drawing code holds
 * no statistics and lets every exception propagate. The only package that imports JFreeChart. May import scenario,
 * cost, experiment and model event types; never cli.
 */
package uk.ctsim.output.chart;
