package com.example.liaison;

import java.util.List;
import java.util.Set;
import org.liaison.model.Agreement;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Ref;
import org.liaison.model.Severity;
import org.liaison.model.Source;
import org.liaison.plugins.Rule;
import org.liaison.plugins.Subject;
import org.liaison.plugins.ValidationContext;
import org.liaison.plugins.Validator;

/**
 * Asks every delegation and agreement to cite at least {@code minimum} sources (option, default 1):
 * a newsroom that wants two independent reports before a fact goes in sets it to 2. Reports {@code
 * example.sources/too-few}.
 */
public final class SourceCountValidator implements Validator {
  static final String TOO_FEW = "too-few";

  @Override
  public String id() {
    return "example.sources";
  }

  @Override
  public String description() {
    return "Delegations and agreements cite at least `minimum` sources (default 1).";
  }

  @Override
  public List<Rule> rules() {
    return List.of(
        Rule.of(
            TOO_FEW,
            Severity.WARNING,
            "A delegation or agreement cites fewer sources than the `minimum` option asks."));
  }

  @Override
  public Set<String> options() {
    return Set.of("minimum");
  }

  @Override
  public void validate(Dataset dataset, ValidationContext context) {
    int minimum = minimum(context);
    for (Delegation d : dataset.delegations()) {
      check(context, d, d.sources(), minimum);
    }
    for (Agreement a : dataset.agreements()) {
      check(context, a, a.sources(), minimum);
    }
  }

  private static int minimum(ValidationContext context) {
    String value = context.options().getOrDefault("minimum", "1");
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option minimum must be a whole number, not " + value);
    }
  }

  private static void check(
      ValidationContext context, LiaisonRecord record, List<Ref<Source>> sources, int minimum) {
    if (sources.size() < minimum) {
      context.report(
          TOO_FEW,
          record.recordKind().wireName()
              + " `"
              + record.id()
              + "` cites "
              + sources.size()
              + " source(s), fewer than the "
              + minimum
              + " this project asks for:"
              + " add sources",
          Subject.of(record, "/sources"));
    }
  }
}
