package dev.customers.api.spi;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void normalize_dropsCaseAccentsAndExtraSpaces() {
    assertThat(SearchText.normalize("  Zoë   ÅNGSTRÖM ")).isEqualTo("zoe angstrom");
    assertThat(SearchText.normalize("Ｆｕｌｌ")).isEqualTo("full");
  }

  @Test
  void phoneQueries_areDigitsAndPunctuationOnly() {
    assertThat(SearchText.isPhoneQuery("+1 (555) 010-44")).isTrue();
    assertThat(SearchText.isPhoneQuery("555a")).isFalse();
    assertThat(SearchText.isPhoneQuery("--")).isFalse();
    assertThat(SearchText.digits("+1 (555) 010-44")).isEqualTo("155501044");
  }

  /** The definition: decompose, drop marks, lower-case, collapse whitespace, trim. */
  private static String byDefinition(String text) {
    String bare =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "");
    return bare.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").trim();
  }

  @Property
  void normalize_isTheDefinition_forAnyText(@ForAll String text) {
    assertThat(SearchText.normalize(text)).isEqualTo(byDefinition(text));
  }

  @Property
  void normalize_isTheDefinition_forAsciiWithSpacesAndControls(
      @ForAll @net.jqwik.api.constraints.CharRange(from = '\u0000', to = '\u007f') String text) {
    assertThat(SearchText.normalize(text)).isEqualTo(byDefinition(text));
  }

  @Property
  void digits_areTheAsciiDigitsInOrder(@ForAll String text) {
    assertThat(SearchText.digits(text)).isEqualTo(text.replaceAll("[^0-9]", ""));
  }

  @Property
  void normalize_isIdempotent(@ForAll String text) {
    String once = SearchText.normalize(text);
    assertThat(SearchText.normalize(once)).isEqualTo(once);
  }
}
