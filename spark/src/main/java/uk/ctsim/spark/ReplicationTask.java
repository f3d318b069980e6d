package uk.ctsim.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.Function;
import uk.ctsim.experiment.Replication;
import uk.ctsim.experiment.Seeds;
import uk.ctsim.output.ReplicationDigest;
import uk.ctsim.output.RunFolderReader;
import uk.ctsim.scenario.Scenario;

/**
 * One Spark task: replication r of the experiment, run on an executor with the seed a local run gives it, and
 * returned as its {@link ReplicationDigest} with its rows (the driver writes them). The scenario travels as the JSON of
 * the scenario as run, and each executor loads and validates it once.
 */
final class ReplicationTask implements Function<Integer, ReplicationDigest> {
  private static final long serialVersionUID = 1L;
  private static final Map<String, Scenario> LOADED = new ConcurrentHashMap<>();

  private final String scenarioJson;
  private final long masterSeed;

  ReplicationTask(String scenarioJson, long masterSeed) {
    this.scenarioJson = scenarioJson;
    this.masterSeed = masterSeed;
  }

  @Override
  public ReplicationDigest call(Integer replication) {
    Scenario scenario = LOADED.computeIfAbsent(scenarioJson, ReplicationTask::load);
    return ReplicationDigest.of(Replication.run(scenario, replication, Seeds.replicationSeed(masterSeed, replication)),
        scenario);
  }

  private static Scenario load(String json) {
    try {
      return RunFolderReader.scenario(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("the scenario as run is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
