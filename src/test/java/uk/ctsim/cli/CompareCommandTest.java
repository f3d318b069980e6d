package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.output.Fixtures;

/** {@code ctsim compare} on run folders written from hand-built results: the happy paths and every refusal. */
@Tag("slow") // runs the CLI end to end on scenarios: left out of the fast set (-Pfast)
class CompareCommandTest {
  @TempDir
  Path tmp;

  private CtsimCommandContext ctsim;

  @BeforeEach
  void setUp() throws IOException {
    ctsim = new CtsimCommandContext(tmp, Fixtures.result());
    Files.writeString(tmp.resolve("tiny.yaml"), "name: tiny\n");
  }

  /** A run folder of {@code result}, written by {@code ctsim run}. */
  private String runFolder(String name, ExperimentResult result) {
    ctsim.runner = (s, n, seed, t, done) -> result;
    // The run's seed is the hand-built result's, as a real run's results carry the seed it was given.
    var outcome = ctsim.run("run", "tiny.yaml", "--quiet", "--seed", String.valueOf(result.masterSeed()), "--output", name);
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    return name;
  }

  /** The fixture's replications with other seeds (so the runs do not share random numbers) and another master seed. */
  private static ExperimentResult reseeded(long master, int count) {
    List<ReplicationResult> reps = Fixtures.result().replications();
    List<ReplicationResult> out = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      ReplicationResult r = reps.get(i % reps.size());
      out.add(new ReplicationResult(i + 1, master * 1000 + i, r.ledger(), r.daily(), r.events(), r.incidents(), r.kpis()));
    }
    return new ExperimentResult(Fixtures.scenario(), master, out);
  }

  @Test
  void scenariosRunByCompareAreComparedFromTheResultsHeldNotReadBackFromTheirFolders() throws IOException {
    // The report writer spoils each new run's metrics.csv after it is written: a comparison that read the file back
    // would fail; one made from the results it holds does not notice.
    ctsim.reports = (folder, result, levels, info) -> {
      try {
        Files.writeString(folder.path().resolve("metrics.csv"), "not,the,metrics\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return List.of();
    };
    Files.writeString(tmp.resolve("other.yaml"), "name: other\n");
    var outcome = ctsim.run("compare", "tiny.yaml", "other.yaml", "--output", "cmp", "--quiet");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(Files.readString(tmp.resolve("cmp/comparison.csv"))).contains("\n2-").contains(",cost.total,2,");
  }

  @Test
  void runsThatShareSeedsAreComparedWithPairedIntervals() throws IOException {
    runFolder("a", Fixtures.result());
    runFolder("b", Fixtures.result());
    var outcome = ctsim.run("compare", "a", "b", "--output", "cmp");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("Differences from a with paired 95% intervals (runs share replication seeds")
        .contains("cost.total (£)").contains("(reference)");
    JsonNode json = new ObjectMapper().readTree(tmp.resolve("cmp/comparison.json").toFile());
    assertThat(json.get("method").asText()).isEqualTo("paired");
    assertThat(json.get("sources").get(1).get("folder").asText()).isEqualTo(tmp.resolve("b").toString());
    assertThat(json.get("runs").get(1).get("difference_from_reference").get("cost.total").get("mean").asDouble())
        .isZero();
    assertThat(Files.readString(tmp.resolve("cmp/comparison.csv"))).startsWith("run,metric,n,mean,")
        .contains("\nb,cost.total,2,").contains(",variance_reduction,ci95_method\n");
    // Two replications of a cost whose t interval reaches below zero: the interval is cut there, and says so.
    assertThat(Files.readString(tmp.resolve("cmp/comparison.csv")).lines().filter(l -> l.startsWith("a,cost.total,")))
        .singleElement().asString().endsWith(",t-cut-at-zero");
    assertThat(Files.readString(tmp.resolve("cmp/compare.html"))).contains("<title>ctsim comparison: a vs b</title>");
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(tmp.resolve("cmp/comparison.xlsx")))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Differences from a");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("a");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Total cost (£)");
      assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).as("b minus a, the same run").isZero();
    }
  }

  @Test
  void runsWithDifferentSeedsGetWelchIntervalsAndMaySizeDifferently() {
    runFolder("a", Fixtures.result());
    runFolder("c", reseeded(7, 3));
    var outcome = ctsim.run("compare", "a", "c", "--output", "cmp");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("with welch 95% intervals (runs do not share seeds: independent samples)");
  }

  @Test
  void aScenarioFileArgumentIsRunIntoASubfolder() {
    runFolder("a", Fixtures.result());
    ctsim.runner = (s, n, seed, t, done) -> Fixtures.result();
    var outcome = ctsim.run("compare", "a", "tiny.yaml", "--output", "cmp", "--quiet");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(tmp.resolve("cmp/2-tiny-test-london-2017/metrics.csv")).exists();
    assertThat(tmp.resolve("cmp/comparison.csv")).exists();
  }

  @Test
  void aFolderThatIsNotARunIsRefused() throws IOException {
    runFolder("a", Fixtures.result());
    Files.createDirectories(tmp.resolve("photos"));
    var outcome = ctsim.run("compare", "a", "photos");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("photos: no manifest.json; this is not a finished ctsim run folder");
    assertThat(tmp.resolve("output")).doesNotExist();
  }

  @Test
  void aRunFolderWithAMissingFileIsRefusedNamingIt() throws IOException {
    runFolder("a", Fixtures.result());
    runFolder("old", Fixtures.result());
    Files.delete(tmp.resolve("old/metrics.csv"));
    var outcome = ctsim.run("compare", "a", "old");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("does not verify").contains("metrics.csv: missing (the manifest lists it)")
        .doesNotContain("internal error");
  }

  @Test
  void aFileAddedAfterTheRunIsRefused() throws IOException {
    runFolder("a", Fixtures.result());
    runFolder("b", Fixtures.result());
    Files.writeString(tmp.resolve("b/INCOMPLETE"), "x");
    var outcome = ctsim.run("compare", "a", "b");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("INCOMPLETE: not listed in manifest.json");
  }

  @Test
  void anEditedMetricIsRefusedAsTheManifestNoLongerMatches() throws IOException {
    runFolder("a", Fixtures.result());
    runFolder("b", Fixtures.result());
    Path metrics = tmp.resolve("b/metrics.csv");
    StringBuilder text = new StringBuilder(Files.readString(metrics));
    int at = text.indexOf(",cost.total,") + ",cost.total,".length();
    text.setCharAt(at, text.charAt(at) == '9' ? '8' : (char) (text.charAt(at) + 1)); // one byte, same length
    Files.writeString(metrics, text);
    var outcome = ctsim.run("compare", "a", "b");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("metrics.csv: content changed since the run");
  }

  @Test
  void aDuplicatedOrInfiniteMetricIsRefusedEvenWithAMatchingManifest() throws IOException {
    runFolder("a", Fixtures.result());
    runFolder("dup", Fixtures.result());
    runFolder("inf", Fixtures.result());
    Path dup = tmp.resolve("dup/metrics.csv");
    String first = Files.readAllLines(dup).get(1);
    Files.writeString(dup, Files.readString(dup) + first + "\n");
    rehash(tmp.resolve("dup"));
    Path inf = tmp.resolve("inf/metrics.csv");
    Files.writeString(inf, Files.readString(inf).replaceFirst(",cost.total,[0-9.]+", ",cost.total,-Infinity"));
    rehash(tmp.resolve("inf"));
    var duplicated = ctsim.run("compare", "a", "dup");
    assertThat(duplicated.exitCode()).isEqualTo(2);
    assertThat(duplicated.err()).contains("lists metric").contains("twice");
    var infinite = ctsim.run("compare", "a", "inf");
    assertThat(infinite.exitCode()).isEqualTo(2);
    assertThat(infinite.err()).contains("not a finite number").contains("-Infinity");
  }

  /**
   * Rewrites a folder's manifest to match its files, as a forger would: reads each listed file and puts its size and
   * SHA-256 in (ctsim itself never reads a file back to list it).
   */
  private static void rehash(Path dir) throws IOException {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var manifest = mapper.readTree(dir.resolve("manifest.json").toFile());
    for (var entry : manifest.path("files")) {
      byte[] bytes = Files.readAllBytes(dir.resolve(entry.path("path").asText()));
      try {
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        ((com.fasterxml.jackson.databind.node.ObjectNode) entry).put("bytes", bytes.length).put("sha256", sha);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    mapper.writeValue(dir.resolve("manifest.json").toFile(), manifest);
  }

  @Test
  void pairedRunsWithDifferentReplicationCountsAreRefused() {
    runFolder("a", Fixtures.result());
    runFolder("d", reseeded(42, 3));
    var outcome = ctsim.run("compare", "a", "d");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("(2 replications)").contains("(3 replications)")
        .contains("a paired comparison needs the same number of replications");
  }

  @Test
  void metricsThatDoNotLineUpAreRefused() throws IOException {
    runFolder("a", Fixtures.result());
    runFolder("b", Fixtures.result());
    Path metrics = tmp.resolve("b/metrics.csv");
    Files.writeString(metrics, Files.readString(metrics).replace(",kpi.attacks,", ",kpi.attackz,"));
    rehash(tmp.resolve("b"));
    var outcome = ctsim.run("compare", "a", "b");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("metrics do not line up: kpi.attacks is missing from b");
  }

  @Test
  void aMissingArgumentIsRefusedAndOneRunIsNotEnough() {
    runFolder("a", Fixtures.result());
    var missing = ctsim.run("compare", "a", "nowhere");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere: no such file");
    var single = ctsim.run("compare", "a");
    assertThat(single.exitCode()).isEqualTo(2);
    assertThat(single.err()).contains("requires at least 2 values");
  }
}
