package org.liaison.plugins.validators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.liaison.model.Agreement;
import org.liaison.model.AgreementStatus;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.Id;
import org.liaison.model.Institution;
import org.liaison.model.Person;
import org.liaison.model.Post;
import org.liaison.model.Ref;
import org.liaison.model.Signatory;
import org.liaison.plugins.Rule;
import org.liaison.plugins.Subject;
import org.liaison.plugins.ValidationContext;
import org.liaison.plugins.Validator;

/**
 * Warnings about data that is probably incomplete or suspicious: a signed agreement with no signing
 * date, facts with no source, two institutions of one name, a signatory with no post at any party,
 * a delegation whose two sides share an institution.
 */
public final class CompletenessValidator implements Validator {

  @Override
  public String id() {
    return "liaison.completeness";
  }

  @Override
  public String description() {
    return "Warnings: missing signing dates and sources, duplicate names, odd signatories and sides.";
  }

  @Override
  public List<Rule> rules() {
    return Builtins.rules(
        BuiltinCode.SIGNED_ON_MISSING,
        BuiltinCode.SOURCE_MISSING,
        BuiltinCode.NAME_DUPLICATE,
        BuiltinCode.SIGNATORY_POST,
        BuiltinCode.DELEGATION_SIDES);
  }

  @Override
  public void validate(Dataset data, ValidationContext context) {
    for (Agreement a : data.agreements()) {
      agreement(data, context, a);
    }
    for (Delegation d : data.delegations()) {
      delegation(context, d);
    }
    for (Person p : data.people()) {
      posts(context, p);
    }
    sameNames(data, context);
  }

  private static void agreement(Dataset data, ValidationContext context, Agreement a) {
    if ((a.status() == AgreementStatus.SIGNED || a.status() == AgreementStatus.ACTIVE)
        && a.signedOn().isEmpty()) {
      context.report(
          BuiltinCode.SIGNED_ON_MISSING.code(),
          "agreement `"
              + a.id()
              + "` is "
              + a.status().wireName()
              + " but has no `signedOn`: add the date it was signed, as"
              + " precise as the source gives it",
          Subject.of(a, "/status"));
    }
    if (a.sources().isEmpty()) {
      unsourced(context, Subject.of(a), "agreement `" + a.id() + "`");
    }
    signatories(data, context, a);
  }

  private static void delegation(ValidationContext context, Delegation d) {
    if (d.sources().isEmpty()) {
      unsourced(context, Subject.of(d), "delegation `" + d.id() + "`");
    }
    // no set: a side names a handful of institutions, and this runs for every delegation
    List<Ref<Institution>> visiting = d.visiting().institutions();
    List<Ref<Institution>> host = d.host().institutions();
    for (int i = 0; i < host.size(); i++) {
      if (named(visiting, host.get(i).id())) {
        context.report(
            BuiltinCode.DELEGATION_SIDES.code(),
            "`"
                + host.get(i)
                + "` is both visiting and host of delegation `"
                + d.id()
                + "`: an institution"
                + " does not visit itself; remove it from one side",
            Subject.of(d, "/host/institutions/" + i));
      }
    }
  }

  /** A post with no source of its own, of a person with none. */
  private static void posts(ValidationContext context, Person p) {
    if (!p.sources().isEmpty()) {
      return;
    }
    for (int i = 0; i < p.posts().size(); i++) {
      Post post = p.posts().get(i);
      if (post.sources().isEmpty()) {
        unsourced(
            context,
            Subject.of(p, "/posts/" + i),
            "the post `" + post.title() + "` of `" + p.id() + "`");
      }
    }
  }

