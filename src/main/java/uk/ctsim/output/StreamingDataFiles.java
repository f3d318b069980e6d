package uk.ctsim.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ctsim.experiment.MetricTable;
import uk.ctsim.scenario.Scenario;

/**
 * Writes a run's data files while its replications finish, so that memory holds only each replication's
 * {@link ReplicationDigest} (its metric vector and summary sums), never its rows. Replications must be given in
 * replication order (the runner's reorder buffer sees to that); each one's rows are appended to the row files at once.
 * {@link #finish} writes the files made from all replications ({@code metrics.csv}, {@code summary.csv},
 * {@code summary.json}). The files are byte-identical to those {@link RunOutputs#writeData} writes from results in
 * memory.
 */
public final class StreamingDataFiles implements AutoCloseable {
  /** The files that get one block of rows per replication, in the order of {@link RunOutputs#DATA_FILES}. */
  public static final List<String> ROW_FILES = List.of(CostsCsv.FILE, DailyCsv.FILE, EventsCsv.FILE, IncidentsCsv.FILE,
      IncidentDaysCsv.FILE, OvertimeHistogramCsv.FILE, MutualAidCsv.FILE);
  private static final Map<String, List<String>> COLUMNS = Map.of(CostsCsv.FILE, CostsCsv.COLUMNS, DailyCsv.FILE,
      DailyCsv.COLUMNS, EventsCsv.FILE, EventsCsv.COLUMNS, IncidentsCsv.FILE, IncidentsCsv.COLUMNS,
      IncidentDaysCsv.FILE, IncidentDaysCsv.COLUMNS, OvertimeHistogramCsv.FILE, OvertimeHistogramCsv.COLUMNS,
      MutualAidCsv.FILE, MutualAidCsv.COLUMNS);

  /** What stays of a streamed run: its replications' digests (without rows) and their metric table. */
  public record Finished(List<ReplicationDigest> replications, MetricTable table) {}

  private final RunFolder folder;
  private final Map<String, Writer> files = new LinkedHashMap<>();
  private final List<ReplicationDigest> kept = new ArrayList<>();

  private StreamingDataFiles(RunFolder folder) {
    this.folder = folder;
  }

  /** Creates the row files in {@code folder}, each with its header. */
  public static StreamingDataFiles open(RunFolder folder) {
    StreamingDataFiles stream = new StreamingDataFiles(folder);
    try {
      for (String file : ROW_FILES) {
        Writer out = folder.append(file);
        stream.files.put(file, out);
        out.write(CsvTable.header(COLUMNS.get(file)));
      }
      return stream;
    } catch (IOException e) {
      stream.close();
      throw new UncheckedIOException("cannot write the row files of " + folder.target() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      stream.close();
      throw e;
    }
  }

  /** Appends a replication's rows and keeps its digest without them; replications come in increasing order. */
  public void accept(ReplicationDigest rep) {
    if (rep.rows() == null) throw new IllegalArgumentException("replication " + rep.replication() + " has no rows");
    keep(rep);
    try {
      for (String file : ROW_FILES) files.get(file).write(rep.rows().get(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rows of replication " + rep.replication() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Appends the rows of a shard folder's row files (their bodies, without header) and keeps its digests: the shard's
   * replications, in order, all after those given so far.
   */
  public void acceptShard(Path dir, List<ReplicationDigest> reps) {
    for (ReplicationDigest rep : reps) keep(rep);
    for (String file : ROW_FILES) {
      try (BufferedReader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
        String header = in.readLine();
        if (!CsvTable.header(COLUMNS.get(file)).equals(header + "\n")) {
          throw new OutputFolderException(dir.resolve(file) + ": the header is not " + String.join(",", COLUMNS.get(file)));
        }
        in.transferTo(files.get(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy the rows of " + dir.resolve(file) + ": " + e.getMessage(), e);
      }
    }
  }

  private void keep(ReplicationDigest rep) {
    if (!kept.isEmpty() && kept.get(kept.size() - 1).replication() >= rep.replication()) {
      throw new IllegalStateException("replication " + rep.replication() + " came after replication "
          + kept.get(kept.size() - 1).replication() + ": replications must come in order");
    }
    MetricVector previous = kept.isEmpty() ? null : (MetricVector) kept.get(kept.size() - 1).metrics();
    kept.add(rep.compact(previous));
  }

  /** Closes the row files and writes {@code metrics.csv}, {@code summary.csv} and {@code summary.json}. */
  public Finished finish(Scenario scenario, long masterSeed) {
    closeFiles(true);
    if (kept.isEmpty()) throw new IllegalStateException("a run has at least one replication");
    MetricTable table = MetricTable.of(kept.stream().map(ReplicationDigest::metrics).toList());
    List<Integer> numbers = kept.stream().map(ReplicationDigest::replication).toList();
    folder.write(MetricsCsv.FILE, out -> MetricsCsv.write(table, numbers, out));
    folder.write(SummaryCsv.FILE, out -> SummaryCsv.write(table, out));
    folder.write(SummaryJson.FILE, out -> SummaryJson.write(scenario, masterSeed, kept, table, out));
    return new Finished(List.copyOf(kept), table);
  }

  /** Closes the row files (after a failure; the caller discards the folder). */
  @Override
  public void close() {
    closeFiles(false);
  }

  private void closeFiles(boolean mustSucceed) {
    UncheckedIOException failure = null;
    for (Writer out : files.values()) {
      try {
        out.close();
      } catch (IOException e) {
        if (failure == null) failure = new UncheckedIOException("cannot finish the row files: " + e.getMessage(), e);
      }
    }
    if (failure != null && mustSucceed) throw failure;
  }
}
