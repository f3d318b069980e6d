package uk.ctsim.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The claim of one run on its output folder, and the staging folder it writes into.
 *
 * <p>For a target {@code P/NAME} the claim is an operating-system lock on {@code P/.NAME.lock}; the lock is released
 * by the operating system when the process dies, so a killed run never blocks the next one. While it holds the lock,
 * a run writes into {@code P/.NAME.partial}, and {@link #publish} renames that folder to {@code P/NAME} in one atomic
 * step once every file is written and flushed. So the target is either absent or complete: a run killed at any moment
 * leaves at most the hidden staging folder and lock file, which the next run to the same target removes.
 */
final class FolderClaim {
  static final String STAGING_SUFFIX = ".partial";
  static final String LOCK_SUFFIX = ".lock";

  private final Path target;
  private final Path staging;
  private final Path lockFile;
  private final FileChannel channel;
  private final FileLock lock;

  private FolderClaim(Path target, Path lockFile, FileChannel channel, FileLock lock) {
    this.target = target;
    this.staging = target.resolveSibling("." + target.getFileName() + STAGING_SUFFIX);
    this.lockFile = lockFile;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Claims {@code target} and creates a fresh staging folder for it; null when another live run holds the claim.
   *
   * @throws OutputFolderException when the target exists and is a file or a non-empty folder
   */
  static FolderClaim tryClaim(Path target) throws IOException {
    Path parent = Objects.requireNonNull(target.getParent(), "a run folder needs a parent folder");
    Files.createDirectories(parent);
    Path lockFile = parent.resolve("." + target.getFileName() + LOCK_SUFFIX);
    for (int attempt = 0; attempt < 10; attempt++) {
      FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      Object key = fileKey(lockFile);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        return null;
      }
      // A run that finished deletes its lock file; if ours was deleted under us, the claim is on a dead file.
      if (key == null || !key.equals(fileKey(lockFile))) {
        lock.release();
        channel.close();
        continue;
      }
      FolderClaim claim = new FolderClaim(target, lockFile, channel, lock);
      claim.prepare();
      return claim;
    }
    throw new IOException("cannot lock " + lockFile + ": it keeps being replaced");
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      return null;
    }
  }

  private static Object fileKey(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /** Checks the target is free and replaces any staging folder a killed run left behind with an empty one. */
  private void prepare() throws IOException {
    try {
      if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
        throw new OutputFolderException("output folder " + target + " exists and is not empty; ctsim never overwrites a "
            + "run, choose another folder or remove it");
      }
      deleteTree(staging);
      Files.createDirectory(staging);
    } catch (IOException | RuntimeException e) {
      release();
      throw e;
    }
  }

  Path target() {
    return target;
  }

  Path staging() {
    return staging;
  }

  /** Flushes the staging folders, moves the staging folder into place atomically, and releases the claim. */
  void publish() throws IOException {
    try (Stream<Path> dirs = Files.walk(staging)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) Durable.syncDirectory(dir);
    }
    try {
      // rename(2): atomic; it also replaces an empty folder the user made for the run, and fails on a non-empty one.
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new OutputFolderException("cannot move " + staging + " into place atomically: " + e.getMessage(), e);
    } catch (FileSystemException e) {
      throw new OutputFolderException("cannot move the finished run into " + target + " (" + e.getMessage()
          + "); it is kept complete in " + staging, e);
    }
    Durable.syncDirectory(target.getParent());
    release();
  }

  /** Removes the staging folder and releases the claim; problems are added to {@code cause}. */
  void abandon(Throwable cause) {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
    release();
  }

  private void release() {
    try {
      Files.deleteIfExists(lockFile);
      lock.release();
      channel.close();
    } catch (IOException ignored) {
      // The lock dies with the channel or the process in any case; a left lock file does no harm.
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.delete(p);
        } catch (NoSuchFileException gone) {
          // removed meanwhile
        }
      }
    }
  }
}
