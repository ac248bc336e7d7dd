package org.liaison.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Generates a valid dataset of format v1 shaped like the seed articles, deterministically: the same
 * size always gives the same records, in the same order, on any JVM ({@link Random} with a fixed
 * seed). Of every 100 records, 2 are sources, 28 institutions (two in three of them sub-units:
 * schools, offices, party branches), 40 people with one to three posts, 18 delegations with 3 to 10
 * participants and 12 agreements with history and commitments. References point only at records
 * generated before, so every one of them resolves.
 *
 * <p>Records are handed to a sink one by one as maps and lists of strings and numbers, in the order
 * sources, institutions, people, delegations, agreements; writers turn them into JSON or YAML
 * ({@link TreeWriter}).
 */
final class DatasetGenerator {
  /** The seed of every generated dataset. */
  static final long SEED = 20260106L;

  private final Random random = new Random(SEED);
  private final int records;
  private final List<String> sources = new ArrayList<>();
  private final List<String> institutions = new ArrayList<>();
  private final List<String> institutionNames = new ArrayList<>();

  /** The people holding a post at each institution, for signatories entitled to sign. */
  private final Map<String, List<String>> holders = new HashMap<>();

  /** Names given so far: two institutions never share one, as in real data (name.duplicate). */
  private final Set<String> usedNames = new HashSet<>();

  private final List<Integer> depth = new ArrayList<>();
  private final List<String> people = new ArrayList<>();
  private final List<String> delegations = new ArrayList<>();

  /** A generator of {@code records} records in all, at least 50. */
  DatasetGenerator(int records) {
    if (records < 50) {
      throw new IllegalArgumentException("generate at least 50 records, not " + records);
    }
    this.records = records;
  }

  /** Generates every record into {@code sink}, which takes the section name and the record. */
  void generate(BiConsumer<String, Map<String, Object>> sink) {
    int nSources = records / 50;
    int nInstitutions = records * 28 / 100;
    int nPeople = records * 40 / 100;
    int nDelegations = records * 18 / 100;
    int nAgreements = records - nSources - nInstitutions - nPeople - nDelegations;
    for (int i = 0; i < nSources; i++) {
      sink.accept("sources", source(i));
    }
    for (int i = 0; i < nInstitutions; i++) {
      sink.accept("institutions", institution(i));
    }
    PersonGenerator persons = new PersonGenerator(this);
    for (int i = 0; i < nPeople; i++) {
      sink.accept("people", persons.person(i));
    }
    for (int i = 0; i < nDelegations; i++) {
      sink.accept("delegations", new EventGenerator(this).delegation(i));
    }
    for (int i = 0; i < nAgreements; i++) {
      sink.accept("agreements", new EventGenerator(this).agreement(i));
    }
  }

  // ---- shared by the event and person generators ------------------------------------------------

  /** A mapping of the given keys and values, in their order. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  Random random() {
    return random;
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  String anySource() {
    return Words.pick(random, sources);
  }

  String anyInstitution() {
    return Words.pick(random, institutions);
  }

  /** A person holding a post at {@code institution}, or {@code null} if there is none. */
  String holderAt(String institution) {
    List<String> list = holders.get(institution);
    return list == null ? null : Words.pick(random, list);
  }

  String anyPerson() {
    return Words.pick(random, people);
  }

  String anyDelegation() {
    return delegations.isEmpty() ? null : Words.pick(random, delegations);
  }

  void addDelegation(String id) {
    delegations.add(id);
  }

  /** One or two source ids, as a record cites them. */
  List<Object> citations() {
    List<Object> list = new ArrayList<>(2);
    list.add(anySource());
    if (chance(25)) {
      String other = anySource();
      if (!list.contains(other)) {
        list.add(other);
      }
    }
    return list;
  }

  // ---- sources and institutions -----------------------------------------------------------------

