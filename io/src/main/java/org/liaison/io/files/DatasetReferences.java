package org.liaison.io.files;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.liaison.io.messages.NearestName;
import org.liaison.io.writing.RecordWriter;
import org.liaison.model.Agreement;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Commitment;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Institution;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Participant;
import org.liaison.model.Party;
import org.liaison.model.Person;
import org.liaison.model.Post;
import org.liaison.model.Problem;
import org.liaison.model.RecordKind;
import org.liaison.model.Ref;
import org.liaison.model.Side;
import org.liaison.model.Signatory;

/**
 * The reference checks of a load ({@link References}) over a {@link Dataset} however it was made:
 * {@code ref.unknown} and {@code ref.kind}, with the same messages and suggestions. A problem has
 * the pointer of the reference where {@link RecordWriter} writes it (a bare id for a participant,
 * party or signatory with nothing else to say), under the record's own pointer: its origin's, or
 * {@code /section/index} by its position among the records of its kind for a record built in code.
 * It has no location: the caller places those of records read from files.
 */
public final class DatasetReferences {
  private final Dataset data;
  private final Map<RecordKind, NearestName> idsByKind = new EnumMap<>(RecordKind.class);
  private final Map<String, String> suggestions = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private LiaisonRecord record;
  private String base;

  private DatasetReferences(Dataset data) {
    this.data = data;
  }

  /**
   * The problems of every reference of {@code data} to no record or to a record of another kind.
   */
  public static List<Problem> check(Dataset data) {
    DatasetReferences check = new DatasetReferences(data);
    check.all();
    return check.problems;
  }

  private void all() {
    each(data.institutions(), this::institution);
    each(data.people(), this::person);
    each(data.delegations(), this::delegation);
    each(data.agreements(), this::agreement);
  }

  private <R extends LiaisonRecord> void each(List<R> records, Consumer<R> check) {
    for (int i = 0; i < records.size(); i++) {
      enter(records.get(i), i);
      check.accept(records.get(i));
    }
  }

  private void institution(Institution r) {
    ref("/parent", r.parent());
    refs("/sources", r.sources());
  }

  private void person(Person r) {
    for (int j = 0; j < r.posts().size(); j++) {
      Post post = r.posts().get(j);
      ref("/posts/" + j + "/institution", post.institution());
      refs("/posts/" + j + "/sources", post.sources());
    }
    refs("/sources", r.sources());
  }

  private void delegation(Delegation r) {
    side("/visiting", r.visiting());
    side("/host", r.host());
    for (int j = 0; j < r.activities().size(); j++) {
      ref("/activities/" + j + "/chair", r.activities().get(j).chair());
    }
    refs("/sources", r.sources());
  }

  private void agreement(Agreement r) {
    for (int j = 0; j < r.parties().size(); j++) {
      Party party = r.parties().get(j);
      ref("/parties/" + j + (party.role().isEmpty() ? "" : "/institution"), party.institution());
    }
    for (int j = 0; j < r.history().size(); j++) {
      HistoryEntry entry = r.history().get(j);
      ref("/history/" + j + "/delegation", entry.delegation());
      refs("/history/" + j + "/sources", entry.sources());
    }
    signatories(r.signatories());
    refs("/establishes", r.establishes());
    commitments(r.commitments());
    refs("/sources", r.sources());
  }

  private void commitments(List<Commitment> commitments) {
    for (int j = 0; j < commitments.size(); j++) {
      Commitment c = commitments.get(j);
      ref("/commitments/" + j + "/by", c.by());
      refs("/commitments/" + j + "/sources", c.sources());
    }
  }

  /** A signatory with nothing but a person is written as a bare id: its pointer says so. */
  private void signatories(List<Signatory> signatories) {
    for (int j = 0; j < signatories.size(); j++) {
      Signatory s = signatories.get(j);
      boolean bare = s.onBehalfOf().isEmpty() && s.date().isEmpty();
      ref("/signatories/" + j + (bare ? "" : "/person"), s.person());
      ref("/signatories/" + j + "/onBehalfOf", s.onBehalfOf());
    }
  }

  private void enter(LiaisonRecord r, int index) {
    record = r;
    base =
        data.origin(r.id())
            .map(o -> o.pointer())
            .orElse("/" + r.recordKind().section() + "/" + index);
  }

  private void side(String path, Side side) {
    refs(path + "/institutions", side.institutions());
    for (int j = 0; j < side.members().size(); j++) {
      Participant p = side.members().get(j);
      boolean bare = p.role().isEmpty() && p.title().isEmpty() && p.onBehalfOf().isEmpty();
      ref(path + "/members/" + j + (bare ? "" : "/person"), p.person());
      ref(path + "/members/" + j + "/onBehalfOf", p.onBehalfOf());
    }
  }

  private void refs(String path, List<? extends Ref<?>> refs) {
    for (int j = 0; j < refs.size(); j++) {
      ref(path + "/" + j, refs.get(j));
    }
  }

  private void ref(String path, Optional<? extends Ref<?>> ref) {
    if (ref.isPresent()) {
      ref(path, ref.get());
    }
  }

  private void ref(String path, Ref<?> ref) {
    Optional<LiaisonRecord> target = data.record(ref.id());
    if (target.isPresent() && target.get().recordKind() == ref.kind()) {
      return;
    }
    String id = ref.id().value();
    String message =
        target.isPresent()
            ? References.kindMessage(id, target.get().recordKind(), ref.kind())
            : References.unknownMessage(id, ref.kind(), suggestion(id, ref.kind()));
    BuiltinCode code = target.isPresent() ? BuiltinCode.REF_KIND : BuiltinCode.REF_UNKNOWN;
    problems.add(code.problem(message).pointer(base + path).recordId(record.id()).build());
  }

  /** The did-you-mean of an unknown id, searched once per id and kind. */
  private String suggestion(String id, RecordKind kind) {
    return suggestions.computeIfAbsent(
        kind.section() + "/" + id, k -> References.suggestion(ids(kind).find(id)));
  }

  /** The ids of the records of {@code kind}, indexed for the nearest id. */
  private NearestName ids(RecordKind kind) {
    return idsByKind.computeIfAbsent(
        kind,
        k -> {
          List<String> ids = new ArrayList<>();
          for (LiaisonRecord r : data.records()) {
            if (r.recordKind() == k) {
              ids.add(r.id().value());
            }
          }
          return new NearestName(ids);
        });
  }
}
