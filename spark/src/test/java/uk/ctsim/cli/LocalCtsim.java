package uk.ctsim.cli;

/** {@code ctsim ARGS} in-process with the standard services, for comparing a Spark run with a local one. */
public final class LocalCtsim {
  private LocalCtsim() {}

  public static int run(String... args) {
    return Main.commandLine(CliServices.standard()).execute(args);
  }
}
