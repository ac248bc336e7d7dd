package org.liaison.plugins.validators;

import java.util.List;
import org.liaison.io.locating.JsonPointer;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Dataset;
import org.liaison.model.Institution;
import org.liaison.plugins.Rule;
import org.liaison.plugins.Subject;
import org.liaison.plugins.ValidationContext;
import org.liaison.plugins.Validator;

/**
 * Checks institutions' external identifiers of the known schemes: ROR ids with their check digits,
 * Wikidata item ids, Chinese unified social credit codes with their check character, and ISNIs with
 * their check character. Other schemes are kept unchecked.
 */
public final class IdentifierValidator implements Validator {

  @Override
  public String id() {
    return "liaison.identifiers";
  }

  @Override
  public String description() {
    return "ROR, Wikidata, unified social credit code and ISNI identifiers, with check digits.";
  }

  @Override
  public List<Rule> rules() {
    return Builtins.rules(BuiltinCode.VALUE_IDENTIFIER);
  }

  @Override
  public void validate(Dataset data, ValidationContext context) {
    for (Institution i : data.institutions()) {
      i.identifiers()
          .forEach(
              (scheme, value) ->
                  Identifiers.check(scheme, value)
                      .ifPresent(
                          message ->
                              context.report(
                                  BuiltinCode.VALUE_IDENTIFIER.code(),
                                  message,
                                  Subject.of(i, JsonPointer.child("/identifiers", scheme)))));
    }
  }
}
