package uk.ctsim.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/** The JSON settings of every output file: exact decimals written plainly, two-space indent, '\n' line ends. */
final class Json {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter WRITER =
      MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(INDENT).withArrayIndenter(INDENT));

  private Json() {}

  static void write(JsonNode node, Writer out) throws IOException {
    WRITER.writeValue(out, node);
    out.write('\n');
  }

  /** A double as a plain decimal, or null when it is not finite (JSON has no NaN). */
  static BigDecimal number(double value) {
    return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
  }
}
