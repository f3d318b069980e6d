package uk.ctsim.output.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import uk.ctsim.output.chart.Money;

/** HTML building blocks: escaping of every text, and tables with formatted, right-aligned numbers. */
final class Html {
  private Html() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String cell(Table.Type type, Object value) {
    return switch (type) {
      case TEXT -> escape((String) value);
      case POUNDS -> finite((Double) value) ? Money.pounds((Double) value) : "";
      case HOURS, NUMBER -> finite((Double) value)
          ? new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(value) : "";
      case FLAG -> (Boolean) value ? "yes" : "no";
      case DATE -> escape(value.toString().replace('T', ' '));
    };
  }

  private static boolean finite(Double value) {
    return Double.isFinite(value);
  }

  static void table(StringBuilder out, Table table, String cssClass) {
    out.append("<table class=\"").append(cssClass).append("\"><thead><tr>");
    for (Table.Column c : table.columns()) {
      out.append("<th").append(numeric(c.type()) ? " class=\"num\"" : "").append('>').append(escape(c.name())).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
    if (table.rows().isEmpty()) {
      out.append("<tr><td colspan=\"").append(table.columns().size()).append("\">none</td></tr>\n");
    }
    for (List<Object> row : table.rows()) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Table.Type type = table.columns().get(i).type();
        out.append("<td").append(numeric(type) ? " class=\"num\"" : "").append('>').append(cell(type, row.get(i))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  private static boolean numeric(Table.Type type) {
    return type == Table.Type.POUNDS || type == Table.Type.HOURS || type == Table.Type.NUMBER;
  }
}
