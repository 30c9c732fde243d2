package dev.customers.api.spi;

import dev.customers.api.Page;
import dev.customers.api.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * Opaque cursor text for keyset paging, for adapters that want it: a tag naming the query's order
 * followed by the last row's key values.
 */
public final class Cursors {
  /** How much of a refused cursor an error quotes. */
  private static final int QUOTED = 40;

  private Cursors() {}

  /**
   * A cursor for the order named by {@code tag}, after a row with these key values. It ends with a
   * checksum of the rest, so a cursor changed on its way back is refused rather than read.
   *
   * @param tag the order the cursor belongs to, such as {@code list:NAME:ASC}
   * @param keys the last row's key values
   * @return the cursor text, safe in a URL
   */
  public static String encode(String tag, String... keys) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(tag);
      out.writeByte(keys.length);
      for (String key : keys) {
        out.writeUTF(key);
      }
      out.writeInt(checksum(bytes.toByteArray(), bytes.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * The key values of an intact cursor made with {@code tag} and {@code count} keys; any other text
   * is a validation error naming {@code cursor}.
   *
   * @param cursor the cursor the caller sent back
   * @param tag the order the query expects
   * @param count how many keys the order has
   * @return the key values, in the order they were encoded
   */
  public static List<String> decode(String cursor, String tag, int count) {
    return read(cursor, tag, count).values;
  }

  /**
   * The keys of an intact cursor made with {@code tag} and {@code count} keys, with readers that
   * refuse a key that is not of the expected type as a validation error naming {@code cursor}.
   *
   * @param cursor the cursor the caller sent back
   * @param tag the order the query expects
   * @param count how many keys the order has
   * @return the keys
   */
  public static Keys read(String cursor, String tag, int count) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw notOurs(cursor);
    }
    if (bytes.length < Integer.BYTES) {
      throw notOurs(cursor);
    }
    int body = bytes.length - Integer.BYTES;
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (!in.readUTF().equals(tag) || in.readByte() != count) {
        throw notOurs(cursor);
      }
      List<String> keys = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        keys.add(in.readUTF());
      }
      if (in.available() != Integer.BYTES || in.readInt() != checksum(bytes, body)) {
        throw notOurs(cursor);
      }
      return new Keys(cursor, List.copyOf(keys));
    } catch (IOException | IllegalArgumentException e) {
      throw notOurs(cursor);
    }
  }

  private static int checksum(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  /** The key values of a cursor, read as the types the query's order uses. */
  public static final class Keys {
    private final String cursor;
    private final List<String> values;

    private Keys(String cursor, List<String> values) {
      this.cursor = cursor;
      this.values = values;
    }

    /**
     * A key as text.
     *
     * @param index the key's position
     * @return the key
     */
    public String text(int index) {
      return values.get(index);
    }

    /**
     * A key as a UUID.
     *
     * @param index the key's position
     * @return the key
     */
    public UUID uuid(int index) {
      try {
        return UUID.fromString(values.get(index));
      } catch (IllegalArgumentException e) {
        throw notOurs(cursor);
      }
    }

    /**
     * A key as an instant.
     *
     * @param index the key's position
     * @return the key
     */
    public Instant instant(int index) {
      try {
        return Instant.parse(values.get(index));
      } catch (DateTimeParseException e) {
        throw notOurs(cursor);
      }
    }

    /**
     * A key as a date.
     *
     * @param index the key's position
     * @return the key
     */
    public LocalDate date(int index) {
      try {
        return LocalDate.parse(values.get(index));
      } catch (DateTimeParseException e) {
        throw notOurs(cursor);
      }
    }

    /**
     * A key as one of an enum's constants, by name.
     *
     * @param index the key's position
     * @param type the enum
     * @param <E> the enum's type
     * @return the key
     */
    public <E extends Enum<E>> E constant(int index, Class<E> type) {
      try {
        return Enum.valueOf(type, values.get(index));
      } catch (IllegalArgumentException e) {
        throw notOurs(cursor);
      }
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
    String quoted = cursor.length() > QUOTED ? cursor.substring(0, QUOTED) + "..." : cursor;
    return ValidationException.of("cursor", quoted, "is not a cursor this query produced");
  }
}
