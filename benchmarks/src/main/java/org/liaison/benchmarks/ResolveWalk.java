package org.liaison.benchmarks;

import java.util.List;
import java.util.Optional;
import org.liaison.model.Activity;
import org.liaison.model.Agreement;
import org.liaison.model.Commitment;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Institution;
import org.liaison.model.Participant;
import org.liaison.model.Party;
import org.liaison.model.Person;
import org.liaison.model.Post;
import org.liaison.model.Ref;
import org.liaison.model.Side;
import org.liaison.model.Signatory;

/**
 * The walk of {@link LoadBenchmark#rawResolveWalk()}: every reference of every record of a
 * dataset resolved once through {@link Dataset#resolve}, and nothing else. The least that a check
 * of references does, whatever else validation checks.
 */
final class ResolveWalk {
  /** The references met and those that resolved. */
  long references;
  long resolved;
  private final Dataset dataset;

  private ResolveWalk(Dataset dataset) {
    this.dataset = dataset;
  }

  /** Walks {@code dataset}. */
  static ResolveWalk walk(Dataset dataset) {
    ResolveWalk w = new ResolveWalk(dataset);
    for (Institution i : dataset.institutions()) {
      w.resolve(i.parent());
      w.resolveAll(i.sources());
    }
    for (Person p : dataset.people()) {
      for (Post post : p.posts()) {
        w.resolve(post.institution());
        w.resolveAll(post.sources());
      }
      w.resolveAll(p.sources());
    }
    for (Delegation d : dataset.delegations()) {
      w.side(d.visiting());
      w.side(d.host());
      for (Activity a : d.activities()) {
        w.resolve(a.chair());
      }
      w.resolveAll(d.sources());
    }
    for (Agreement a : dataset.agreements()) {
      for (Party p : a.parties()) {
        w.resolve(p.institution());
      }
      for (HistoryEntry h : a.history()) {
        w.resolve(h.delegation());
        w.resolveAll(h.sources());
      }
      for (Signatory s : a.signatories()) {
        w.resolve(s.person());
        w.resolve(s.onBehalfOf());
      }
      w.resolveAll(a.establishes());
      for (Commitment c : a.commitments()) {
        w.resolve(c.by());
        w.resolveAll(c.sources());
      }
      w.resolveAll(a.sources());
    }
    return w;
  }

  private void side(Side side) {
    resolveAll(side.institutions());
    for (Participant m : side.members()) {
      resolve(m.person());
      resolve(m.onBehalfOf());
    }
  }

  private void resolveAll(List<? extends Ref<?>> refs) {
    for (int i = 0; i < refs.size(); i++) {
      resolve(refs.get(i));
    }
  }

  private void resolve(Optional<? extends Ref<?>> ref) {
    if (ref.isPresent()) {
      resolve(ref.get());
    }
  }

  private void resolve(Ref<?> ref) {
    references++;
    if (dataset.resolve(ref).isPresent()) {
      resolved++;
    }
  }
}
