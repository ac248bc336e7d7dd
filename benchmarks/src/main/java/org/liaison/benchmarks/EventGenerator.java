package org.liaison.benchmarks;

import static org.liaison.benchmarks.DatasetGenerator.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the delegations and agreements of a {@link DatasetGenerator}: visits with two sides of
 * 3 to 10 participants in all, activities, topics and areas; agreements with parties, a history
 * that ends in their status, signatories, a term and commitments.
 */
final class EventGenerator {
  private final DatasetGenerator g;
  private final Random random;

  EventGenerator(DatasetGenerator generator) {
    this.g = generator;
    this.random = generator.random();
  }

  Map<String, Object> delegation(int i) {
    Map<String, Object> r = new LinkedHashMap<>();
    String date = Dates.date(random);
    String id = "del." + (date.startsWith("--") ? "xxxx" + date.substring(1) : date) + "." + i;
    g.addDelegation(id);
    r.put("id", id);
    int size = 3 + random.nextInt(8);
    int visitors = 1 + random.nextInt(size - 1);
    Map<String, Object> visiting = side(visitors, Set.of());
    @SuppressWarnings("unchecked")
    List<Object> visitingInstitutions = (List<Object>) visiting.get("institutions");
    Map<String, Object> host = side(size - visitors, Set.copyOf(visitingInstitutions));
    if (g.chance(90)) {
      r.put(
          "title",
          "Visit of the "
              + Words.pick(random, Words.BRANDS)
              + " delegation to discuss "
              + Words.pick(random, Words.TOPICS));
    }
    r.put("date", date);
    if (date.length() == 10 && g.chance(15)) {
      int day = Integer.parseInt(date.substring(8));
      r.put(
          "endDate",
          date.substring(0, 8) + String.format("%02d", Math.min(28, day + 1 + random.nextInt(3))));
    }
    r.put("visiting", visiting);
    r.put("host", host);
    if (g.chance(60)) {
      r.put("location", g.place(Words.pick(random, Words.CITIES)));
    }
    List<Object> activities = new ArrayList<>();
    for (int a = random.nextInt(3); a >= 0; a--) {
      Map<String, Object> activity =
          map("kind", EventWords.ACTIVITY_KINDS[random.nextInt(EventWords.ACTIVITY_KINDS.length)]);
      if (g.chance(40)) {
        activity.put("chair", g.anyPerson());
      }
      if (g.chance(70)) {
        activity.put("summary", Words.sentences(random, 2));
      }
      activities.add(activity);
    }
    r.put("activities", activities);
    if (g.chance(70)) {
      r.put("purpose", Words.sentences(random, 2));
    }
    if (g.chance(50)) {
      r.put("outcome", Words.sentences(random, 2));
    }
    r.put("topics", some(Words.TOPICS, 2, 8));
    r.put("fields", some(Words.FIELDS, 1, 5));
    r.put("areas", some(Words.AREAS, 1, 5));
    if (g.chance(20)) {
      r.put("notes", Words.sentences(random, 2));
    }
    if (g.chance(5)) {
      r.put("labels", map("checked", "yes"));
    }
    r.put("sources", g.citations());
    return r;
  }

  /** A side of a delegation, of institutions other than those of {@code otherSide}. */
  private Map<String, Object> side(int members, Set<Object> otherSide) {
    Map<String, Object> side = new LinkedHashMap<>();
    List<Object> institutions = new ArrayList<>();
    for (int k = random.nextInt(3); k >= 0; k--) {
      String institution = g.anyInstitution();
      if (!otherSide.contains(institution) && !institutions.contains(institution)) {
        institutions.add(institution);
      }
    }
    if (institutions.isEmpty()) {
      String institution = g.anyInstitution();
      while (otherSide.contains(institution)) {
        institution = g.anyInstitution();
      }
      institutions.add(institution);
    }
    side.put("institutions", institutions);
    List<Object> list = new ArrayList<>(members);
    for (int m = 0; m < members; m++) {
      if (g.chance(20)) {
        list.add(g.anyPerson());
        continue;
      }
      Map<String, Object> p =
          map(
              "person",
              g.anyPerson(),
              "role",
              EventWords.ROLES[random.nextInt(EventWords.ROLES.length)]);
      if (g.chance(70)) {
        p.put("title", Words.pick(random, PersonWords.POST_TITLES));
      }
      if (g.chance(70)) {
        p.put("onBehalfOf", institutions.get(random.nextInt(institutions.size())));
      }
      list.add(p);
    }
    side.put("members", list);
    if (g.chance(10)) {
      side.put("organizations", 2 + random.nextInt(40));
    }
    if (g.chance(10)) {
      side.put("people", members + random.nextInt(30));
    }
    return side;
  }

