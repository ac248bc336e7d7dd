package org.liaison.plugins.exporters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liaison.model.Area;
import org.liaison.model.Dataset;
import org.liaison.model.Institution;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.PartialDate;
import org.liaison.model.Person;
import org.liaison.model.Place;
import org.liaison.model.Quantity;
import org.liaison.model.Ref;
import org.liaison.model.WireEnum;

/** Plain-text renderings shared by the exporters: places, names, quantities, short labels. */
public final class Texts {
  private Texts() {}

  /**
   * A cell or scalar as text: empty for {@code null} or an empty optional, the wire name of a
   * vocabulary value, the id of a reference, the plain digits of a number.
   */
  public static String cell(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(Texts::cell).orElse("");
    }
    if (value == null) {
      return "";
    }
    if (value instanceof WireEnum) {
      return ((WireEnum) value).wireName();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Area) {
      return ((Area) value).code();
    }
    return value.toString(); // Ref, Id and PartialDate print as written in files
  }

  /** A place as one line, most precise part first ({@code 1 Road, Shanghai, CN}); may be empty. */
  public static String place(Optional<Place> place) {
    return place
        .map(
            p ->
                Stream.of(p.address(), p.city(), p.region(), p.country())
                    .flatMap(Optional::stream)
                    .collect(Collectors.joining(", ")))
        .orElse("");
  }

  /** The name of the referenced institution, or its id when it does not resolve. */
  public static String name(Dataset data, Ref<Institution> ref) {
    return data.resolve(ref).map(Institution::name).orElse(ref.id().value());
  }

  /** The name of the referenced person, or their id when it does not resolve. */
  public static String personName(Dataset data, Ref<Person> ref) {
    return data.resolve(ref).map(Person::name).orElse(ref.id().value());
  }

  /** The names of {@code refs}, joined with {@code ", "}. */
  public static String names(Dataset data, List<Ref<Institution>> refs) {
    return refs.stream().map(r -> name(data, r)).collect(Collectors.joining(", "));
  }

  /** A quantity in words: {@code more than 1000 job opportunities per year}. */
  public static String quantity(Quantity q) {
    StringBuilder s = new StringBuilder();
    q.qualifier().ifPresent(k -> s.append(k.wireName().replace('-', ' ')).append(' '));
    s.append(q.value().toPlainString());
    q.unit().ifPresent(u -> s.append(' ').append(u));
    q.per().ifPresent(p -> s.append(" per ").append(p.wireName()));
    return s.toString();
  }

  /** A vocabulary value in words: {@code signing ceremony}. */
  public static String words(WireEnum value) {
    return value.wireName().replace('-', ' ');
  }

  /** {@code text} with its first letter in upper case. */
  public static String capital(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** {@code text} cut to at most {@code max} characters at a word break, with {@code …}. */
  public static String shorten(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max - 1);
    return flat.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
  }

  /** {@code text} broken into lines of about {@code width} characters at word breaks. */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * A delegation's date or range as written: {@code 2024-03-21} or {@code 2024-03-21 – 2024-03-23}.
   */
  public static String dates(PartialDate date, Optional<PartialDate> end) {
    return end.filter(e -> !e.equals(date)).map(e -> date + " – " + e).orElse(date.toString());
  }

  /** The record's title or name where it has one, else its id. */
  public static String title(LiaisonRecord record) {
    return record.displayName();
  }
}
