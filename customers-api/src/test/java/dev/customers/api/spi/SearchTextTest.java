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

  @Property
  void normalize_isIdempotent(@ForAll String text) {
    String once = SearchText.normalize(text);
    assertThat(SearchText.normalize(once)).isEqualTo(once);
  }
}
