package uk.ctsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritersTest {
  @TempDir
  Path tmp;

  private static List<String> lines(String csv) {
    return Arrays.asList(csv.split("\n"));
  }

  @Test
  void costsHaveTheDocumentedColumnsAndExactPounds() throws IOException {
    StringWriter out = new StringWriter();
    CostsCsv.write(Fixtures.result(), out);
    List<String> lines = lines(out.toString());
    assertThat(lines.get(0)).isEqualTo(
        "replication,force,funder,category,strand,kind,demand,reference,week,month,financial_year,gbp");
    assertThat(lines).hasSize(1 + 2 * 4);
    assertThat(lines).contains(
        "1,MET,FORCE_CORE_BUDGET,OVERTIME,PROTECT,ADDITIONAL,EVENT,athletics,2017-W31,2017-08,2017-18,1234567.89",
        "2,MET,FORCE_CORE_BUDGET,OVERTIME,PROTECT,ADDITIONAL,EVENT,athletics,2017-W31,2017-08,2017-18,2469135.78",
        "1,NATIONAL,FORCE_CORE_BUDGET,MUTUAL_AID,PREPARE,ADDITIONAL,INCIDENT_SCENE,lb-1,2017-W22,2017-06,2017-18,0.99",
        "1,MET,EVENT_ORGANISER,RECOVERY,PROTECT,ADDITIONAL,EVENT,\"concert, \"\"big\"\"\",2017-W31,2017-08,2017-18,-10.00");
  }

  @Test
  void dailyHasOneAbstractionColumnPerRoleAndNoScientificNotation() throws IOException {
    StringWriter out = new StringWriter();
    DailyCsv.write(Fixtures.result(), out);
    List<String> lines = lines(out.toString());
    assertThat(lines.get(0)).isEqualTo("replication,date,threat_level,posture_multiplier,officers_on_duty,"
        + "officers_ordinary,officers_event,officers_posture,officers_incident,officers_investigation,"
        + "mutual_aid_officers,military_personnel,overtime_hours,unmet_hours,rest_days_cancelled,"
        + "leave_days_cancelled,pursue_capacity_share,everyday_demand_hours,everyday_ordinary_hours,"
        + "everyday_extra_hours,everyday_unmet_hours,everyday_backlog_hours,everyday_deferred_hours,"
        + "plots,plots_disrupted,arrests,arrest_hours,caseload,prevent_referrals,channel_cases,prevent_hours,"
        + "owed_hours_repaid,owed_hours_outstanding,fatigue_sick_hours,"
        + "abstraction_hours_neighbourhood,abstraction_hours_response,"
        + "abstraction_hours_public_order,abstraction_hours_armed,abstraction_hours_ctsfo,"
        + "abstraction_hours_ct_investigation,abstraction_hours_protection,abstraction_hours_investigation,"
        + "abstraction_hours_specialist");
    assertThat(lines.get(1))
        .isEqualTo("1,2017-06-01,SEVERE,1.2500,100,60,20,5,10,3,2,0,12.34,0.00,1,0,0.8765,"
            + "0.00,0.00,0.00,0.00,0.00,0.00,0,0,0,0.00,0.00,0,0,0.00,0.00,0.00,0.00,"
            + "8.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00");
  }

  @Test
  void eventsHaveTheDocumentedColumnsTotalsAndRatio() throws IOException {
    StringWriter out = new StringWriter();
    EventsCsv.write(Fixtures.result(), out);
    List<String> lines = lines(out.toString());
    assertThat(lines.get(0).split(",")).containsExactly("replication", "event_id", "name", "type", "force", "start",
        "days", "priority", "generated", "planned_officers_per_day", "final_officers_per_day",
        "officer_hours_neighbourhood", "officer_hours_response", "officer_hours_public_order", "officer_hours_armed",
        "officer_hours_ctsfo", "officer_hours_ct_investigation", "officer_hours_protection",
        "officer_hours_investigation", "officer_hours_specialist", "officer_hours_total", "unmet_hours",
        "initial_plan_gbp", "additional_gbp", "opportunity_gbp", "recovered_gbp", "total_gbp",
        "cost_ratio_to_initial_plan");
    assertThat(lines.get(1)).isEqualTo("1,athletics,World Athletics Championships,SPORT,MET,2017-08-04,10,2,false,100,190,"
        + "0.00,0.00,1500.50,250.25,0.00,0.00,0.00,0.00,0.00,1750.75,0.00,600000.00,1234557.89,5000.05,10.00,"
        + "1239557.94,2.0659");
    assertThat(lines.get(2)).endsWith(",0.00,1.00,0.00,0.00,1.00,").contains(",CONCERT,CITY,2017-06-02,1,5,true,");
  }

  @Test
  void incidentsHaveTheDocumentedColumns() throws IOException {
    StringWriter out = new StringWriter();
    IncidentsCsv.write(Fixtures.result(), out);
    List<String> lines = lines(out.toString());
    assertThat(lines.get(0)).isEqualTo("replication,incident_id,name,type,force,time,from_plot,armed_response_minutes,"
        + "peak_concurrent_officers,officer_hours_immediate,officer_hours_scene,officer_hours_investigation,"
        + "ct_hours_first_week,non_ct_hours_first_week,investigation_officers_first_week,additional_gbp,"
        + "opportunity_gbp,grant_threshold_gbp,passes_grant_threshold,force_additional_gbp,claimable_gbp");
    assertThat(lines.get(1)).isEqualTo("1,lb-1,London Bridge,VEHICLE_KNIFE,MET,2017-06-03T22:08:00,false,8.00,1000,"
        + "3000.00,0.00,12000.00,3000.00,6000.00,900,0.99,0.00,32000000.00,false,0.99,0.00");
  }

  @Test
  void everyRowHasAsManyCellsAsTheHeader() throws IOException {
    StringWriter out = new StringWriter();
    EventsCsv.write(Fixtures.result(), out);
    // The quoted id "concert, ""big""" holds one comma, so that row splits into one extra piece.
    assertThat(lines(out.toString())).allSatisfy(line ->
        assertThat(line.split(",", -1).length - (line.contains("concert") ? 1 : 0)).isEqualTo(EventsCsv.COLUMNS.size()));
  }

  @Test
  void emptyTablesStillHaveTheirHeader() throws IOException {
    var empty = new uk.ctsim.experiment.ExperimentResult(Fixtures.scenario(), 1L, List.of());
    StringWriter out = new StringWriter();
    IncidentsCsv.write(empty, out);
    assertThat(out.toString()).isEqualTo(String.join(",", IncidentsCsv.COLUMNS) + "\n");
  }

  @Test
  void summaryHasTotalsBreakdownsAndStatisticsAcrossReplications() throws IOException {
    StringWriter out = new StringWriter();
    SummaryJson.write(Fixtures.result(), out);
    var root = Json.MAPPER.readTree(out.toString());
    var first = root.get("replications").get(0);
    assertThat(first.get("additional_gbp").decimalValue()).isEqualByComparingTo("1234558.88");
    assertThat(first.get("opportunity_gbp").decimalValue()).isEqualByComparingTo("5000.05");
    assertThat(first.get("by_category").fieldNames()).toIterable().hasSize(18).first().isEqualTo("ABSTRACTION");
    assertThat(first.get("by_force").get("NATIONAL").decimalValue()).isEqualByComparingTo("0.99");
    assertThat(first.get("kpis").get("plots_disrupted").isNull()).isTrue();
    var additional = root.get("across_replications").get("additional_gbp");
    assertThat(additional.get("min").decimalValue()).isEqualByComparingTo("1234558.88");
    assertThat(additional.get("max").decimalValue()).isEqualByComparingTo("2469126.77");
    assertThat(additional.get("mean").decimalValue()).isEqualByComparingTo("1851842.82");
    assertThat(out.toString()).doesNotContainPattern("[0-9][eE][-+]?[0-9]");
  }

  @Test
  void mutualAidHasOneRowPerReplicationDayAndPairOfForces() throws IOException {
    var out = new java.io.StringWriter();
    MutualAidCsv.write(Fixtures.result(), out);
    // Fixtures: replications 1 and 2; each, r, lends 40 CHE officers (38 shifts, 40 + r journeys) and 25 MER officers to GMP.
    assertThat(out.toString()).isEqualTo("""
        replication,date,lending_force,receiving_force,officers_away,shifts_worked,officers_travelling
        1,2017-05-23,CHE,GMP,40,38,41
        1,2017-05-23,MER,GMP,25,25,0
        2,2017-05-23,CHE,GMP,40,38,42
        2,2017-05-23,MER,GMP,25,25,0
        """);
  }

  @Test
  void sameResultGivesByteIdenticalFiles() throws IOException {
    Path a = writeRun(tmp.resolve("a"));
    Path b = writeRun(tmp.resolve("b"));
    for (String file : List.of("costs.csv", "daily.csv", "events.csv", "incident_days.csv", "incidents.csv",
        "overtime_histogram.csv", "mutual_aid.csv", "metrics.csv", "summary.csv", "summary.json", "manifest.json")) {
      assertThat(Files.readAllBytes(a.resolve(file))).as(file).isEqualTo(Files.readAllBytes(b.resolve(file)));
    }
    try (var files = Files.list(a)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("costs.csv", "daily.csv", "events.csv", "incident_days.csv", "incidents.csv", "manifest.json",
              "metrics.csv", "mutual_aid.csv", "overtime_histogram.csv", "summary.csv", "summary.json");
    }
  }

  @Test
  void manifestRecordsSeedsOverridesAndTheScenarioAsRun() throws IOException {
    Path dir = writeRun(tmp.resolve("m"));
    var manifest = Json.MAPPER.readTree(dir.resolve("manifest.json").toFile());
    assertThat(manifest.get("master_seed").asLong()).isEqualTo(42L);
    assertThat(manifest.get("replications").get(1).get("seed").asLong()).isEqualTo(2000L);
    assertThat(manifest.get("overrides").get(0).asText()).isEqualTo("run.replications=2");
    assertThat(manifest.get("scenario").get("name").asText()).isEqualTo("tiny");
    assertThat(manifest.get("git_commit").isNull()).isTrue();
    assertThat(manifest.get("started").asText()).isEqualTo("2017-07-20T09:00Z");
    assertThat(manifest.get("files").size()).isEqualTo(10);
  }

  static RunInfo info() {
    OffsetDateTime t = OffsetDateTime.of(2017, 7, 20, 9, 0, 0, 0, ZoneOffset.UTC);
    return new RunInfo("0.1.0", null, "17", Paths.get("/scenarios/tiny.yaml"), List.of("run.replications=2"),
        "{\"name\": \"tiny\"}", 4, t, t.plusMinutes(3));
  }

  private static Path writeRun(Path dir) {
    RunFolder folder = RunFolder.createAt(dir);
    RunOutputs.writeAll(folder, Fixtures.result(), info());
    return folder.target();
  }

  @Test
  void versionComesFromTheFilteredResource() {
    assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void folderNameUsesTheSlugAndTheStartTime() {
    RunFolder folder = RunFolder.createUnder(tmp, Fixtures.scenario().name(), LocalDateTime.of(2017, 6, 3, 22, 8, 5));
    assertThat(folder.target().getFileName().toString()).isEqualTo("tiny-test-london-2017-20170603-220805");
  }
}
