package uk.ctsim.spark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Spark standalone cluster on this machine: a master and workers, each its own JVM started from the Master and
 * Worker main classes of the Spark jars on the test class path (no Spark distribution needed). A worker launches its
 * executors as further JVMs from a Spark home whose {@code jars/} links the class path's jars, as a distribution's
 * would; folders of classes (ctsim's own, not yet in jars) reach the executors through
 * {@code spark.executor.extraClassPath} ({@link #classFolders}).
 */
final class StandaloneCluster implements AutoCloseable {
  /** The options Spark 4 needs on Java 17, as its launch scripts give them. */
  static final List<String> JAVA_OPENS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Path dir;
  private final Path home;
  private final List<Process> processes = new ArrayList<>();
  final String masterUrl;

  private StandaloneCluster(Path dir, int port) {
    this.dir = dir;
    this.home = dir.resolve("spark-home");
    this.masterUrl = "spark://127.0.0.1:" + port;
  }

  /** Starts a master and {@code workers} workers of one core each, and waits until every worker has registered. */
  static StandaloneCluster start(Path dir, int workers) throws IOException, InterruptedException {
    StandaloneCluster cluster = new StandaloneCluster(dir, freePort());
    try {
      cluster.linkJars();
      Path masterLog = cluster.launch("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
          "--port", cluster.masterUrl.substring(cluster.masterUrl.lastIndexOf(':') + 1), "--webui-port", "0");
      awaitLine(masterLog, "I have been elected leader");
      for (int w = 1; w <= workers; w++) {
        Path work = Files.createDirectories(dir.resolve("worker-" + w));
        Path log = cluster.launch("worker-" + w, "org.apache.spark.deploy.worker.Worker", cluster.masterUrl, "--host",
            "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", "0", "--work-dir", work.toString());
        awaitLine(log, "Successfully registered with master");
      }
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** The folders of classes on the test class path: ctsim's, this module's and the tests'. */
  static String classFolders() {
    List<String> folders = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (Files.isDirectory(Path.of(entry))) folders.add(entry);
    }
    return String.join(File.pathSeparator, folders);
  }

  /** A worker's folder, where its executors' folders are ({@code app-.../<executor id>/stderr}). */
  Path workerDir(int worker) {
    return dir.resolve("worker-" + worker);
  }

  private void linkJars() throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(jar) && !Files.exists(jars.resolve(jar.getFileName()))) {
        Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
      }
    }
  }

  private Path launch(String name, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path")));
    command.addAll(JAVA_OPENS);
    command.add(mainClass);
    command.addAll(List.of(args));
    Path log = dir.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPARK_HOME", home.toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    processes.add(builder.start());
    return log;
  }

  private static void awaitLine(Path log, String text) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(log) && Files.readString(log).contains(text)) return;
      Thread.sleep(250);
    }
    throw new IllegalStateException("no \"" + text + "\" in " + log + " within " + START_TIMEOUT + ":\n"
        + (Files.exists(log) ? Files.readString(log) : "(no log)"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Stops the workers, then the master (each process this cluster started, by its handle). */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      try {
        if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
  }
}
