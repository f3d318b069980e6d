package uk.ctsim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.ctsim.cost.CostLedger;
import uk.ctsim.cost.CostLine;
import uk.ctsim.experiment.DailyRow;
import uk.ctsim.experiment.EventRow;
import uk.ctsim.experiment.ExperimentResult;
import uk.ctsim.experiment.HistogramBin;
import uk.ctsim.experiment.IncidentDay;
import uk.ctsim.experiment.MutualAidDay;
import uk.ctsim.experiment.IncidentRow;
import uk.ctsim.experiment.ReplicationResult;
import uk.ctsim.scenario.Quote;
import uk.ctsim.scenario.Scenario;
import uk.ctsim.scenario.ScenarioLoader;

/**
 * Reads a run folder's data files back into an experiment result, so reports can be made again without simulating.
 * Values come back as the files hold them: hours rounded to 2 decimals, pounds exact.
 */
public final class RunFolderReader {
  private static final CsvMapper CSV = new CsvMapper();

  /** A run read back: its results and how it was made, the same typed values the run itself held. */
  public record Run(ExperimentResult result, RunInfo info) {}

  private RunFolderReader() {}

  /**
   * The run in {@code dir}: scenario and seeds from its manifest, rows from its CSV files, indicators from its summary.
   * The folder is verified against its manifest first, so an edited, truncated or damaged file is refused with
   * {@link OutputFolderException} before any number is read.
   */
  public static ExperimentResult read(Path dir) {
    return readRun(dir).result();
  }

  /** As {@link #read}, with how the run was made from its manifest. */
  public static Run readRun(Path dir) {
    Manifests.requireIntact(dir);
    try {
      return readVerified(dir);
    } catch (OutputFolderException e) {
      throw e;
    } catch (RuntimeException e) {
      // A verified folder that still cannot be read was not written by this version of ctsim.
      throw new OutputFolderException(dir + ": cannot read the run (" + Quote.cut(String.valueOf(e.getMessage()))
          + "); was it written by another version of ctsim?", e);
    }
  }

  private static Run readVerified(Path dir) {
    JsonNode manifest = manifest(dir);
    RunInfo info = ManifestJson.info(manifest, dir.resolve(ManifestJson.FILE));
    Scenario scenario = scenario(dir, info.scenarioJson());
    Map<Integer, List<CostLine>> costs = group(csv(dir, CostsCsv.FILE), RowParsers::costLine);
    Map<Integer, List<DailyRow>> daily = group(csv(dir, DailyCsv.FILE), RowParsers::daily);
    Map<Integer, List<EventRow>> events = group(csv(dir, EventsCsv.FILE), RowParsers::event);
    Map<Integer, List<IncidentRow>> incidents = group(csv(dir, IncidentsCsv.FILE), RowParsers::incident);
    Map<Integer, Map<String, Double>> kpis = RowParsers.kpis(json(dir, SummaryJson.FILE));
    Map<Integer, Map<String, List<IncidentDay>>> days = incidentDays(dir);
    Map<Integer, List<HistogramBin>> overtime = Files.exists(dir.resolve(OvertimeHistogramCsv.FILE))
        ? group(csv(dir, OvertimeHistogramCsv.FILE), RowParsers::bin) : Map.of();
    Map<Integer, List<MutualAidDay>> aid = Files.exists(dir.resolve(MutualAidCsv.FILE))
        ? group(csv(dir, MutualAidCsv.FILE), RowParsers::mutualAid) : Map.of();
    List<ReplicationResult> reps = new ArrayList<>();
    for (JsonNode rep : manifest.path("replications")) {
      int r = rep.path("replication").asInt();
      reps.add(new ReplicationResult(r, rep.path("seed").asLong(), CostLedger.of(costs.getOrDefault(r, List.of())),
          daily.getOrDefault(r, List.of()), events.getOrDefault(r, List.of()),
          withDays(incidents.getOrDefault(r, List.of()), days.getOrDefault(r, Map.of())),
          kpis.getOrDefault(r, Map.of()), overtime.getOrDefault(r, List.of()), aid.getOrDefault(r, List.of())));
    }
    if (reps.isEmpty()) throw new OutputFolderException(dir.resolve(ManifestJson.FILE) + " lists no replications");
    return new Run(new ExperimentResult(scenario, manifest.path("master_seed").asLong(), reps), info);
  }

