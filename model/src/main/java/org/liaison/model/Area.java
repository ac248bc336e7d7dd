package org.liaison.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A cooperation area code: one of the shipped {@linkplain #vocabulary() vocabulary}, or an
 * extension code starting with {@code x-}. Any other code is kept as written and reported by
 * validation as {@code area.unknown}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Area {
  private static final Map<String, Area> VOCABULARY = new LinkedHashMap<>();

  static {
    known("talent-cultivation", "Talent cultivation", "Jointly educating and training students.");
    known("curriculum", "Curriculum", "Developing courses, majors and teaching material together.");
    known("internship", "Internship", "Placing students in internships and practical training.");
    known("employment", "Employment", "Recruiting graduates and creating jobs for them.");
    known(
        "training-base", "Training base", "Building bases for practical training or internships.");
    known("joint-laboratory", "Joint laboratory", "Laboratories run by both partners.");
    known("research", "Research", "Joint research and development.");
    known(
        "technology-transfer",
        "Technology transfer",
        "Turning research results into products and services.");
    known(
        "industry-education-integration",
        "Industry-education integration",
        "Integrating production and education; school-enterprise cooperation.");
    known("party-building", "Party building", "Joint Party organisation and Party-building work.");
    known(
        "international-education",
        "International education",
        "Education across borders: overseas programmes, colleges and partnerships.");
    known(
        "international-students",
        "International students",
        "Recruiting, teaching and integrating students from abroad.");
    known(
        "overseas-employment",
        "Overseas employment",
        "Sending graduates and workers to jobs abroad.");
    known("vocational-skills", "Vocational skills", "Training and certifying vocational skills.");
    known("teacher-training", "Teacher training", "Training teachers and exchanging staff.");
    known("entrepreneurship", "Entrepreneurship", "Incubating start-ups and teaching enterprise.");
    known("technology-finance", "Technology finance", "Financing of technology and industry.");
    known("social-service", "Social service", "Serving the local economy and society.");
  }

  private final String code;
  private final String label;
  private final String definition;

  private Area(String code, String label, String definition) {
    this.code = code;
    this.label = label;
    this.definition = definition;
  }

  private static void known(String code, String label, String definition) {
    VOCABULARY.put(code, new Area(code, label, definition));
  }

  /**
   * Returns the area with the given code: the shipped instance for a vocabulary code, a new one
   * otherwise.
   *
   * @throws IllegalArgumentException for a {@code null} or empty code; the message says what to
   *     write
   */
  public static Area of(String code) {
    Area known = VOCABULARY.get(code);
    if (known != null) {
      return known;
    }
    if (code == null || code.isEmpty()) {
      throw new IllegalArgumentException(
          "an area code must not be empty: write a code of the vocabulary, such as `research`,"
              + " or an extension code starting with `x-`");
    }
    return new Area(code, null, null);
  }

  /** The shipped vocabulary, in its documented order. */
  public static List<Area> vocabulary() {
    return List.copyOf(Collections.unmodifiableCollection(VOCABULARY.values()));
  }

  /** The code as written in files. */
  public String code() {
    return code;
  }

  /** Whether the code is in the shipped vocabulary. */
  public boolean isKnown() {
    return label != null;
  }

  /** Whether the code is an extension ({@code x-…}), allowed outside the vocabulary. */
  public boolean isExtension() {
    return code.startsWith("x-");
  }

  /** The English label of a vocabulary code. */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /** The one-line definition of a vocabulary code. */
  public Optional<String> definition() {
    return Optional.ofNullable(definition);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Area && ((Area) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
