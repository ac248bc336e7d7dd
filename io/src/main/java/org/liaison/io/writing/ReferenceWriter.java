package org.liaison.io.writing;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.liaison.io.binding.Shape;
import org.liaison.io.binding.Shapes;
import org.liaison.model.Area;
import org.liaison.model.RecordKind;

/**
 * Writes the field reference of format version 1 as Markdown, from {@link Shapes}: the same table
 * the reader reads by and the JSON Schema is written from.
 */
public final class ReferenceWriter {
  private ReferenceWriter() {}

  /** The reference as Markdown text. */
  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Format version 1: field reference\n\n")
        .append("Generated from the reader's own table of shapes by `FormatSchema.reference()`;")
        .append(" a test keeps this file current. A document is a mapping with `liaison: 1` and")
        .append(" the sections ");
    md.append(
            Arrays.stream(RecordKind.values())
                .map(k -> "`" + k.section() + "`")
                .collect(Collectors.joining(", ")))
        .append(", each a list of records.\n");
    for (Shape<?, ?> shape : Shapes.ALL) {
      shape(md, shape);
    }
    values(md);
    return md.toString();
  }

  /** The section of one shape: a table of its fields. */
  private static void shape(StringBuilder md, Shape<?, ?> shape) {
    md.append("\n## ")
        .append(shape.what)
        .append("\n\n")
        .append(shape.description)
        .append("\n\n| field | required | value | meaning |\n|---|---|---|---|\n");
    for (int i = 0; i < shape.names.size(); i++) {
      md.append("| `")
          .append(shape.names.get(i))
          .append("` | ")
          .append(shape.isRequired(i) ? "yes" : "")
          .append(" | ")
          .append(shape.elements.get(i).summary)
          .append(" | ")
          .append(shape.descriptions.get(i))
          .append(" |\n");
    }
    if (!shape.oneOf.isEmpty()) {
      md.append("\nAt least one of ")
          .append(shape.oneOf.stream().map(f -> "`" + f + "`").collect(Collectors.joining(", ")))
          .append(" is required.\n");
    }
  }

  /** The section on the values every shape uses: ids, dates, areas. */
  private static void values(StringBuilder md) {
    md.append("\n## values\n\n")
        .append("- **id**: 1–100 characters of lowercase letters, digits, `-`, `.` and `_`,")
        .append(
            " starting with a letter or digit; unique across the dataset, all kinds together.\n")
        .append("- **date**: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `--MM-DD` when the source gives")
        .append(" no year; impossible dates are refused, `--02-29` is allowed.\n")
        .append("- **area**: one of ")
        .append(
            Area.vocabulary().stream()
                .map(a -> "`" + a.code() + "`")
                .collect(Collectors.joining(", ")))
        .append(", or a code of your own starting with `x-`.\n");
  }
}
