package uk.ctsim.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** What built and ran ctsim: its version, the git commit of a working directory, and the Java version. */
public final class BuildInfo {
  private static final String VERSION_RESOURCE = "/ctsim-version.properties";

  private BuildInfo() {}

  /** The jar's Implementation-Version, else the version Maven wrote into the resource, else "unknown". */
  public static String version() {
    String fromJar = BuildInfo.class.getPackage().getImplementationVersion();
    if (fromJar != null) return fromJar;
    try (InputStream in = BuildInfo.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in == null) return "unknown";
      Properties props = new Properties();
      props.load(in);
      String version = props.getProperty("version", "unknown");
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + VERSION_RESOURCE + " from the class path", e);
    }
  }

  public static String javaVersion() {
    return System.getProperty("java.version");
  }

  /**
   * The commit checked out in {@code dir}, or null when it is not known: git missing, not a repository, or git
   * failing. The manifest records null in those cases by design; it is provenance, not a requirement to run.
   */
  public static String gitCommit(Path dir) {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(dir.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!git.waitFor(10, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return null;
      }
      return git.exitValue() == 0 && out.matches("[0-9a-f]{40,64}") ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
