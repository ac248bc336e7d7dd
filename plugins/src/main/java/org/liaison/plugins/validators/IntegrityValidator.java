package org.liaison.plugins.validators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.liaison.io.messages.Messages;
import org.liaison.model.Agreement;
import org.liaison.model.Area;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Id;
import org.liaison.model.Institution;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.PartialDate;
import org.liaison.model.Party;
import org.liaison.model.Person;
import org.liaison.model.Post;
import org.liaison.plugins.Rule;
import org.liaison.plugins.Subject;
import org.liaison.plugins.ValidationContext;
import org.liaison.plugins.Validator;

/**
 * The integrity rules that look across records or inside one: parent cycles, agreements with fewer
 * than two parties, history order and last status, end dates before start dates, and area codes
 * outside the vocabulary.
 */
public final class IntegrityValidator implements Validator {
  private static final List<String> AREA_CODES =
      Area.vocabulary().stream().map(Area::code).toList();

  @Override
  public String id() {
    return "liaison.integrity";
  }

  @Override
  public String description() {
    return "Parent cycles, agreement parties and history, date ranges, area codes.";
  }

  @Override
  public List<Rule> rules() {
    return Builtins.rules(
        BuiltinCode.PARENT_CYCLE,
        BuiltinCode.AGREEMENT_PARTIES,
        BuiltinCode.HISTORY_ORDER,
        BuiltinCode.HISTORY_STATUS,
        BuiltinCode.DATE_RANGE,
        BuiltinCode.AREA_UNKNOWN);
  }

  @Override
  public void validate(Dataset data, ValidationContext context) {
    parentCycles(data, context);
    for (Person p : data.people()) {
      for (int i = 0; i < p.posts().size(); i++) {
        Post post = p.posts().get(i);
        if (backwards(post.since(), post.until())) { // the pointer is made for a problem only
          range(context, p, post.since(), post.until(), "/posts/" + i + "/until");
        }
      }
    }
    for (Delegation d : data.delegations()) {
      range(context, d, Optional.of(d.date()), d.endDate(), "/endDate");
      areas(context, d, d.areas());
    }
    for (Agreement a : data.agreements()) {
      parties(context, a);
      history(context, a);
      a.term().ifPresent(t -> range(context, a, t.start(), t.end(), "/term/end"));
      areas(context, a, a.areas());
    }
  }

  private static void parentCycles(Dataset data, ValidationContext context) {
    // 1: on the current path, 2: done
    Map<Id, Integer> state = new HashMap<>(data.institutions().size() * 2);
    for (Institution start : data.institutions()) {
      List<Institution> path = new ArrayList<>();
      Institution i = start;
      while (i != null && !state.containsKey(i.id())) {
        state.put(i.id(), 1);
        path.add(i);
        i = i.parent().flatMap(data::resolve).orElse(null);
      }
      if (i != null && state.get(i.id()) == 1) {
        List<Institution> cycle = path.subList(path.indexOf(i), path.size());
        String chain =
            cycle.stream().map(x -> x.id().value()).collect(Collectors.joining(" → "))
                + " → "
                + i.id();
        for (Institution member : cycle) {
          context.report(
              BuiltinCode.PARENT_CYCLE.code(),
              "the parents of institution `"
                  + member.id()
                  + "` form a cycle ("
                  + chain
                  + "): an institution cannot be part of"
                  + " itself; correct one `parent`",
              Subject.of(member, "/parent"));
        }
      }
      path.forEach(x -> state.put(x.id(), 2));
    }
  }

  private static void parties(ValidationContext context, Agreement a) {
    // no set: an agreement has a handful of parties, and this runs for every agreement
    List<Party> parties = a.parties();
    for (int i = 1; i < parties.size(); i++) {
      if (!parties.get(i).institution().id().equals(parties.get(0).institution().id())) {
        return;
      }
    }
    context.report(
        BuiltinCode.AGREEMENT_PARTIES.code(),
        "agreement `"
            + a.id()
            + "` has "
            + (parties.isEmpty()
                ? "no party"
                : "only one distinct party (" + parties.get(0).institution().id() + ")")
            + ": an agreement is between at least two"
            + " institutions; add the other party",
        Subject.of(a, "/parties"));
  }

  private static void history(ValidationContext context, Agreement a) {
    List<HistoryEntry> h = a.history();
    for (int i = 1; i < h.size(); i++) {
      PartialDate before = h.get(i - 1).date();
      PartialDate date = h.get(i).date();
      if (date.isBefore(before)) {
        context.report(
            BuiltinCode.HISTORY_ORDER.code(),
            "history entry "
                + i
                + " ("
                + date
                + ") comes before entry "
                + (i - 1)
                + " ("
                + before
                + "): list the history in"
                + " chronological order",
            Subject.of(a, "/history/" + i + "/date"),
            Subject.of(a, "/history/" + (i - 1) + "/date"));
      }
    }
    if (!h.isEmpty() && h.get(h.size() - 1).status() != a.status()) {
      int last = h.size() - 1;
      context.report(
          BuiltinCode.HISTORY_STATUS.code(),
          "the last history entry says `"
              + h.get(last).status().wireName()
              + "` but the agreement's status is `"
              + a.status().wireName()
              + "`: add a history entry for the current status, or correct"
              + " `status`",
          Subject.of(a, "/history/" + last + "/status"),
          Subject.of(a, "/status"));
    }
  }

  private static boolean backwards(Optional<PartialDate> start, Optional<PartialDate> end) {
    return start.isPresent() && end.isPresent() && end.get().isBefore(start.get());
  }

  private static void range(
      ValidationContext context,
      LiaisonRecord r,
      Optional<PartialDate> start,
      Optional<PartialDate> end,
      String pointer) {
    if (backwards(start, end)) {
      context.report(
          BuiltinCode.DATE_RANGE.code(),
          "the end "
              + end.get()
              + " is before the start "
              + start.get()
              + ": correct one of the dates",
          Subject.of(r, pointer));
    }
  }

  private static void areas(ValidationContext context, LiaisonRecord r, List<Area> areas) {
    for (int i = 0; i < areas.size(); i++) {
      Area a = areas.get(i);
      if (!a.isKnown() && !a.isExtension()) {
        context.report(
            BuiltinCode.AREA_UNKNOWN.code(),
            "`"
                + a.code()
                + "` is not a cooperation area"
                + Messages.didYouMean(a.code(), AREA_CODES)
                    .orElse(": use a code of the vocabulary, or start your own with `x-`"),
            Subject.of(r, "/areas/" + i));
      }
    }
  }
}
