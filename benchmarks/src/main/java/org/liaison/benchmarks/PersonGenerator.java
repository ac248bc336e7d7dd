package org.liaison.benchmarks;

import static org.liaison.benchmarks.DatasetGenerator.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the people of a {@link DatasetGenerator}: a name, sometimes one in Chinese characters,
 * and one to three posts, most at an institution already generated.
 */
final class PersonGenerator {
  private final DatasetGenerator g;

  PersonGenerator(DatasetGenerator generator) {
    this.g = generator;
  }

  Map<String, Object> person(int i) {
    Map<String, Object> r = new LinkedHashMap<>();
    String surname = Words.pick(g.random(), PersonWords.SURNAMES);
    String given = Words.pick(g.random(), PersonWords.GIVEN);
    String id = Slugs.slug(surname + " " + given) + "-" + i;
    g.addPerson(id);
    r.put("id", id);
    r.put("name", surname + " " + given);
    if (g.chance(20)) {
      r.put(
          "names",
          List.of(
              map(
                  "name",
                  Words.pick(g.random(), PersonWords.HANZI_NAMES),
                  "lang",
                  "zh-Hans",
                  "kind",
                  "translation")));
    }
    int posts = 1 + g.random().nextInt(3);
    List<Object> list = new ArrayList<>(posts);
    for (int p = 0; p < posts; p++) {
      Map<String, Object> post = new LinkedHashMap<>();
      post.put("title", Words.pick(g.random(), PersonWords.POST_TITLES));
      if (g.chance(85)) {
        String institution = g.anyInstitution();
        post.put("institution", institution);
        g.addHolder(institution, id);
      }
      if (g.chance(30)) {
        post.put("since", String.valueOf(2010 + g.random().nextInt(14)));
      }
      post.put("sources", g.citations());
      list.add(post);
    }
    r.put("posts", list);
    if (g.chance(10)) {
      r.put("notes", Words.sentences(g.random(), 2));
    }
    if (g.chance(90)) {
      r.put("sources", g.citations());
    }
    return r;
  }
}
