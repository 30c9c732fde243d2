package dev.customers.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ValidationException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CursorIntegrityTest {

  @Property
  void anyFlippedBit_isRefusedAsACursorError(
      @ForAll @Size(max = 4) List<String> keys,
      @ForAll @IntRange(min = 0, max = 10_000) int position,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
    String cursor = Cursors.encode("search", keys.toArray(String[]::new));
    byte[] bytes = Base64.getUrlDecoder().decode(cursor);
    byte[] altered = Arrays.copyOf(bytes, bytes.length);
    altered[position % altered.length] ^= (byte) (1 << bit);
    String text = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
    assertThatThrownBy(() -> Cursors.read(text, "search", keys.size()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(err -> err.field()).containsExactly("cursor"));
  }

  @Property
  void typedKeys_thatDoNotParse_areCursorErrors(@ForAll String key) {
    Assume.that(!key.matches("[0-9a-fA-F-]{36}"));
    Cursors.Keys keys = Cursors.read(Cursors.encode("t", key), "t", 1);
    assertThat(keys.text(0)).isEqualTo(key);
    for (Runnable read :
        List.<Runnable>of(
            () -> keys.uuid(0),
            () -> keys.instant(0),
            () -> keys.date(0),
            () -> keys.constant(0, java.time.DayOfWeek.class))) {
      try {
        read.run();
      } catch (ValidationException expected) {
        assertThat(expected.errors()).extracting(err -> err.field()).containsExactly("cursor");
      }
    }
  }

  @Property(tries = 20)
  void aRefusedCursor_isQuotedShort(@ForAll @IntRange(min = 100, max = 200_000) int length) {
    String huge = "x".repeat(length);
    assertThatThrownBy(() -> Cursors.read(huge, "search", 3))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }
}
