package org.liaison.plugins.exporters.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.liaison.model.Dataset;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.exporters.Texts;

/**
 * {@code --format dot}: the cooperation network ({@link Network}) as a Graphviz digraph.
 * Institutions are boxes coloured by kind; an institution with sub-units is a cluster that holds
 * its own box and theirs. Delegations are solid arrows from visitor to host labelled with the date
 * and title, agreements dashed lines labelled with kind and status, and what an agreement
 * establishes a dotted arrow. Render it with {@code dot -Tsvg network.dot -o network.svg}.
 */
public final class DotExporter implements Exporter {
  private static final Map<InstitutionKind, String> FILL =
      Map.ofEntries(
          Map.entry(InstitutionKind.UNIVERSITY, "#dbe9f6"),
          Map.entry(InstitutionKind.COLLEGE, "#dbe9f6"),
          Map.entry(InstitutionKind.VOCATIONAL_COLLEGE, "#dbe9f6"),
          Map.entry(InstitutionKind.SCHOOL, "#eaf2fa"),
          Map.entry(InstitutionKind.JOINT_INSTITUTE, "#eaf2fa"),
          Map.entry(InstitutionKind.RESEARCH_INSTITUTE, "#eaf2fa"),
          Map.entry(InstitutionKind.ENTERPRISE, "#fde9d4"),
          Map.entry(InstitutionKind.ENTERPRISE_GROUP, "#fde9d4"),
          Map.entry(InstitutionKind.INDUSTRIAL_PARK, "#fdf3c4"),
          Map.entry(InstitutionKind.GOVERNMENT_AGENCY, "#e3f1dc"),
          Map.entry(InstitutionKind.COMMITTEE, "#e3f1dc"),
          Map.entry(InstitutionKind.ASSOCIATION, "#efe3f3"),
          Map.entry(InstitutionKind.PARTY_ORGANIZATION, "#f8dddd"));

  /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
  public DotExporter() {}

  @Override
  public String id() {
    return "dot";
  }

  @Override
  public String description() {
    return "The network of institutions, delegations and agreements as a Graphviz graph.";
  }

  @Override
  public String extension() {
    return "dot";
  }

  @Override
  public String mediaType() {
    return "text/vnd.graphviz";
  }

  @Override
  public void export(Dataset dataset, OutputStream out, ExportContext context) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("digraph liaison {\n");
    w.write(
        "  graph [rankdir=LR, compound=true, fontname=\"Helvetica\", fontsize=11,"
            + " nodesep=0.3, ranksep=0.9];\n");
    w.write(
        "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\","
            + " fontname=\"Helvetica\", fontsize=10];\n");
    w.write("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n");
    Network network = Network.of(dataset);
    for (Network.Node root : network.roots()) {
      node(w, root, "  ");
    }
    for (Network.Edge e : network.edges()) {
      edge(w, e);
    }
    w.write("}\n");
    w.flush();
  }

  private static void node(Writer w, Network.Node node, String indent) throws IOException {
    Institution i = node.institution();
    String box =
        indent
            + quote(i.id().value())
            + " [label="
            + quote(String.join("\n", Texts.wrap(Network.label(i), 28)))
            + ", fillcolor="
            + quote(FILL.getOrDefault(i.kind(), "#f2f2f2"))
            + ", tooltip="
            + quote(i.name() + " (" + Texts.words(i.kind()) + ")")
            + "];\n";
    if (node.children().isEmpty()) {
      w.write(box);
      return;
    }
    w.write(indent + "subgraph " + quote("cluster_" + i.id().value()) + " {\n");
    w.write(
        indent
            + "  label="
            + quote(Texts.shorten(i.name(), 60))
            + "; style=\"rounded,dashed\"; color=\"#8899aa\"; fontsize=9;\n");
    w.write("  " + box);
    for (Network.Node child : node.children()) {
      node(w, child, indent + "  ");
    }
    w.write(indent + "}\n");
  }

  private static void edge(Writer w, Network.Edge e) throws IOException {
    String style;
    switch (e.kind()) {
      case DELEGATION:
        style = "color=\"#1f5f99\", fontcolor=\"#1f5f99\"";
        break;
      case AGREEMENT:
        style = "style=dashed, dir=none, color=\"#a0522d\", fontcolor=\"#a0522d\"";
        break;
      default:
        style = "style=dotted, color=\"#a0522d\", fontcolor=\"#a0522d\"";
        break;
    }
    w.write(
        "  "
            + quote(e.from().value())
            + " -> "
            + quote(e.to().value())
            + " [label="
            + quote(e.label())
            + ", tooltip="
            + quote(e.title())
            + ", "
            + style
            + "];\n");
  }

  /**
   * A DOT double-quoted string. Backslash and quote are escaped, a line break becomes the
   * centred-line escape {@code \n}; other characters, UTF-8 included, stand for themselves. A text
   * that ends with a backslash gets a trailing space, which the DOT scanner needs.
   */
  static String quote(String text) {
    StringBuilder s = new StringBuilder(text.length() + 2).append('"');
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r', '\t' -> s.append(' ');
        default -> s.append(c);
      }
    }
    if (s.charAt(s.length() - 1) == '\\') {
      s.append(' '); // the DOT scanner reads a backslash before the closing quote as \"
    }
    return s.append('"').toString();
  }
}
