package uk.ctsim.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
 * The folder of one run, written so that it can be trusted: it is either absent or complete, and its
 * {@code manifest.json} holds the size and SHA-256 of every other file in it.
 *
 * <p>A new run folder is claimed and written in a staging folder beside its target ({@link FolderClaim}); every file
 * is flushed to the disk as it is written, and {@link #commit} writes the manifest last and moves the staging folder
 * into place in one atomic step. A folder inside a staged one ({@link #child}, a threat level's run) is written in
 * place, as it becomes visible with its parent. An {@link #existing} folder (a finished run that gets its report files
 * made again) takes each file by an atomic rename, and its manifest is replaced last. Files are never overwritten.
 *
 * <p>Each file's size and SHA-256 are counted on its way to the disk and kept by name (a child folder's files are kept
 * by its parent too, under the child's name), so {@link #commit} lists them without reading any file back. A file in
 * the folder that did not come through this class cannot be listed that way, so committing refuses it.
 */
public final class RunFolder {
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

  private enum Mode { STAGED, NESTED, EXISTING }

  private final Mode mode;
  private final Path dir;
  private final Path target;
  private final FolderClaim claim;
  private final List<Path> written = new ArrayList<>();
  private final RecordedFiles recorded;
  private boolean committed;

  private RunFolder(Mode mode, Path dir, Path target, FolderClaim claim, RecordedFiles recorded) {
    this.mode = mode;
    this.dir = dir;
    this.target = target;
    this.claim = claim;
    this.recorded = recorded;
  }

  private RunFolder(Mode mode, Path dir, Path target, FolderClaim claim) {
    this(mode, dir, target, claim, new RecordedFiles(null, ""));
  }

  /**
   * Claims {@code root/<slug>-<yyyyMMdd-HHmmss>}, adding {@code -2}, {@code -3}... if that name is taken or being
   * written by another run.
   *
   * @param startedAt the run's start time (the caller reads the clock, so names are reproducible in tests)
   */
  public static RunFolder createUnder(Path root, String scenarioName, LocalDateTime startedAt) {
    String base = slug(scenarioName) + "-" + startedAt.format(STAMP);
    Path absolute = root.toAbsolutePath().normalize();
    try {
      for (int n = 1; n <= MAX_SUFFIX; n++) {
        Path candidate = absolute.resolve(n == 1 ? base : base + "-" + n);
        if (Files.exists(candidate)) continue;
        FolderClaim claim = claimOrNull(candidate);
        if (claim != null) return new RunFolder(Mode.STAGED, claim.staging(), candidate, claim);
      }
    } catch (IOException e) {
      throw new OutputFolderException("cannot create a run folder under " + root + ": " + e.getMessage(), e);
    }
    throw new OutputFolderException("cannot create a run folder under " + root + ": " + MAX_SUFFIX + " folders named " + base + " exist");
  }

  private static FolderClaim claimOrNull(Path candidate) throws IOException {
    try {
      return FolderClaim.tryClaim(candidate);
    } catch (OutputFolderException takenMeanwhile) {
      return null;
    }
  }

  /** Claims {@code dir} itself as the run folder: it must not exist, or be an empty folder. */
  public static RunFolder createAt(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new OutputFolderException("output folder " + dir + " exists and is a file");
    }
    try {
      FolderClaim claim = FolderClaim.tryClaim(absolute);
      if (claim == null) {
        throw new OutputFolderException("output folder " + dir + " is being written by another ctsim run; choose "
            + "another folder or wait for that run to finish");
      }
      return new RunFolder(Mode.STAGED, claim.staging(), absolute, claim);
    } catch (IOException e) {
      throw new OutputFolderException("cannot create output folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A folder inside this one (a threat level's or a scenario's run); it becomes visible when this one is committed. */
  public RunFolder child(String name) {
    if (mode == Mode.EXISTING) throw new IllegalStateException("only a folder being written has child folders");
    Path childDir = target(name);
    try {
      Files.createDirectory(childDir);
    } catch (IOException e) {
      throw new OutputFolderException("cannot create " + childDir + ": " + e.getMessage(), e);
    }
    written.add(childDir);
    return new RunFolder(Mode.NESTED, childDir, target.resolve(name), null, new RecordedFiles(recorded, name + "/"));
  }

  /**
   * A finished run folder, to add files made from its data (charts, report, workbook). The caller verifies it first.
   * Files that exist are never replaced; {@link #discard} removes only what was added.
   */
  public static RunFolder existing(Path dir) {
    if (!Files.isDirectory(dir)) throw new OutputFolderException("run folder " + dir + " does not exist");
    RunFolder folder = new RunFolder(Mode.EXISTING, dir, dir, null);
    folder.recorded.putAll(Manifests.listed(dir));
    return folder;
  }

  /**
   * Deletes {@code fileName} from an {@link #existing} folder (such as the failure marker of an earlier attempt at its
   * report), so the new manifest leaves it out. Nothing happens when it is absent.
   */
  public void remove(String fileName) {
    if (committed || mode != Mode.EXISTING) throw new IllegalStateException("can only remove from a finished folder: " + target);
    Path file = target(fileName);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage(), e);
    }
    recorded.forget(fileName);
  }

  /** A folder name from a scenario name: lower case letters, digits and single dashes. */
  public static String slug(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-+$", "");
    return slug.isEmpty() ? "run" : slug;
  }

  /** Where files are being written now: the staging folder until {@link #commit}, then the folder itself. */
  public Path path() {
    return committed && mode == Mode.STAGED ? target : dir;
  }

  /** Where the folder is once committed, for messages and for what the run prints. */
  public Path target() {
    return target;
  }

  /**
   * Writes {@code fileName}, flushed to the disk; refuses if it exists. The name is a plain file name or one folder
   * and a file name, such as {@code charts/costs.png}; the folder is created when missing. Returns the file's path.
   */
  public Path write(String fileName, Body body) {
    return writeBytes(fileName, text(body));
  }

  private static BinaryBody text(Body body) {
    return out -> {
      try (BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
        body.writeTo(text);
      }
    };
  }

  /** As {@link #write}, for binary content. */
  public Path writeBytes(String fileName, BinaryBody body) {
    if (committed) throw new IllegalStateException("the folder " + target + " is already committed");
    Path file = target(fileName);
    if (Files.exists(file)) throw new OutputFolderException("refusing to overwrite " + file);
    Path temp = null;
    try {
      makeParent(file);
      FileDigest digest;
      if (mode == Mode.EXISTING) {
        temp = file.resolveSibling("." + file.getFileName() + ".partial");
        Files.deleteIfExists(temp);
        digest = Durable.write(temp, body);
        moveNoReplace(temp, file);
      } else {
        temp = file;
        digest = Durable.write(file, body);
      }
      written.add(file);
      recorded.record(fileName, digest);
      return file;
    } catch (IOException e) {
      UncheckedIOException failure = new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
      deleteOrRecord(temp, failure);
      throw failure;
    } catch (RuntimeException | Error e) {
      deleteOrRecord(temp, e);
      throw e;
    }
  }

  /**
   * Opens {@code fileName} to be written piece by piece (a row file that grows as replications finish); refuses if it
   * exists. Only for a folder being written, not an existing one. The caller closes it before {@link #commit}: the
   * file's size and SHA-256 cover everything appended until it is closed, and are recorded when it closes.
   */
  public Writer append(String fileName) {
    if (committed || mode == Mode.EXISTING) throw new IllegalStateException("cannot append to " + target);
    Path file = target(fileName);
    try {
      makeParent(file);
      AppendedFile out = new AppendedFile(file, digest -> recorded.record(fileName, digest));
      written.add(file);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void moveNoReplace(Path temp, Path file) throws IOException {
    if (Files.exists(file)) throw new FileAlreadyExistsException(file.toString());
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
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
  private void makeParent(Path file) throws IOException {
    Path parent = file.getParent();
    if (parent.equals(dir) || Files.isDirectory(parent)) return;
    Files.createDirectory(parent);
    written.add(parent);
  }

  /** How many files and folders have been written, for {@link #discardSince}. */
  public int mark() {
    return written.size();
  }

  /** Removes what was written after {@code mark}, such as half the report files after a chart failed. */
  public void discardSince(int mark, Throwable cause) {
    for (int i = written.size() - 1; i >= mark; i--) {
      Path removed = written.remove(i);
      deleteTreeOrRecord(removed, cause);
      recorded.forget(dir.relativize(removed).toString().replace('\\', '/'));
    }
  }

  /**
   * Finishes the folder: writes {@code manifest} (with the size and SHA-256 of every other file in the folder under
   * {@code files}, as recorded while they were written) as {@code manifest.json}, then, for a new top-level folder,
   * moves it into place. Returns where the folder now is.
   *
   * @throws IllegalStateException when a file in the folder was not written through this folder (or an appended file
   *     is still open), or a recorded file is gone: its size and hash are not known, and are not read back
   */
  public Path commit(ObjectNode manifest) {
    if (committed) throw new IllegalStateException("the folder " + target + " is already committed");
    try {
      manifest.set("files", Manifests.listing(recorded.matching(dir)));
      if (mode == Mode.EXISTING) {
        Path temp = dir.resolve("." + ManifestJson.FILE + ".partial");
        Files.deleteIfExists(temp);
        Durable.write(temp, text(out -> Json.write(manifest, out)));
        Files.move(temp, dir.resolve(ManifestJson.FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Durable.syncDirectory(dir);
      } else {
        FileDigest digest = Durable.write(dir.resolve(ManifestJson.FILE), text(out -> Json.write(manifest, out)));
        written.add(dir.resolve(ManifestJson.FILE));
        if (mode == Mode.NESTED) recorded.recordInParent(ManifestJson.FILE, digest);
        if (mode == Mode.STAGED) claim.publish();
      }
      committed = true;
      return path();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish " + target + ": " + e.getMessage(), e);
    }
  }

  /** True once {@link #commit} has finished the folder. */
  public boolean isCommitted() {
    return committed;
  }

  /**
   * Removes what this run wrote after {@code cause} made it fail: the whole staging folder of a new folder, or the
   * files added to an existing one. Problems while removing are added to {@code cause}, so nothing is hidden.
   */
  public void discard(Throwable cause) {
    if (committed) return;
    if (mode == Mode.STAGED) {
      claim.abandon(cause);
    } else {
      discardSince(0, cause);
      if (mode == Mode.NESTED) deleteTreeOrRecord(dir, cause);
    }
    written.clear();
    recorded.clear();
  }

  private static void deleteTreeOrRecord(Path path, Throwable cause) {
    try {
      FolderClaim.deleteTree(path);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
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
