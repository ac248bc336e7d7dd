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
 * The walks of {@link LoadBenchmark#rawReferenceWalk()} and {@link LoadBenchmark#rawResolveWalk()}:
 * every record of a dataset, in the order of its lists, and every reference in it, with the
 * reference's id read, and with or without the reference resolved through {@link Dataset#resolve}.
 * Nothing else: how visiting the records, and looking up ids on top, grow with the data.
 */
final class ResolveWalk {
  /** The references met. */
  long references;

  /** The references that resolved; without resolving, the ids whose hash is odd. */
  long resolved;

  private final Dataset dataset;
  private final boolean resolve;

  private ResolveWalk(Dataset dataset, boolean resolve) {
    this.dataset = dataset;
    this.resolve = resolve;
  }

  /** Walks {@code dataset}, resolving each reference if {@code resolve}. */
  static ResolveWalk walk(Dataset dataset, boolean resolve) {
    ResolveWalk w = new ResolveWalk(dataset, resolve);
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
    if (resolve) {
      if (dataset.resolve(ref).isPresent()) {
        resolved++;
      }
    } else {
      resolved += ref.id().hashCode() & 1;
    }
  }
}
