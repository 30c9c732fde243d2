package dev.customers.api.spi;

import dev.customers.api.Page;
import dev.customers.api.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Opaque cursor text for keyset paging, for adapters that want it: a tag naming the query's order
 * followed by the last row's key values.
 */
public final class Cursors {
  private Cursors() {}

  /**
   * A cursor for the order named by {@code tag}, after a row with these key values.
   *
   * @param keys the keys
   * @param tag the tag
   * @return a cursor for the order named by {@code tag}, after a row with these key values
   */
  public static String encode(String tag, String... keys) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(tag);
      out.writeByte(keys.length);
      for (String key : keys) {
        out.writeUTF(key);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * The key values of a cursor made with {@code tag} and {@code count} keys; any other text is a
   * validation error naming {@code cursor}.
   *
   * @param count how many
   * @param cursor the cursor of the previous page, or null for the first
   * @param tag the tag
   * @return the key values of a cursor made with {@code tag} and {@code count} keys; any other text
   *     is a validation error naming {@code cursor}
   */
  public static List<String> decode(String cursor, String tag, int count) {
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
      if (!in.readUTF().equals(tag) || in.readByte() != count) {
        throw notOurs(cursor);
      }
      List<String> keys = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        keys.add(in.readUTF());
      }
      if (in.available() > 0) {
        throw notOurs(cursor);
      }
      return keys;
    } catch (IOException | IllegalArgumentException e) {
      throw notOurs(cursor);
    }
  }

  /**
   * A page from {@code rows} read with a limit of {@code limit + 1}: when the extra row is there,
   * the page keeps {@code limit} rows and its cursor is {@code cursorOf} the last one kept.
   *
   * @param <T> the type of the items
   * @param cursorOf the cursor of a row
   * @param limit the most items a page holds
   * @param rows the rows read, one more than the page when there are more
   * @return a page from {@code rows} read with a limit of {@code limit + 1}: when the extra row is
   *     there, the page keeps {@code limit} rows and its cursor is {@code cursorOf} the last one
   *     kept
   */
  public static <T> Page<T> page(List<T> rows, int limit, Function<T, String> cursorOf) {
    if (rows.size() <= limit) {
      return Page.last(rows);
    }
    List<T> items = rows.subList(0, limit);
    return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
  }

  private static ValidationException notOurs(String cursor) {
    return ValidationException.of("cursor", cursor, "is not a cursor this query produced");
  }
}
