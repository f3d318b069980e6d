package uk.ctsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The size and SHA-256 of each file a {@link RunFolder} wrote, by path relative to the folder, as counted while the
 * file was written. A child folder's record passes each entry on to its parent's under the child's name, since the
 * parent's manifest lists the child's files too.
 */
final class RecordedFiles {
  private final RecordedFiles parent;
  private final String prefix;
  private final Map<String, FileDigest> files = new TreeMap<>();

  /** A record for a top-level folder ({@code parent} null) or for the child {@code prefix} (ending in /) of one. */
  RecordedFiles(RecordedFiles parent, String prefix) {
    this.parent = parent;
    this.prefix = prefix;
  }

  synchronized void record(String name, FileDigest digest) {
    files.put(name, digest);
    recordInParent(name, digest);
  }

  /** A file that the parent's manifest lists but this folder's does not: the child folder's own manifest. */
  void recordInParent(String name, FileDigest digest) {
    if (parent != null) parent.record(prefix + name, digest);
  }

  synchronized void putAll(Map<String, FileDigest> listed) {
    files.putAll(listed);
  }

  /** Forgets {@code name} and, if it is a folder, everything in it. */
  synchronized void forget(String name) {
    files.keySet().removeIf(k -> k.equals(name) || k.startsWith(name + "/"));
    if (parent != null) parent.forget(prefix + name);
  }

  /** Forgets everything, in the parent too. */
  synchronized void clear() {
    files.clear();
    if (parent != null) parent.forget(prefix.substring(0, prefix.length() - 1));
  }

  /**
   * The record, after checking it names exactly the files now in {@code dir} (its manifest aside). Only names are
   * listed; no file is read.
   *
   * @throws IllegalStateException naming a file that is in the folder but was not recorded, or recorded but gone
   */
  synchronized Map<String, FileDigest> matching(Path dir) throws IOException {
    Set<String> present = new TreeSet<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isDirectory(p)) continue;
        String name = dir.relativize(p).toString().replace('\\', '/');
        if (!name.equals(ManifestJson.FILE)) present.add(name);
      }
    }
    for (String name : present) {
      if (!files.containsKey(name)) {
        throw new IllegalStateException(dir.resolve(name) + " is in the run folder but was not written through it (or "
            + "is an appended file still open), so its size and SHA-256 are unknown; ctsim does not read back a file "
            + "the run wrote to list it in " + ManifestJson.FILE);
      }
    }
    for (String name : files.keySet()) {
      if (!present.contains(name)) {
        throw new IllegalStateException(dir.resolve(name) + " was written through the run folder but is no longer in it");
      }
    }
    return new TreeMap<>(files);
  }
}
