package uk.ctsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.ctsim.scenario.SchemaValidator;

/**
 * {@code ctsim schema}: prints the scenario JSON Schema that this ctsim checks files against, so a scenario copied
 * out of the repository can still be given to an editor ({@code ctsim schema > scenario.schema.json}).
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the scenario JSON Schema (for editors: ctsim schema > scenario.schema.json).")
final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(text());
    out.flush();
    return ExitCodes.OK;
  }

  static String text() {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(SchemaValidator.SCHEMA_RESOURCE)) {
      if (in == null) throw new IllegalStateException("the jar has no " + SchemaValidator.SCHEMA_RESOURCE);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
