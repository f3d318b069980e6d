package uk.ctsim.output;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The folder of one run. It never overwrites: a new folder is created for each run, and a file that already exists
 * is never replaced. Each file is written to a temporary file in the folder and then moved into place, so a file
 * either exists complete or not at all. A marker file {@value #INCOMPLETE} exists from creation until
 * {@link #complete()}, so a run killed part-way leaves a folder that says so; {@link #discard} removes what a failed
 * run wrote.
 */
public final class RunFolder {
  /** Present while the run is writing; a folder that still holds it after the run ended is incomplete. */
  public static final String INCOMPLETE = "INCOMPLETE";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
  private static final int MAX_SUFFIX = 10_000;

  /** Writes a file's content. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes a binary file's content, such as a PNG image or a workbook. */
  @FunctionalInterface
  public interface BinaryBody {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Path dir;
  private final boolean createdDir;
  private final List<Path> written = new ArrayList<>();

  private RunFolder(Path dir, boolean createdDir) {
    this.dir = dir;
    this.createdDir = createdDir;
  }

  /**
   * Creates {@code root/<slug>-<yyyyMMdd-HHmmss>}, adding {@code -2}, {@code -3}... if that name is taken.
   *
   * @param startedAt the run's start time (the caller reads the clock, so names are reproducible in tests)
   */
  public static RunFolder createUnder(Path root, String scenarioName, LocalDateTime startedAt) {
    String base = slug(scenarioName) + "-" + startedAt.format(STAMP);
    try {
      Files.createDirectories(root);
      for (int n = 1; n <= MAX_SUFFIX; n++) {
        Path candidate = root.resolve(n == 1 ? base : base + "-" + n);
        try {
          Files.createDirectory(candidate);
          return started(candidate, true);
        } catch (FileAlreadyExistsException taken) {
          // taken by an earlier run: try the next suffix
        }
      }
    } catch (IOException e) {
      throw new OutputFolderException("cannot create a run folder under " + root + ": " + e.getMessage(), e);
    }
    throw new OutputFolderException("cannot create a run folder under " + root + ": " + MAX_SUFFIX + " folders named " + base + " exist");
  }

  /** Uses {@code dir} itself as the run folder: creates it, or takes it if it exists and is empty. */
  public static RunFolder createAt(Path dir) {
    try {
      if (Files.exists(dir)) {
        if (!Files.isDirectory(dir)) throw new OutputFolderException("output folder " + dir + " exists and is a file");
        if (!isEmpty(dir)) {
          throw new OutputFolderException("output folder " + dir + " exists and is not empty; ctsim never overwrites a run, "
              + "choose another folder or remove it");
        }
        return started(dir, false);
      }
      Files.createDirectories(dir);
      return started(dir, true);
    } catch (IOException e) {
      throw new OutputFolderException("cannot create output folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * An existing, complete run folder, to add files derived from its data (charts, report, workbook). Files that
   * exist are still never replaced; {@link #discard} removes only what was added.
   */
  public static RunFolder existing(Path dir) {
    if (!Files.isDirectory(dir)) throw new OutputFolderException("run folder " + dir + " does not exist");
    if (Files.exists(dir.resolve(INCOMPLETE))) {
      throw new OutputFolderException("run folder " + dir + " is incomplete (it holds " + INCOMPLETE + ")");
    }
    return new RunFolder(dir, false);
  }

  private static RunFolder started(Path dir, boolean created) {
    RunFolder folder = new RunFolder(dir, created);
    folder.write(INCOMPLETE, out -> out.write("This run did not finish; its files are not a complete result.\n"));
    return folder;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
  }

  /** A folder name from a scenario name: lower case letters, digits and single dashes. */
  public static String slug(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-+$", "");
    return slug.isEmpty() ? "run" : slug;
  }

  public Path path() {
    return dir;
  }

  /**
   * Writes {@code fileName} atomically; refuses if it exists. The name is a plain file name or one folder and a file
   * name, such as {@code charts/costs.png}; the folder is created when missing. Returns the file's path.
   */
  public Path write(String fileName, Body body) {
    return writeBytes(fileName, out -> {
      try (BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
        body.writeTo(text);
      }
    });
  }

  /** As {@link #write}, for binary content. */
  public Path writeBytes(String fileName, BinaryBody body) {
    Path target = target(fileName);
    if (Files.exists(target)) throw new OutputFolderException("refusing to overwrite " + target);
    Path temp = null;
    try {
      makeParent(target);
      temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        body.writeTo(out);
      }
      moveIntoPlace(temp, target);
      written.add(target);
      return target;
    } catch (IOException e) {
      UncheckedIOException failure = new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
      deleteOrRecord(temp, failure);
      throw failure;
    } catch (RuntimeException e) {
      deleteOrRecord(temp, e);
      throw e;
    }
  }

  private Path target(String fileName) {
    String[] parts = fileName.split("/", -1);
    if (parts.length > 2) throw new IllegalArgumentException("at most one folder level: " + fileName);
    for (String part : parts) {
      if (part.isEmpty() || part.contains("\\") || part.startsWith(".")) {
        throw new IllegalArgumentException("not a plain file name: " + fileName);
      }
    }
    return dir.resolve(fileName);
  }

  /** Creates the file's folder if it is missing, and records it so that {@link #discard} removes it too. */
  private void makeParent(Path target) throws IOException {
    Path parent = target.getParent();
    if (parent.equals(dir) || Files.isDirectory(parent)) return;
    Files.createDirectory(parent);
    written.add(parent);
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
    // Temporary files are private (0600); a run's results are for colleagues to read, as any file the user writes.
    if (Files.getFileAttributeView(temp, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target);
    }
  }

  /** True once {@link #complete()} has marked the run finished. */
  public boolean isComplete() {
    return !Files.exists(dir.resolve(INCOMPLETE));
  }

  /** Marks the run as finished by removing the {@value #INCOMPLETE} marker. */
  public void complete() {
    Path marker = dir.resolve(INCOMPLETE);
    try {
      Files.delete(marker);
      written.remove(marker);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + marker + ": " + e.getMessage(), e);
    }
  }

  /**
   * Removes what this run wrote, and the folder if this run created it, after {@code cause} made the run fail.
   * Problems while removing are added to {@code cause} as suppressed exceptions, so nothing is hidden.
   */
  public void discard(Throwable cause) {
    for (int i = written.size() - 1; i >= 0; i--) deleteOrRecord(written.get(i), cause);
    written.clear();
    if (createdDir) deleteOrRecord(dir, cause);
  }

  private static void deleteOrRecord(Path path, Throwable cause) {
    if (path == null) return;
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