  Map<String, Object> agreement(int i) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", "agr." + i);
    String kind = EventWords.AGREEMENT_KINDS[random.nextInt(EventWords.AGREEMENT_KINDS.length)];
    String[] path = EventWords.HISTORIES[random.nextInt(EventWords.HISTORIES.length)];
    String status = path[path.length - 1];
    r.put("title", kind.replace('-', ' ') + " agreement on " + Words.pick(random, Words.TOPICS));
    r.put("kind", kind);
    r.put("status", status);
    List<Object> parties = new ArrayList<>();
    List<String> partyIds = new ArrayList<>();
    for (int k = 2 + random.nextInt(3); k > 0; k--) {
      String institution = g.anyInstitution();
      partyIds.add(institution);
      parties.add(
          g.chance(50)
              ? institution
              : map(
                  "institution", institution, "role", Words.pick(random, Words.ROLES_OF_PARTIES)));
    }
    r.put("parties", parties);
    int year = 2019 + random.nextInt(5);
    List<Object> history = new ArrayList<>(path.length);
    String signedOn = null;
    for (String step : path) {
      String date = Dates.dayIn(random, year++);
      Map<String, Object> h = map("status", step, "date", date);
      String delegation = g.chance(60) ? g.anyDelegation() : null;
      if (delegation != null) {
        h.put("delegation", delegation);
      }
      if (g.chance(30)) {
        h.put("note", Words.pick(random, Words.SENTENCES));
      }
      if (g.chance(50)) {
        h.put("sources", g.citations());
      }
      if (step.equals("signed")) {
        signedOn = date;
      }
      history.add(h);
    }
    r.put("history", history);
    if (signedOn != null) {
      r.put("signedOn", signedOn);
      List<Object> signatories = new ArrayList<>();
      for (int k = random.nextInt(3); k > 0; k--) {
        // a signatory holds a post at a party (signatory.post)
        String party = partyIds.get(random.nextInt(partyIds.size()));
        String person = g.holderAt(party);
        if (person != null) {
          signatories.add(g.chance(50) ? person : map("person", person, "onBehalfOf", party));
        }
      }
      if (!signatories.isEmpty()) {
        r.put("signatories", signatories);
      }
      if (g.chance(30)) {
        r.put("term", map("start", signedOn, "end", (year + 2) + signedOn.substring(4)));
      }
    }
    if (g.chance(10)) {
      r.put("establishes", List.of(g.anyInstitution()));
    }
    r.put("areas", some(Words.AREAS, 1, 4));
    List<Object> commitments = new ArrayList<>();
    for (int k = random.nextInt(6); k > 0; k--) {
      commitments.add(commitment());
    }
    if (!commitments.isEmpty()) {
      r.put("commitments", commitments);
    }
    if (g.chance(50)) {
      r.put("summary", Words.sentences(random, 2));
    }
    r.put("sources", g.citations());
    return r;
  }

  private Map<String, Object> commitment() {
    Map<String, Object> c = new LinkedHashMap<>();
    if (g.chance(50)) {
      c.put("by", g.anyInstitution());
    }
    c.put("description", Words.pick(random, Words.SENTENCES));
    if (g.chance(20)) {
      Map<String, Object> q =
          map(
              "value",
              5 * (1 + random.nextInt(400)),
              "unit",
              Words.pick(random, Words.UNITS_OF_QUANTITY));
      if (g.chance(60)) {
        q.put("qualifier", EventWords.QUALIFIERS[random.nextInt(EventWords.QUALIFIERS.length)]);
      }
      if (g.chance(30)) {
        q.put("per", EventWords.PERIODS[random.nextInt(EventWords.PERIODS.length)]);
      }
      c.put("quantity", q);
    }
    if (g.chance(10)) {
      c.put("due", String.valueOf(2024 + random.nextInt(4)));
    }
    if (g.chance(40)) {
      c.put("sources", g.citations());
    }
    return c;
  }

  /** Between {@code min} and {@code max} distinct elements of {@code pool}. */
  private List<Object> some(List<String> pool, int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    List<Object> list = new ArrayList<>(n);
    while (list.size() < n) {
      String s = Words.pick(random, pool);
      if (!list.contains(s)) {
        list.add(s);
      }
    }
    return list;
  }
}
