package org.liaison.cli;

import org.liaison.model.Severity;
import org.liaison.model.WireEnum;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code error} or {@code warning} for {@code --fail-on}. */
final class SeverityConverter implements ITypeConverter<Severity> {
  @Override
  public Severity convert(String value) {
    return WireEnum.find(Severity.class, value)
        .filter(s -> s != Severity.INFO)
        .orElseThrow(
            () -> new TypeConversionException("expected error or warning, found '" + value + "'"));
  }
}
