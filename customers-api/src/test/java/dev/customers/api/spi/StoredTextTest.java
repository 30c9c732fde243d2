package dev.customers.api.spi;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class StoredTextTest {

  /** The definition: every code point lowered on its own, so the length never changes. */
  private static String byDefinition(String text) {
    StringBuilder lower = new StringBuilder(text.length());
    text.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
    return lower.toString();
  }

  @Property
  void lowerCase_isTheDefinition_forAnyText(@ForAll String text) {
    assertThat(StoredText.lowerCase(text)).isEqualTo(byDefinition(text));
  }

  @Property
  void lowerCase_isTheDefinition_forAscii(
      @ForAll @net.jqwik.api.constraints.CharRange(from = ' ', to = '~') String text) {
    assertThat(StoredText.lowerCase(text)).isEqualTo(byDefinition(text)).hasSameSizeAs(text);
  }
}
