package org.liaison.testkit;

import java.util.List;
import java.util.Set;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.Severity;
import org.liaison.plugins.Rule;
import org.liaison.plugins.Subject;
import org.liaison.plugins.ValidationContext;
import org.liaison.plugins.Validator;

/**
 * A validator as a plugin author writes one: a delegation whose visiting side names nobody has no
 * leader ({@code no-leader}, about the record); one without a title is {@code untitled}, placed at
 * its date, unless the option {@code titles} is {@code optional}.
 */
final class NoLeaderValidator implements Validator {

  @Override
  public String id() {
    return "acme.delegations";
  }

  @Override
  public List<Rule> rules() {
    return List.of(
        Rule.of("no-leader", Severity.WARNING, "A delegation naming nobody."),
        Rule.of("untitled", Severity.INFO, "A delegation without a title."));
  }

  @Override
  public Set<String> options() {
    return Set.of("titles");
  }

  @Override
  public void validate(Dataset dataset, ValidationContext context) {
    boolean titles = !"optional".equals(context.options().get("titles"));
    for (Delegation d : dataset.delegations()) {
      if (d.visiting().members().isEmpty()) {
        context.report(
            "no-leader",
            "delegation `" + d.id() + "` has no leader: name its members",
            Subject.of(d));
      }
      if (titles && d.title().isEmpty()) {
        context.report(
            "untitled",
            "delegation `" + d.id() + "` has no title: add one",
            Subject.of(d, "/date"));
      }
    }
  }
}
