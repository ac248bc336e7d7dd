package org.liaison.io.files;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.io.messages.Messages;
import org.liaison.io.messages.NearestName;
import org.liaison.io.shared.SharedIds;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.RecordKind;

/**
 * Checks the references of a load once every file is read: one to no record is {@code ref.unknown},
 * with the nearest id of the expected kind as a did-you-mean; one to a record of another kind is
 * {@code ref.kind}. The problems count towards each file's problems limit.
 *
 * <p>The search for the nearest id compares an unknown id with every id of similar length, so it is
 * done once per unknown id, for the first {@value #SEARCHES_PER_FILE} of each file and {@value
 * #SEARCHES_PER_LOAD} of the load: a file with thousands of dangling references still gets every
 * problem, without spending minutes on suggestions nobody reads.
 */
public final class References {
  static final int SEARCHES_PER_FILE = 100;
  static final int SEARCHES_PER_LOAD = 2_000;
  private static final String NO_SUGGESTION = ": add the record, or correct the id";

  private final SharedIds shared;
  private final Map<RecordKind, NearestName> nearestIds = new EnumMap<>(RecordKind.class);
  private final Map<RecordKind, Map<String, String>> suggested = new EnumMap<>(RecordKind.class);
  private int searches;
  private int fileSearches;

  References(SharedIds shared) {
    this.shared = shared;
  }

  /** Adds the problems of the references of {@code file} to {@code problems}. */
  void check(FileResult file, List<Problem> problems) {
    int room = file.maxProblems - file.problems.size();
    if (room < 0) {
      return; // the problems limit ended the file: its references are not checked either
    }
    fileSearches = 0;
    for (RefUse ref : file.refs) {
      // the one claim of the id: the threads of a load agree on every claim, or the load is
      // read again on one thread
      RecordKind kind = ref.target.claimed();
      if (kind == ref.expected) {
        continue;
      }
      if (room-- == 0) {
        problems.add(tooMany(file, ref));
        return;
      }
      problems.add(kind != null ? wrongKind(ref, kind) : unknown(ref));
    }
  }

  private Problem tooMany(FileResult file, RefUse ref) {
    return problem(
        ref,
        BuiltinCode.LIMIT,
        file.tooMany()
            + ": the rest of its"
            + " references are not checked; correct these first, or raise the problems limit");
  }

  private Problem wrongKind(RefUse ref, RecordKind kind) {
    return problem(
        ref, BuiltinCode.REF_KIND, kindMessage(ref.target.id.value(), kind, ref.expected));
  }

  /** The {@code ref.unknown} problem of {@code ref}, with a did-you-mean while searches last. */
  private Problem unknown(RefUse ref) {
    String id = ref.target.id.value();
    Map<String, String> known = suggested.computeIfAbsent(ref.expected, k -> new HashMap<>());
    String suggestion = known.get(id);
    if (suggestion == null && fileSearches < SEARCHES_PER_FILE && searches < SEARCHES_PER_LOAD) {
      fileSearches++;
      searches++;
      suggestion = suggestion(nearest(id, ref.expected));
      known.put(id, suggestion);
    }
    return problem(
        ref,
        BuiltinCode.REF_UNKNOWN,
        unknownMessage(id, ref.expected, suggestion == null ? NO_SUGGESTION : suggestion));
  }

  /**
   * The message of {@code ref.kind}: {@code id} is a record of {@code actual}, not {@code
   * expected}.
   */
  static String kindMessage(String id, RecordKind actual, RecordKind expected) {
    return Messages.quote(id)
        + " is "
        + article(actual)
        + ", but this field refers to "
        + article(expected)
        + ": point it at "
        + article(expected)
        + "'s id";
  }

  /** The message of {@code ref.unknown}, ending in {@code suggestion} ({@link #suggestion}). */
  static String unknownMessage(String id, RecordKind expected, String suggestion) {
    return "no " + expected.wireName() + " has the id " + Messages.quote(id) + suggestion;
  }

  /** The end of a {@code ref.unknown} message: a did-you-mean for {@code nearest}, or advice. */
  static String suggestion(String nearest) {
    return nearest == null ? NO_SUGGESTION : " — did you mean `" + nearest + "`?";
  }

  static String article(RecordKind kind) {
    return (kind == RecordKind.INSTITUTION || kind == RecordKind.AGREEMENT ? "an " : "a ")
        + kind.wireName();
  }

  private static Problem problem(RefUse ref, BuiltinCode code, String message) {
    Problem.Builder p = code.problem(message).pointer(ref.pointer());
    Location at = ref.location();
    if (at != null) {
      p.location(at);
    }
    if (ref.from != null) {
      p.recordId(ref.from);
    }
    return p.build();
  }

  /** The id of {@code kind} nearest to {@code given}, as {@link NearestName} finds it. */
  private String nearest(String given, RecordKind kind) {
    return nearestIds.computeIfAbsent(kind, k -> new NearestName(shared.claimedBy(k))).find(given);
  }
}
