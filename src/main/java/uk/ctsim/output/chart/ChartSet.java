package uk.ctsim.output.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.scenario.ThreatLevel;

/** Every chart of a run, in the order the report shows them. */
public final class ChartSet {
  private ChartSet() {}

  /**
   * The charts of {@code run}; {@code levels} holds the same scenario run at each threat level, when a threat-level
   * comparison made them (empty otherwise).
   */
  public static List<NamedChart> of(ExperimentResult run, Map<ThreatLevel, ExperimentResult> levels) {
    List<NamedChart> charts = new ArrayList<>();
    // A run at one level gets no one-bar level chart: the headline already gives its cost.
    if (!levels.isEmpty()) {
      charts.add(new NamedChart("cost-by-threat-level", "The same period policed at each threat level. Whiskers show "
          + "the 95% confidence interval of the mean.", BarCharts.costByLevel(ChartData.costByLevel(run, levels))));
      ThreatLevel reference = reference(run, levels);
      if (reference != null && levels.size() > 1) {
        charts.add(new NamedChart("level-differences", "Each level minus " + Labels.of(reference) + " (the scenario's "
            + "own level), replication by replication on the same random numbers, so the whiskers (95% paired "
            + "interval) are narrower than the levels' own intervals would suggest.",
            BarCharts.differences(ChartData.levelDifferences(levels, reference), Labels.of(reference))));
      }
    }
    charts.add(new NamedChart("cost-by-category", "What the money is spent on. Recovery from event organisers is "
        + "negative and drawn below zero.", BarCharts.bars(ChartData.byCategory(run))));
    charts.add(new NamedChart("cost-by-strand", "Cost by CONTEST strand: Pursue (investigation), Protect (events, "
        + "sites, patrols), Prepare (incident response).", BarCharts.bars(ChartData.byStrand(run))));
    charts.add(new NamedChart("cumulative-cost", "Total cost so far, week by week. The line is the median "
        + "replication; the band holds 90% of replications. Attacks (black lines) and threat-level changes (grey, "
        + "dashed) are those of the first replication; the incidents table lists them.", TimeCharts.cumulativeCost(ActivityData.cumulativeCost(run))));
    charts.add(new NamedChart("daily-deployment", "Officers a day by what they were doing (mean of replications). "
        + "The upper panel stacks the deployments (officers who started that kind of deployment on the day) with "
        + "the red line of demand that no officer could be found for; the lower panel shows the officers left on "
        + "ordinary duty, which would otherwise dwarf the deployments.", TimeCharts.deployment(ActivityData.deployment(run))));
    if (!run.scenario().everyday().functions().isEmpty()) {
      charts.add(new NamedChart("everyday-demand", "Everyday (non-counter-terrorism) work each day: the demand, the "
          + "hours of ordinary duty left for it after counter-terrorism took its officers, the officers called in from "
          + "rest days or leave, and the work that went unmet (or was dropped after waiting too long).",
          TimeCharts.lines(EverydayData.demandAndSupply(run))));
      charts.add(new NamedChart("everyday-backlog", "Everyday work that can wait (neighbourhood, investigation, public "
          + "order) and is waiting at the end of each day: the displaced work that counter-terrorism leaves behind.",
          TimeCharts.lines(EverydayData.backlog(run))));
    }
    charts.add(new NamedChart("abstraction-by-role", "Rostered hours taken away from ordinary policing each week, by "
        + "the role that lost them. No cash is paid for these hours: they are the opportunity cost.",
        BarCharts.bars(ActivityData.abstractionByRole(run))));
    charts.add(new NamedChart("overtime-by-week", "Overtime officer-hours worked each week (all officers).",
        BarCharts.bars(ActivityData.overtimeByWeek(run))));
    charts.add(new NamedChart("overtime-per-officer", "How overtime was shared: officers by the overtime hours each "
        + "worked over the whole period, in bands of 10 hours.", BarCharts.bars(ActivityData.overtimeHistogram(run))));
    charts.add(new NamedChart("rest-days-cancelled", "Rest days and leave days officers worked each week.",
        BarCharts.bars(ActivityData.restDaysByWeek(run))));
    charts.add(new NamedChart("top-events", "The events that cost most, additional and opportunity cost side by side.",
        BarCharts.bars(ChartData.topEvents(run))));
    charts.add(new NamedChart("attack-officers", "One panel per attack of the first replication (the four with the "
        + "most officer-hours, when there are more): officers deployed to it each day, from counter-terrorism roles "
        + "and from other roles.",
        TimeCharts.panels(ActivityData.attackOfficers(run))));
    charts.add(new NamedChart("attack-ct-split", "Investigation officer-hours in the first week after each attack, "
        + "from counter-terrorism roles and from other roles.", BarCharts.bars(ActivityData.attackCtSplit(run))));
    return List.copyOf(charts);
  }

  /**
   * The level whose run is {@code run} (the reference of a threat-level comparison): the scenario's own level if that
   * is it, else the lowest such level; null when {@code run} is none of them.
   */
  public static ThreatLevel reference(ExperimentResult run, Map<ThreatLevel, ExperimentResult> levels) {
    ThreatLevel own = run.scenario().threat().level();
    if (levels.get(own) == run) return own;
    return levels.entrySet().stream().filter(e -> e.getValue() == run).map(Map.Entry::getKey).sorted().findFirst()
        .orElse(null);
  }
}
