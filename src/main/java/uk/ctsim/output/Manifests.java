package uk.ctsim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.ctsim.scenario.Quote;

/**
 * The {@code files} list of a manifest and its verification. Every file in a folder except the folder's own
 * {@code manifest.json} is listed with its path (relative, {@code /}-separated), size in bytes and SHA-256. The
 * manifest cannot hold its own hash (writing the hash would change it), so it is the one file left out; an edit to
 * it is still caught where it changes what it lists, and a changed listed file is caught by its hash.
 */
public final class Manifests {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final int MAX_PROBLEMS = 20;

  private Manifests() {}

  /** The listing of the files recorded while they were written, by path (sorted, as a {@code TreeMap} keeps them). */
  static ArrayNode listing(Map<String, FileDigest> recorded) {
    ArrayNode files = Json.MAPPER.createArrayNode();
    recorded.forEach((name, d) -> files.addObject().put("path", name).put("bytes", d.bytes()).put("sha256", d.sha256()));
    return files;
  }

  /**
   * The files listed in the manifest of the finished folder {@code dir}, which the caller has verified: what an
   * {@link RunFolder#existing} folder starts from.
   */
  static Map<String, FileDigest> listed(Path dir) {
    Map<String, FileDigest> listed = new TreeMap<>();
    try {
      for (JsonNode entry : Json.MAPPER.readTree(dir.resolve(ManifestJson.FILE).toFile()).path("files")) {
        listed.put(entry.path("path").asText(), new FileDigest(entry.path("bytes").asLong(), entry.path("sha256").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve(ManifestJson.FILE), e);
    }
    return listed;
  }

  private static Set<String> filesUnder(Path dir) throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isDirectory(p)) continue;
        String name = dir.relativize(p).toString().replace('\\', '/');
        if (!name.equals(ManifestJson.FILE)) names.add(name);
      }
    }
    return names;
  }

  /**
   * What is wrong with the run folder {@code dir}, one line each (the first {@value #MAX_PROBLEMS}); empty when every
   * file is as its manifest lists it and no file is unlisted.
   */
  public static List<String> verify(Path dir) {
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(dir)) return List.of(dir + ": not a folder");
    Path manifestFile = dir.resolve(ManifestJson.FILE);
    if (!Files.isRegularFile(manifestFile)) {
      return List.of(dir + ": no " + ManifestJson.FILE + "; this is not a finished ctsim run folder");
    }
    JsonNode files;
    try {
      files = Json.MAPPER.readTree(manifestFile.toFile()).path("files");
    } catch (IOException e) {
      return List.of(manifestFile + ": not valid JSON (" + firstLine(e.getMessage()) + ")");
    }
    if (!files.isArray() || files.isEmpty() || !files.get(0).isObject()) {
      return List.of(manifestFile + ": lists no file sizes and hashes (written by a ctsim older than 0.2, or edited); "
          + "run the scenario again to get a folder that can be verified");
    }
    Set<String> listed = new LinkedHashSet<>();
    for (JsonNode entry : files) {
      String problem = check(dir, entry, listed);
      if (problem != null) problems.add(problem);
    }
    try {
      for (String name : filesUnder(dir)) {
        if (!listed.contains(name)) problems.add(dir.resolve(name) + ": not listed in " + ManifestJson.FILE + " (added after the run)");
      }
    } catch (IOException e) {
      problems.add(dir + ": cannot list the folder (" + e.getMessage() + ")");
    }
    return problems.size() <= MAX_PROBLEMS ? problems : withMore(problems);
  }

  private static List<String> withMore(List<String> problems) {
    List<String> first = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
    first.add("... and " + (problems.size() - MAX_PROBLEMS) + " more problems");
    return first;
  }

  /** One listed file checked: null when it is intact. */
  private static String check(Path dir, JsonNode entry, Set<String> listed) {
    String name = entry.path("path").asText("");
    String sha = entry.path("sha256").asText("");
    if (!safe(name) || !entry.path("bytes").canConvertToLong() || !SHA256.matcher(sha).matches()) {
      return dir.resolve(ManifestJson.FILE) + ": a files entry is malformed: " + Quote.cut(entry.toString());
    }
    if (!listed.add(name)) return dir.resolve(ManifestJson.FILE) + ": lists " + name + " twice";
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) return file + ": missing (the manifest lists it)";
    try {
      long bytes = Files.size(file);
      long expected = entry.path("bytes").asLong();
      if (bytes != expected) {
        return file + ": " + bytes + " bytes, the manifest says " + expected + " (truncated or edited after the run)";
      }
      if (!Durable.sha256(file).equals(sha)) return file + ": content changed since the run (SHA-256 differs from the manifest)";
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** A relative path inside the folder: no absolute path, no {@code ..}, not the manifest itself. */
  private static boolean safe(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.equals(ManifestJson.FILE)) return false;
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) return false;
    }
    return true;
  }

  /** How many files the manifest of a verified folder lists. */
  public static int listedCount(Path dir) {
    try {
      return Json.MAPPER.readTree(dir.resolve(ManifestJson.FILE).toFile()).path("files").size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve(ManifestJson.FILE), e);
    }
  }

  /** Refuses a folder that does not verify, naming every problem (the first {@value #MAX_PROBLEMS}). */
  public static void requireIntact(Path dir) {
    List<String> problems = verify(dir);
    if (!problems.isEmpty()) {
      throw new OutputFolderException(dir + " does not verify against its manifest, so ctsim will not read it:\n  "
          + String.join("\n  ", problems));
    }
  }

  private static String firstLine(String text) {
    if (text == null) return "unreadable";
    int newline = text.indexOf('\n');
    return Quote.cut(newline < 0 ? text : text.substring(0, newline));
  }
}
