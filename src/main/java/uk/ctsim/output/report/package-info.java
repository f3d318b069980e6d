/**
 * The finance report and workbook: {@link uk.ctsim.output.report.CostTables} builds the tables both show from
 * experiment results (means over replications, and {@code Summary.of} for intervals and percentiles);
 * {@link uk.ctsim.output.report.ReportHtml} and {@link uk.ctsim.output.report.CostsWorkbook} only lay them out.
 * Nothing here catches an exception to carry on. May import scenario, cost, experiment, model event types and
 * output.chart; never cli.
 */
package uk.ctsim.output.report;
