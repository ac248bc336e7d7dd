package org.liaison.plugins.exporters.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liaison.model.Agreement;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.Id;
import org.liaison.model.Institution;
import org.liaison.model.NameKind;
import org.liaison.model.OtherName;
import org.liaison.model.Party;
import org.liaison.model.Ref;
import org.liaison.plugins.exporters.Texts;

/**
 * The cooperation network that the {@code dot} and {@code mermaid} exporters draw: every
 * institution as a node, sub-units nested in their parent, and delegations and agreements as
 * labelled edges.
 *
 * <p>An edge joins the <em>leading</em> institutions of a side or of the parties: those of the list
 * that are not a sub-unit of another one in the same list. A visit by a group and its party branch
 * to a school and its office is then one edge from the group to the school and one to the office,
 * not nine. A delegation gives an edge from every leading visiting institution to every leading
 * host; an agreement an undirected edge from its first leading party to each other one, and an edge
 * to each institution it establishes. Parents that form a cycle (invalid data, which validation
 * reports) are cut where the cycle is first met, in the order read.
 */
public final class Network {
  /** An institution and its direct sub-units. */
  public record Node(Institution institution, List<Node> children) {}

  /** What an edge stands for. */
  enum EdgeKind {
    /** A visit, from a visiting institution to a host. */
    DELEGATION,
    /** An agreement between two parties; undirected. */
    AGREEMENT,
    /** An agreement's party to an institution the agreement establishes. */
    ESTABLISHES
  }

  /**
   * An edge between two institutions of the network.
   *
   * @param record the id of the delegation or agreement the edge stands for
   * @param label a short label; {@code \n} separates its lines
   * @param title the full title of the delegation or agreement
   */
  record Edge(Id from, Id to, EdgeKind kind, Id record, String label, String title) {}

  private final Dataset data;
  private final List<Node> roots = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();

  private Network(Dataset data) {
    this.data = data;
  }

  /** The network of {@code data}: same dataset, same nodes and edges in the same order. */
  public static Network of(Dataset data) {
    Network n = new Network(data);
    n.tree();
    data.delegations().forEach(n::delegation);
    data.agreements().forEach(n::agreement);
    return n;
  }

  /** The institutions that are not inside another, in the order read, with their sub-units. */
  public List<Node> roots() {
    return roots;
  }

  /** The edges: delegations in the order read, then agreements. */
  List<Edge> edges() {
    return edges;
  }

  /**
   * The name to draw for an institution: for a sub-unit, which is drawn inside its parent, its
   * first alias when that is shorter than its name ({@code School of Information Engineering} for
   * {@code School of Information Engineering, Shanghai Zhongqiao … University}).
   */
  static String label(Institution i) {
    if (i.parent().isEmpty()) {
      return i.name();
    }
    return i.names().stream()
        .filter(n -> n.kind() == NameKind.ALIAS)
        .map(OtherName::name)
        .filter(n -> n.length() < i.name().length())
        .findFirst()
        .orElse(i.name());
  }

  private void tree() {
    Set<Id> placed = new HashSet<>();
    for (Institution i : data.institutions()) {
      if (i.parent().flatMap(data::resolve).isEmpty()) {
        roots.add(node(i, placed));
      }
    }
    for (Institution i : data.institutions()) { // only institutions in a parent cycle are left
      if (!placed.contains(i.id())) {
        roots.add(node(i, placed));
      }
    }
  }

  private Node node(Institution institution, Set<Id> placed) {
    placed.add(institution.id());
    List<Node> children = new ArrayList<>();
    for (Institution child : data.childrenOf(institution)) {
      if (!placed.contains(child.id())) {
        children.add(node(child, placed));
      }
    }
    return new Node(institution, List.copyOf(children));
  }

  private void delegation(Delegation d) {
    String title = Texts.title(d);
    String label = Texts.dates(d.date(), d.endDate()) + "\n" + Texts.shorten(title, 36);
    for (Id from : leading(d.visiting().institutions())) {
      for (Id to : leading(d.host().institutions())) {
        edges.add(new Edge(from, to, EdgeKind.DELEGATION, d.id(), label, title));
      }
    }
  }

  private void agreement(Agreement a) {
    List<Id> parties = leading(a.parties().stream().map(Party::institution).toList());
    String label = Texts.words(a.kind()) + "\n(" + Texts.words(a.status()) + ")";
    for (Id other : parties.subList(Math.min(1, parties.size()), parties.size())) {
      edges.add(new Edge(parties.get(0), other, EdgeKind.AGREEMENT, a.id(), label, a.title()));
    }
    if (!parties.isEmpty()) {
      for (Id created : leading(a.establishes())) {
        edges.add(
            new Edge(
                parties.get(0), created, EdgeKind.ESTABLISHES, a.id(), "establishes", a.title()));
      }
    }
  }

  /** The institutions of {@code refs} that resolve and are not inside another of them. */
  private List<Id> leading(List<Ref<Institution>> refs) {
    Set<Id> all = new LinkedHashSet<>();
    refs.forEach(r -> data.resolve(r).ifPresent(i -> all.add(i.id())));
    List<Id> result = new ArrayList<>();
    for (Id id : all) {
      if (!hasAncestorIn(id, all)) {
        result.add(id);
      }
    }
    return result;
  }

  private boolean hasAncestorIn(Id id, Set<Id> ids) {
    Set<Id> seen = new HashSet<>(Set.of(id));
    Optional<Institution> up = parentOf(id);
    while (up.isPresent() && seen.add(up.get().id())) {
      if (ids.contains(up.get().id())) {
        return true;
      }
      up = parentOf(up.get().id());
    }
    return false;
  }

  private Optional<Institution> parentOf(Id id) {
    return data.institution(id.value()).flatMap(Institution::parent).flatMap(data::resolve);
  }
}
