package uk.ctsim.output.report;

/** The "How to read this report" section, in plain language for finance readers. */
final class HowToRead {
  private HowToRead() {}

  static void write(StringBuilder out, int replications) {
    out.append("<h2>How to read this report</h2>\n<ul>\n")
        .append("<li><b>Additional cost</b> is cash the forces pay because of the demand: overtime, rest days and ")
        .append("leave worked at short notice, mutual aid from other forces, allowances, catering and non-pay items, ")
        .append("less what event organisers pay back.</li>\n")
        .append("<li><b>Opportunity cost</b> is the value of paid hours taken away from ordinary policing ")
        .append("(neighbourhood, response, investigation). No extra cash is paid, but that work is not done.</li>\n")
        .append("<li>The model was run ").append(replications).append(" time").append(replications == 1 ? "" : "s")
        .append(" (<b>replications</b>) with different random attacks, protests and sickness. ")
        .append("Amounts are the <b>mean</b> over replications.</li>\n")
        .append("<li>The <b>95% confidence interval</b> (CI) is the range in which the true mean very likely lies; ")
        .append("more replications make it narrower. <b>P90</b> is the amount that 90% of replications stayed ")
        .append("under: a prudent figure for budget exposure.</li>\n")
        .append("<li>The <b>interval method</b> says how each interval was made: <b>t</b> (Student t, the usual ")
        .append("interval of a mean); <b>bootstrap-percentile</b> for a figure that cannot be negative but whose t ")
        .append("interval would reach below zero (a few replications with large values), from 10,000 resamples of ")
        .append("the replications; <b>t-cut-at-zero</b> in that case with fewer than 10 replications.</li>\n")
        .append("<li><b>Financial years</b> run from 1 April to 31 March; <b>funder</b> is the budget a cost is ")
        .append("booked to (the force's core budget, the CT policing grant, the capital city grant, event organisers).")
        .append("</li>\n")
        .append("<li>An incident <b>passes the grant threshold</b> when its additional cost is above the special-grant ")
        .append("threshold of its lead force (1% of the force's budget by default).</li>\n")
        .append("<li>CONTEST strands: <b>Pursue</b> (investigation), <b>Protect</b> (events, protected sites, ")
        .append("patrols), <b>Prepare</b> (responding to attacks), <b>Prevent</b>.</li>\n")
        .append("<li>Every number can be recomputed from the CSV files of this run folder; the assumptions register ")
        .append("lists each input and where it comes from.</li>\n</ul>\n");
  }
}
