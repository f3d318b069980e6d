/**
 * The finance report, the workbooks and the comparison page. {@link uk.ctsim.output.report.CostTables},
 * {@link uk.ctsim.output.report.FinanceTables} (cash by financial year and funder, special-grant position, unmet demand
 * priced at overtime), {@link uk.ctsim.output.report.PeriodTables} (month, financial year, funder) and
 * {@link uk.ctsim.output.report.LevelTables} (paired differences between runs) build the tables from experiment results
 * (means over replications, and {@code Summary.of} for intervals and percentiles);
 * {@link uk.ctsim.output.report.ReportHtml}, {@link uk.ctsim.output.report.CostsWorkbook} and
 * {@link uk.ctsim.output.report.CompareHtml} only lay them out. {@link uk.ctsim.output.report.Assumptions} joins each
 * scenario parameter to its source in {@code docs/SOURCES.md} and the public figure in {@code docs/PUBLIC-FIGURES.md}.
 * Nothing here catches an exception to carry on. May import scenario, cost, experiment, model event types and
 * output.chart; never cli.
 */
package uk.ctsim.output.report;
