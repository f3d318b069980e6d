package uk.ctsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ctsim report}: makes the charts, report and workbook of a run folder again from its data files. The folder is
 * verified against its manifest first; an edited or damaged folder is refused.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Make charts/, report.html and costs.xlsx from a run folder's data, without simulating again.")
final class ReportCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A complete run folder.")
  Path runDir;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Write the report files here (must not exist or be empty) instead of into RUN_DIR.")
  Path output;

  ReportCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    ReportService.Made made = ReportService.make(services, new ReportService.Request(runDir, output));
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote " + made.files() + " files to " + made.folder());
    out.flush();
    return ExitCodes.OK;
  }
}