  public static JsonNode manifest(Path dir) {
    return json(dir, ManifestJson.FILE);
  }

  private static JsonNode json(Path dir, String file) {
    try {
      return Json.MAPPER.readTree(Files.readString(dir.resolve(file)));
    } catch (NoSuchFileException e) {
      throw new OutputFolderException(dir + " is not a run folder: it has no " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve(file), e);
    }
  }

  /** The scenario as run, loaded and validated from the manifest's text as a scenario file would be. */
  private static Scenario scenario(Path dir, String json) {
    if (!json.startsWith("{")) throw new OutputFolderException("the manifest holds no scenario object");
    return ScenarioLoader.loadText(dir.resolve(ManifestJson.FILE), json);
  }

  /** The scenario as run (a manifest's {@code scenario} object), loaded and validated as a scenario file would be. */
  public static Scenario scenario(JsonNode node) {
    if (!node.isObject()) throw new OutputFolderException("the manifest holds no scenario object");
    try {
      return ScenarioLoader.loadText(Path.of(ManifestJson.FILE),
          Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)); // lines within the loader's cap
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the manifest's scenario for loading", e);
    }
  }

  /** incident_days.csv by replication and incident, each incident's days filled in from 0 (absent days are 0). */
  private static Map<Integer, Map<String, List<IncidentDay>>> incidentDays(Path dir) {
    Map<Integer, Map<String, List<IncidentDay>>> out = new HashMap<>();
    if (!Files.exists(dir.resolve(IncidentDaysCsv.FILE))) return out;
    for (Map<String, String> row : csv(dir, IncidentDaysCsv.FILE)) {
      out.computeIfAbsent(Integer.parseInt(row.get(IncidentDaysCsv.DayColumn.REPLICATION.header())), r -> new HashMap<>())
          .computeIfAbsent(row.get(IncidentDaysCsv.DayColumn.INCIDENT_ID.header()), k -> new ArrayList<>())
          .add(RowParsers.incidentDay(row));
    }
    return out;
  }

  private static List<IncidentRow> withDays(List<IncidentRow> incidents, Map<String, List<IncidentDay>> days) {
    List<IncidentRow> out = new ArrayList<>();
    for (IncidentRow i : incidents) {
      IncidentDay[] all = new IncidentDay[IncidentRow.FIRST_DAYS];
      for (int d = 0; d < all.length; d++) all[d] = new IncidentDay(d, 0, 0, 0, 0);
      for (IncidentDay d : days.getOrDefault(i.incidentId(), List.of())) all[d.day()] = d;
      out.add(days.isEmpty() ? i : i.withFirstDays(List.of(all)));
    }
    return out;
  }

  private static List<Map<String, String>> csv(Path dir, String file) {
    Path path = dir.resolve(file);
    try (MappingIterator<Map<String, String>> rows =
        CSV.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(path.toFile())) {
      List<Map<String, String>> all = rows.readAll();
      for (Map<String, String> row : all) row.replaceAll((column, cell) -> Cells.plain(cell));
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static <T> Map<Integer, List<T>> group(List<Map<String, String>> rows, Function<Map<String, String>, T> parse) {
    Map<Integer, List<T>> grouped = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      // Every run folder CSV begins with the replication column.
      grouped.computeIfAbsent(Integer.parseInt(row.get(CostsCsv.CostColumn.REPLICATION.header())),
          r -> new ArrayList<>()).add(parse.apply(row));
    }
    return grouped;
  }
}
