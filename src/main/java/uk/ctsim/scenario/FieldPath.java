package uk.ctsim.scenario;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Field paths in the form users read them: {@code forces[0].establishment.NEIGHBOURHOOD.officers}. */
final class FieldPath {
  private FieldPath() {}

  static String child(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }

  static String of(List<JsonMappingException.Reference> references) {
    String path = "";
    for (JsonMappingException.Reference ref : references) {
      if (ref.getFieldName() != null) path = child(path, ref.getFieldName());
      else if (ref.getIndex() >= 0) path = element(path, ref.getIndex());
    }
    return path;
  }

  /** The path of the value the parser is at (for a field name: the field it names). */
  static String of(JsonStreamContext context) {
    if (context == null || context.inRoot()) return "";
    String parent = of(context.getParent());
    if (context.inArray()) return element(parent, Math.max(0, context.getCurrentIndex()));
    return context.getCurrentName() == null ? parent : child(parent, context.getCurrentName());
  }

  /** The path one level up: {@code a.b[2]} gives {@code a.b}, {@code a.b} gives {@code a}. */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }
}
