package org.liaison.plugins.exporters.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.liaison.model.Dataset;
import org.liaison.model.Id;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.exporters.Texts;

/**
 * {@code --format mermaid}: the cooperation network ({@link Network}) as a Mermaid flowchart, ready
 * to paste into a {@code ```mermaid} block of a Markdown file. It draws what {@link DotExporter}
 * draws: an institution with sub-units is a subgraph, delegations are arrows labelled with date and
 * title, agreements dotted lines labelled with kind and status.
 *
 * <p>Mermaid node ids allow fewer characters than Liaison ids: {@code zhongqiao.info-eng} is the
 * node {@code i_zhongqiao_info_eng} inside the subgraph {@code g_zhongqiao}; where two ids would
 * give one node id, the later gets a number.
 */
public final class MermaidExporter implements Exporter {
  private static final Map<String, String> CLASSES =
      Map.of(
          "education", "fill:#dbe9f6,stroke:#4a6f94",
          "business", "fill:#fde9d4,stroke:#a0522d",
          "park", "fill:#fdf3c4,stroke:#9a7d0a",
          "government", "fill:#e3f1dc,stroke:#4b7b3a",
          "association", "fill:#efe3f3,stroke:#7d4e8c",
          "party", "fill:#f8dddd,stroke:#a33",
          "other", "fill:#f2f2f2,stroke:#777");

  /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
  public MermaidExporter() {}

  @Override
  public String id() {
    return "mermaid";
  }

  @Override
  public String description() {
    return "The network of institutions, delegations and agreements as a Mermaid flowchart.";
  }

  @Override
  public String extension() {
    return "mmd";
  }

  @Override
  public String mediaType() {
    return "text/vnd.mermaid";
  }

  @Override
  public void export(Dataset dataset, OutputStream out, ExportContext context) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Network network = Network.of(dataset);
    Map<Id, String> ids = nodeIds(dataset);
    Map<String, StringBuilder> classes = new TreeMap<>();
    w.write("flowchart LR\n");
    for (Network.Node root : network.roots()) {
      node(w, root, ids, classes, "  ");
    }
    for (Network.Edge e : network.edges()) {
      String arrow =
          switch (e.kind()) {
            case DELEGATION -> "-->";
            case AGREEMENT -> "-.-";
            case ESTABLISHES -> "-.->";
          };
      w.write(
          "  "
              + ids.get(e.from())
              + " "
              + arrow
              + "|"
              + quote(e.label())
              + "| "
              + ids.get(e.to())
              + "\n");
    }
    for (Map.Entry<String, StringBuilder> c : classes.entrySet()) {
      w.write("  classDef " + c.getKey() + " " + CLASSES.get(c.getKey()) + "\n");
      w.write("  class " + c.getValue() + " " + c.getKey() + "\n");
    }
    w.flush();
  }

  private static void node(
      Writer w,
      Network.Node node,
      Map<Id, String> ids,
      Map<String, StringBuilder> classes,
      String indent)
      throws IOException {
    Institution i = node.institution();
    String id = ids.get(i.id());
    StringBuilder members = classes.computeIfAbsent(group(i.kind()), k -> new StringBuilder());
    members.append(members.length() > 0 ? "," : "").append(id);
    String box = id + "[" + quote(String.join("\n", Texts.wrap(Network.label(i), 28))) + "]\n";
    if (node.children().isEmpty()) {
      w.write(indent + box);
      return;
    }
    w.write(
        indent
            + "subgraph g"
            + id.substring(1)
            + " ["
            + quote(Texts.shorten(i.name(), 60))
            + "]\n");
    w.write(indent + "  " + box);
    for (Network.Node child : node.children()) {
      node(w, child, ids, classes, indent + "  ");
    }
    w.write(indent + "end\n");
  }

  /** Node ids for every institution: {@code i_} and the id with other characters as {@code _}. */
  private static Map<Id, String> nodeIds(Dataset data) {
    Map<Id, String> ids = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (Institution i : data.institutions()) {
      String base = "i_" + i.id().value().replaceAll("[^a-z0-9]", "_");
      String id = base;
      for (int n = 2; !taken.add(id); n++) {
        id = base + "_" + n;
      }
      ids.put(i.id(), id);
    }
    return ids;
  }

  private static String group(InstitutionKind kind) {
    switch (kind) {
      case UNIVERSITY, COLLEGE, VOCATIONAL_COLLEGE, SCHOOL, JOINT_INSTITUTE, RESEARCH_INSTITUTE:
        return "education";
      case ENTERPRISE, ENTERPRISE_GROUP:
        return "business";
      case INDUSTRIAL_PARK:
        return "park";
      case GOVERNMENT_AGENCY, COMMITTEE:
        return "government";
      case ASSOCIATION:
        return "association";
      case PARTY_ORGANIZATION:
        return "party";
      default:
        return "other";
    }
  }

  /**
   * A Mermaid quoted label. Characters Mermaid reads as syntax or markup are written as its entity
   * codes ({@code #quot;}, {@code #35;}, {@code #lt;}, …); a line break becomes {@code <br>}.
   */
  static String quote(String text) {
    StringBuilder s = new StringBuilder(text.length() + 2).append('"');
    List<String> lines = List.of(text.split("\n", -1));
    for (int l = 0; l < lines.size(); l++) {
      s.append(l > 0 ? "<br>" : "");
      for (char c : lines.get(l).toCharArray()) {
        switch (c) {
          case '"' -> s.append("#quot;");
          case '#' -> s.append("#35;");
          case '<' -> s.append("#lt;");
          case '>' -> s.append("#gt;");
          case '&' -> s.append("#amp;");
          case '`' -> s.append("#96;");
          case '|' -> s.append("#124;");
          case '\r', '\t' -> s.append(' ');
          default -> s.append(c);
        }
      }
    }
    return s.append('"').toString();
  }
}
