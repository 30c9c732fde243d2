package dev.customers.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ValidationException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class CursorsTest {

  @Property
  void decode_ofEncode_givesTheKeysBack(
      @ForAll String tag, @ForAll @Size(max = 5) List<String> keys) {
    String cursor = Cursors.encode(tag, keys.toArray(String[]::new));
    assertThat(Cursors.decode(cursor, tag, keys.size())).containsExactlyElementsOf(keys);
  }

  @Property
  void decode_withAnotherTag_isAValidationErrorNamingCursor(
      @ForAll @Size(max = 3) List<String> keys) {
    String cursor = Cursors.encode("list:NAME:ASC", keys.toArray(String[]::new));
    assertThatThrownBy(() -> Cursors.decode(cursor, "list:JOINED:ASC", keys.size()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("cursor"));
  }

  @Property
  void decode_ofArbitraryText_neverFailsWithAnythingButAValidationError(@ForAll String text) {
    try {
      Cursors.decode(text, "search", 3);
    } catch (ValidationException expected) {
      assertThat(expected.errors()).extracting(e -> e.field()).containsExactly("cursor");
    }
  }
}
