package uk.ctsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ctsim.output.Fixtures;
import uk.ctsim.output.RunOutputs;
import uk.ctsim.output.ShardFile;
import uk.ctsim.scenario.ScenarioLoader;
import uk.ctsim.scenario.ScenarioWriter;

/**
 * Shards ({@code run --replication-range}) and {@code merge}: shards merged in any order give the folder a single run
 * of all replications gives, byte for byte, except the manifest's times and thread count; bad sets of shards are
 * refused with messages that say what is wrong.
 */
@Tag("slow") // runs quickstart's replications about ten times
class ShardMergeTest {
  private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml").toAbsolutePath();

  @TempDir
  Path tmp;

  private CtsimCommandContext ctsim;

  @BeforeEach
  void realEngine() {
    ctsim = new CtsimCommandContext(tmp, Fixtures.result());
    ctsim.loader = ScenarioLoader::load;
    ctsim.runner = new CliServices.LocalRunner();
    ctsim.exporter = ScenarioWriter::toJson;
  }

  private CtsimCommandContext.Outcome run(String out, String seed, String... more) {
    String[] args = Stream.concat(Stream.of("run", QUICKSTART.toString(), "--seed", seed, "--replications", "4",
        "--threads", "2", "--quiet", "--outputs", "data", "--output", out), Stream.of(more)).toArray(String[]::new);
    return ctsim.run(args);
  }

  private Path ok(CtsimCommandContext.Outcome outcome, String out) {
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    return tmp.resolve(out);
  }

  private static String manifestWithoutTimes(Path dir) throws IOException {
    ObjectNode m = (ObjectNode) new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    m.remove(List.of("started", "ended", "threads"));
    return m.toPrettyString();
  }

  @Test
  void shardsMergedInAnyOrderAreByteIdenticalToOneRunOfAllReplications() throws IOException {
    Path whole = ok(run("whole", "3"), "whole");
    Path late = ok(run("late", "3", "--replication-range", "2..3"), "late");
    Path early = ok(run("early", "3", "--replication-range", "0..1"), "early");
    assertThat(Files.readString(late.resolve("costs.csv")).lines().skip(1)).allMatch(l -> l.startsWith("2,") || l.startsWith("3,"));
    assertThat(late.resolve(ShardFile.FILE)).exists();
    assertThat(new ObjectMapper().readTree(late.resolve("manifest.json").toFile()).path("replication_range").toString())
        .isEqualTo("{\"from\":2,\"to\":4}");

    var outcome = ctsim.run("merge", "late", "early", "--output", "merged");
    Path merged = ok(outcome, "merged");
    assertThat(outcome.out()).contains("merged 2 shards, 4 replications, into " + merged);
    for (String file : RunOutputs.DATA_FILES) {
      assertThat(Files.readAllBytes(merged.resolve(file))).as(file).isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
    assertThat(manifestWithoutTimes(merged)).isEqualTo(manifestWithoutTimes(whole));
    assertThat(merged.resolve(ShardFile.FILE)).doesNotExist();
    assertThat(ctsim.run("verify", "merged").exitCode()).isZero();
  }

  @Test
  void missingOverlappingForeignAndWholeFoldersAreRefused() {
    ok(run("a", "3", "--replication-range", "0..1"), "a");
    ok(run("b", "3", "--replication-range", "1..1"), "b");
    ok(run("c", "8", "--replication-range", "2..3"), "c");
    ok(ctsim.run("run", QUICKSTART.toString(), "--seed", "3", "--replications", "1", "--quiet", "--outputs", "data",
        "--output", "whole"), "whole");

    var missing = ctsim.run("merge", "a", "--output", "m1");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("replications 2..3 of the experiment's 4 (0..3) are in no shard given; run them "
        + "with --replication-range 2..3");
    var overlap = ctsim.run("merge", "a", "b", "--output", "m2");
    assertThat(overlap.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(overlap.err()).contains("(replications 0..1) and ", "(replications 1..1) overlap");
    var foreign = ctsim.run("merge", "a", "c", "--output", "m3");
    assertThat(foreign.err()).contains("their master_seed differ");
    var whole = ctsim.run("merge", "whole", "--output", "m4");
    assertThat(whole.err()).contains("is not a shard: its manifest has no replication_range");
    assertThat(Stream.of("m1", "m2", "m3", "m4").map(tmp::resolve)).allMatch(p -> !Files.exists(p));
  }

  @Test
  void aRangeOutsideTheExperimentOrMalformedIsAUserError() {
    var outside = run("x", "3", "--replication-range", "3..4");
    assertThat(outside.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(outside.err()).contains("--replication-range 3..4: must be within 0..3 (the experiment's 4 replications) "
        + "with FROM <= TO");
    var reversed = run("x", "3", "--replication-range", "2..1");
    assertThat(reversed.err()).contains("with FROM <= TO");
    var malformed = run("x", "3", "--replication-range", "1-2");
    assertThat(malformed.err()).contains("--replication-range 1-2: expected FROM..TO, such as 0..99");
    assertThat(tmp.resolve("x")).doesNotExist();
  }
}
