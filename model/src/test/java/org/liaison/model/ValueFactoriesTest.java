package org.liaison.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The text-to-value factories ({@code of}) and the finds by wire name ({@code find}). */
class ValueFactoriesTest {

  @Test
  void areaOf_returnsTheShippedInstanceOrKeepsAnUnknownCode() {
    assertThat(Area.of("research")).isSameAs(Area.of("research"));
    assertThat(Area.of("research").isKnown()).isTrue();
    assertThat(Area.of("x-space").isExtension()).isTrue();
    assertThat(Area.of("resarch").isKnown()).isFalse();
  }

  @Test
  void areaOf_refusesAnEmptyCodeSayingWhatToWrite() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Area.of(""))
        .withMessageContaining("an area code must not be empty")
        .withMessageContaining("starting with `x-`");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Area.of(null))
        .withMessageContaining("an area code must not be empty");
  }

  @Test
  void builtinCodeFind_findsACodeByItsText() {
    assertThat(BuiltinCode.find("value.id")).contains(BuiltinCode.VALUE_ID);
    assertThat(BuiltinCode.find("value.nope")).isEmpty();
    assertThat(BuiltinCode.find(null)).isEmpty();
  }

  @Test
  void wireEnumFind_findsAConstantByItsWireName() {
    assertThat(WireEnum.find(Severity.class, "warning")).contains(Severity.WARNING);
    assertThat(WireEnum.find(InstitutionKind.class, "vocational-college"))
        .contains(InstitutionKind.VOCATIONAL_COLLEGE);
    assertThat(WireEnum.find(Severity.class, "WARNING")).isEmpty();
    assertThat(WireEnum.find(Severity.class, null)).isEmpty();
  }
}