  private Map<String, Object> source(int i) {
    Map<String, Object> r = new LinkedHashMap<>();
    String id = "src." + i;
    sources.add(id);
    r.put("id", id);
    String[] city = Words.pick(random, Words.CITIES);
    if (chance(80)) {
      r.put(
          "url",
          "https://news."
              + Slugs.slug(city[0])
              + "-vc.edu.cn/"
              + (2019 + i % 7)
              + "/"
              + (1000 + i)
              + ".html");
    }
    if (chance(90) || !r.containsKey("url")) {
      r.put(
          "title",
          Words.pick(random, Words.BRANDS)
              + " delegation visits "
              + city[0]
              + " "
              + Words.pick(random, Words.DISCIPLINES)
              + " school to discuss "
              + Words.pick(random, Words.TOPICS));
    }
    if (chance(70)) {
      r.put(
          "publisher", city[0] + " Vocational College of " + Words.pick(random, Words.DISCIPLINES));
    }
    if (chance(80)) {
      r.put("published", Dates.date(random));
    }
    if (chance(30)) {
      r.put("accessed", Dates.dayIn(random, 2025));
    }
    if (chance(80)) {
      r.put("lang", chance(70) ? "en" : "zh-Hans");
    }
    if (chance(20)) {
      r.put("labels", map("seed", String.format("%03d_%016x.txt", i, random.nextLong())));
    }
    return r;
  }

  private Map<String, Object> institution(int i) {
    Map<String, Object> r = new LinkedHashMap<>();
    boolean top = institutions.size() < 5 || chance(34);
    int parent = top ? -1 : random.nextInt(institutions.size());
    if (parent >= 0 && depth.get(parent) >= 2) {
      parent = -1;
    }
    String[] city = Words.pick(random, Words.CITIES);
    String name;
    String kind;
    String id;
    String parentId = null;
    if (parent < 0) {
      String[] k = Words.TOP_KINDS[random.nextInt(Words.TOP_KINDS.length)];
      kind = k[0];
      String topic =
          kind.startsWith("enterprise") || kind.equals("industrial-park")
              ? Words.pick(random, Words.BRANDS)
              : Words.pick(random, Words.DISCIPLINES);
      name = String.format(k[1], city[0], topic, Words.pick(random, Words.INDUSTRIES));
      id = Slugs.slug(city[0] + " " + Slugs.acronym(name)) + "-" + i;
    } else {
      String unit =
          String.format(Words.pick(random, Words.UNITS), Words.pick(random, Words.DISCIPLINES));
      kind =
          unit.startsWith("Party")
              ? "party-organization"
              : unit.startsWith("School") ? "school" : "department";
      name = unit + " of " + institutionNames.get(parent);
      id = institutions.get(parent) + "." + Slugs.slug(unit, 24) + "-" + i;
      parentId = institutions.get(parent);
    }
    String plain = name;
    for (int n = 2; !usedNames.add(name); n++) {
      name = plain + " No. " + n;
    }
    institutions.add(id);
    institutionNames.add(name);
    depth.add(parent < 0 ? 0 : depth.get(parent) + 1);
    r.put("id", id);
    r.put("name", name);
    if (chance(40)) {
      List<Object> names = new ArrayList<>();
      String acronym = Slugs.acronym(name);
      if (usedNames.add(acronym)) {
        names.add(map("name", acronym, "lang", "en", "kind", "acronym"));
      }
      String translation = city[2] + Words.pick(random, List.of("职业技术学院", "大学", "集团", "学院", "办公室"));
      if (chance(50) && usedNames.add(translation)) {
        names.add(map("name", translation, "lang", "zh-Hans", "kind", "translation"));
      }
      if (!names.isEmpty()) {
        r.put("names", names);
      }
    }
    r.put("kind", kind);
    if (parentId != null) {
      r.put("parent", parentId);
    }
    if (chance(70)) {
      r.put("location", place(city));
    }
    if (chance(15)) {
      r.put("identifiers", map("wikidata", "Q" + (100000 + random.nextInt(9_000_000))));
    }
    if (parent < 0 && chance(40)) {
      r.put("website", "https://www." + Slugs.slug(id) + ".edu.cn");
    }
    if (chance(30)) {
      r.put("notes", Words.sentences(random, 2));
    }
    if (chance(10)) {
      r.put("labels", map("tier", "t" + random.nextInt(4)));
    }
    if (chance(92)) {
      r.put("sources", citations());
    }
    return r;
  }

  Map<String, Object> place(String[] city) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("city", city[0]);
    p.put("region", city[1]);
    p.put("country", "CN");
    if (chance(10)) {
      p.put(
          "address", (1 + random.nextInt(999)) + " " + Words.pick(random, Words.BRANDS) + " Road");
    }
    return p;
  }

  /** Registers a person generated, for {@link #anyPerson}. */
  void addPerson(String id) {
    people.add(id);
  }

  /** Registers {@code person} as holding a post at {@code institution}, for {@link #holderAt}. */
  void addHolder(String institution, String person) {
    holders.computeIfAbsent(institution, k -> new ArrayList<>()).add(person);
  }
}