  private static boolean named(List<Ref<Institution>> refs, Id id) {
    for (int i = 0; i < refs.size(); i++) {
      if (refs.get(i).id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static void unsourced(ValidationContext context, Subject subject, String what) {
    context.report(
        BuiltinCode.SOURCE_MISSING.code(),
        what
            + " cites no source: add `sources`"
            + " with the id of the article or document it comes from",
        subject);
  }

  private static void sameNames(Dataset data, ValidationContext context) {
    List<Institution> institutions = data.institutions();
    Map<String, Subject> first = new HashMap<>(institutions.size() * 2);
    List<String> own = new ArrayList<>(); // the names of one institution, normalized
    for (Institution i : institutions) {
      own.clear();
      for (int n = -1; n < i.names().size(); n++) {
        String name = normalize(n < 0 ? i.name() : i.names().get(n).name());
        if (own.contains(name)) {
          continue; // one institution may give a name twice: the first place counts
        }
        own.add(name);
        Subject at = Subject.of(i, n < 0 ? "/name" : "/names/" + n + "/name");
        Subject earlier = first.putIfAbsent(name, at);
        if (earlier != null) {
          context.report(
              BuiltinCode.NAME_DUPLICATE.code(),
              "institution `"
                  + i.id()
                  + "` and institution `"
                  + earlier.record().id()
                  + "` are both called \""
                  + nameAt(i, at)
                  + "\": if they are one institution, merge the records;"
                  + " if not, tell them apart in the name",
              at,
              earlier);
          break;
        }
      }
    }
  }

  private static String nameAt(Institution i, Subject s) {
    return s.pointer().equals("/name")
        ? i.name()
        : i.names().get(Integer.parseInt(s.pointer().split("/")[2])).name();
  }

  /**
   * The name for comparing: trimmed, runs of white space ({@code \\s}: space, tab, the line breaks,
   * form feed, vertical tab) as one space, lower case. It is a loop, not a regular expression,
   * because every name of every institution passes here and a name that needs no change is returned
   * without a copy.
   */
  static String normalize(String name) {
    String trimmed = name.trim();
    StringBuilder out = null;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (space(c) && (c != ' ' || (i + 1 < trimmed.length() && space(trimmed.charAt(i + 1))))) {
        if (out == null) {
          out = new StringBuilder(trimmed.length()).append(trimmed, 0, i);
        }
        out.append(' ');
        while (i + 1 < trimmed.length() && space(trimmed.charAt(i + 1))) {
          i++;
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return (out == null ? trimmed : out.toString()).toLowerCase(Locale.ROOT);
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static void signatories(Dataset data, ValidationContext context, Agreement a) {
    if (a.signatories().isEmpty()) {
      return;
    }
    // A post counts at a party, at a sub-unit of one (a party is among its ancestors) or at an
    // institution above one. Walking up from the post takes a few steps, where listing every
    // sub-unit of every party would visit whole universities for each agreement.
    Set<Id> parties = new HashSet<>();
    Set<Id> partiesAndAbove = new HashSet<>();
    for (var party : a.parties()) {
      data.resolve(party.institution())
          .ifPresent(
              i -> {
                parties.add(i.id());
                partiesAndAbove.add(i.id());
                ancestors(data, i, partiesAndAbove);
              });
    }
    for (int s = 0; s < a.signatories().size(); s++) {
      Signatory signatory = a.signatories().get(s);
      Person person = data.resolve(signatory.person()).orElse(null);
      if (person != null && !holdsPost(data, person, parties, partiesAndAbove)) {
        context.report(
            BuiltinCode.SIGNATORY_POST.code(),
            "signatory `"
                + person.id()
                + "` holds no post at any party of agreement `"
                + a.id()
                + "`: add the post that"
                + " entitled them to sign, or check the signatory",
            Subject.of(a, "/signatories/" + s));
      }
    }
  }

  /** Whether one of {@code person}'s posts is at a party, above one or below one. */
  private static boolean holdsPost(
      Dataset data, Person person, Set<Id> parties, Set<Id> partiesAndAbove) {
    for (Post post : person.posts()) {
      Optional<Ref<Institution>> at = post.institution();
      if (at.isPresent() && related(data, at.get(), parties, partiesAndAbove)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code at} is a party, above one, or below one: one of its ancestors, as far as they
   * are institutions of the dataset, is a party. Ends on a cycle of parents: it takes no more steps
   * than there are institutions.
   */
  private static boolean related(
      Dataset data, Ref<Institution> at, Set<Id> parties, Set<Id> partiesAndAbove) {
    if (partiesAndAbove.contains(at.id())) {
      return true;
    }
    Institution unit = data.resolve(at).orElse(null);
    for (int steps = data.institutions().size(); unit != null && steps > 0; steps--) {
      Optional<Ref<Institution>> parent = unit.parent();
      if (parent.isEmpty()) {
        return false;
      }
      if (parties.contains(parent.get().id())) {
        return true;
      }
      unit = data.resolve(parent.get()).orElse(null);
    }
    return false;
  }

  private static void ancestors(Dataset data, Institution i, Set<Id> into) {
    Institution at = i;
    for (int guard = 0; guard < 1000 && at.parent().isPresent(); guard++) {
      Id parent = at.parent().get().id();
      if (!into.add(parent)) {
        return;
      }
      at = data.resolve(at.parent().get()).orElse(null);
      if (at == null) {
        return;
      }
    }
  }
}
