package uk.ctsim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.experiment.ComparedRun;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.scenario.Quote;

/**
 * Reads back what a comparison needs from a run folder: the manifest's seeds and the per-replication metrics of
 * {@code metrics.csv}. Refuses, with {@link OutputFolderException}, a folder that is not a complete ctsim run.
 */
public final class RunMetricsReader {
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  private RunMetricsReader() {}

  /** The run in {@code dir} as the same typed value a run just made gives a comparison. */
  public static ComparedRun read(Path dir) {
    if (!Files.isDirectory(dir)) throw notARun(dir, "not a folder");
    Manifests.requireIntact(dir);
    if (!Files.isRegularFile(dir.resolve(ManifestJson.FILE))) throw notARun(dir, "no " + ManifestJson.FILE);
    if (!Files.isRegularFile(dir.resolve(MetricsCsv.FILE))) {
      throw notARun(dir, "no " + MetricsCsv.FILE + " (written by a ctsim older than compare? run the scenario again)");
    }
    try {
      JsonNode manifest = Json.MAPPER.readTree(dir.resolve(ManifestJson.FILE).toFile());
      if (manifest == null || !manifest.path("master_seed").isIntegralNumber() || !manifest.path("replications").isArray()) {
        throw notARun(dir, ManifestJson.FILE + " has no master_seed or replications");
      }
      List<Long> seeds = new ArrayList<>();
      manifest.get("replications").forEach(r -> seeds.add(r.path("seed").asLong()));
      MetricTable table = metrics(dir.resolve(MetricsCsv.FILE));
      if (table.replications() != seeds.size()) {
        throw notARun(dir, MetricsCsv.FILE + " has " + table.replications() + " replications, the manifest " + seeds.size());
      }
      return new ComparedRun(dir, manifest.path("scenario").path("name").asText(dir.getFileName().toString()),
          manifest.get("master_seed").asLong(), List.copyOf(seeds), table);
    } catch (IOException e) {
      throw new OutputFolderException(dir + ": cannot read the run: " + e.getMessage(), e);
    }
  }

  private static MetricTable metrics(Path file) throws IOException {
    Map<String, Map<String, Double>> byReplication = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(in)) {
      String[] header = rows.hasNext() ? rows.next() : new String[0];
      if (!List.of(header).equals(MetricsCsv.COLUMNS)) throw notARun(file.getParent(), MetricsCsv.FILE + " has unexpected columns");
      while (rows.hasNext()) {
        String[] row = rows.next();
        if (row.length != 3) throw notARun(file.getParent(), MetricsCsv.FILE + " has a row of " + row.length + " cells");
        double value = value(file, rows.getCurrentLocation().getLineNr(), row);
        Double before = byReplication.computeIfAbsent(row[0], k -> new LinkedHashMap<>()).put(Cells.plain(row[1]), value);
        if (before != null) {
          throw notARun(file.getParent(), MetricsCsv.FILE + " lists metric " + Quote.cut(row[1]) + " twice for replication "
              + Quote.cut(row[0]));
        }
      }
    }
    if (byReplication.isEmpty()) throw notARun(file.getParent(), MetricsCsv.FILE + " has no rows");
    return MetricTable.of(new ArrayList<>(byReplication.values()));
  }

  /** A metric's value: a finite number, or empty (not computed); anything else is refused. */
  private static double value(Path file, int line, String[] row) {
    if (row[2].isEmpty()) return Double.NaN;
    try {
      Integer.parseInt(row[0]);
      double value = Double.parseDouble(row[2]);
      if (Double.isFinite(value)) return value;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw notARun(file.getParent(), MetricsCsv.FILE + " line " + line + ": not a finite number: "
        + Quote.cut(String.join(",", row)));
  }

  private static OutputFolderException notARun(Path dir, String why) {
    return new OutputFolderException(dir + " is not a ctsim run folder: " + why);
  }
}
