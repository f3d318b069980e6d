package uk.ctsim.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.ctsim.experiment.sweep.PointResult;
import uk.ctsim.experiment.sweep.PointStore;

/**
 * The folder of a sweep, and its durable store of finished points. Unlike a run folder it is resumable: it holds
 * {@value #EXPERIMENT_FILE}, the experiment as planned, and a sweep started again into the same folder must plan the
 * same experiment; each finished point is one file {@code points/p000012.csv}, written under a temporary name and
 * moved into place atomically, so a point file is whole or absent whenever the sweep is killed. Derived files
 * (tables, sensitivity, charts, report) are rewritten from the point files at the end, the same way every time.
 */
public final class SweepFolder implements PointStore {
  public static final String EXPERIMENT_FILE = "experiment.json";
  public static final String POINTS_DIR = "points";
  private final Path dir;

  private SweepFolder(Path dir) {
    this.dir = dir;
  }

  /**
   * Opens {@code dir} for the experiment described by {@code experimentJson}: creates it, or resumes it when it holds
   * the same experiment.
   *
   * @throws OutputFolderException when the folder holds something else
   */
  public static SweepFolder open(Path dir, String experimentJson) {
    SweepFolder folder = new SweepFolder(dir);
    Path plan = dir.resolve(EXPERIMENT_FILE);
    try {
      if (Files.exists(plan)) {
        if (!Files.readString(plan, StandardCharsets.UTF_8).equals(experimentJson)) {
          throw new OutputFolderException(dir + " holds a sweep of a different experiment (its " + EXPERIMENT_FILE
              + " differs); choose another --output, or delete the folder to start again");
        }
      } else {
        if (Files.isDirectory(dir) && hasEntries(dir)) {
          throw new OutputFolderException(dir + " exists and is not a sweep folder; choose another --output");
        }
        Files.createDirectories(dir.resolve(POINTS_DIR));
        folder.write(EXPERIMENT_FILE, out -> out.write(experimentJson));
      }
      Files.createDirectories(dir.resolve(POINTS_DIR));
      removeTemporaryFiles(dir.resolve(POINTS_DIR));
    } catch (IOException e) {
      throw new OutputFolderException("cannot open the sweep folder " + dir + ": " + e.getMessage(), e);
    }
    return folder;
  }

  /** What a killed sweep may leave behind: temporary files that were never moved into place. */
  private static void removeTemporaryFiles(Path points) throws IOException {
    try (var entries = Files.list(points)) {
      for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList()) Files.deleteIfExists(p);
    }
  }

  private static boolean hasEntries(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isPresent();
    }
  }

  public Path path() {
    return dir;
  }

  static String pointFile(int point) {
    return POINTS_DIR + "/" + String.format(Locale.ROOT, "p%06d.csv", point);
  }

  @Override
  public Optional<PointResult> load(int point) {
    Path file = dir.resolve(pointFile(point));
    try {
      return Optional.of(parse(point, Files.readString(file, StandardCharsets.UTF_8)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Values are written with {@link Double#toString}, which reads back to the same double. */
  @Override
  public void save(PointResult result) {
    write(pointFile(result.point()), out -> {
      out.write("replication," + String.join(",", result.outputs()) + "\n");
      double[][] v = result.values();
      for (int r = 0; r < v.length; r++) {
        StringBuilder line = new StringBuilder(Integer.toString(r));
        for (double x : v[r]) line.append(',').append(Double.toString(x));
        out.write(line.append('\n').toString());
      }
    });
  }

  static PointResult parse(int point, String text) throws IOException {
    BufferedReader in = new BufferedReader(new StringReader(text));
    List<String> header = Arrays.asList(in.readLine().split(","));
    List<double[]> rows = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] cells = line.split(",");
      double[] row = new double[cells.length - 1];
      for (int m = 1; m < cells.length; m++) row[m - 1] = Double.parseDouble(cells[m]);
      rows.add(row);
    }
    return new PointResult(point, header.subList(1, header.size()), rows.toArray(new double[0][]));
  }

  /** Writes (or replaces) a text file atomically: a temporary file in the same folder, then moved into place. */
  public void write(String name, RunFolder.Body body) {
    writeBytes(name, out -> {
      Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
      body.writeTo(w);
      w.flush();
    });
  }

  public void writeBytes(String name, RunFolder.BinaryBody body) {
    Path target = dir.resolve(name);
    try {
      Files.createDirectories(target.getParent());
      // A temporary name of our own (not createTempFile, whose files are private to the owner): the finished file
      // gets the folder's ordinary permissions. One writer per file name at a time, so the name cannot clash.
      Path temp = target.resolveSibling(".tmp-" + target.getFileName() + "-" + Thread.currentThread().getId() + ".part");
      try (OutputStream out = Files.newOutputStream(temp)) {
        body.writeTo(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
