package dev.customers.core.internal;

import dev.customers.api.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a stored number or time may be, the same for every adapter: what the decimal columns hold
 * (20 digits before the point, 6 after) and the instants every supported database keeps exactly.
 * Every check here costs the same whatever the size of a hostile value: lengths and bit counts are
 * compared before any digit is worked out, so a number of a million digits is refused at once.
 */
public final class Limits {
  /** Digits before the point that a stored number may have. */
  public static final int INTEGER_DIGITS = 20;

  /** Digits after the point that a stored number may have. */
  public static final int SCALE = 6;

  /** The earliest instant a reading may have (MariaDB's DATETIME starts at year 1000). */
  public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  /** The first instant past what every database keeps (MariaDB's DATETIME ends in 9999). */
  public static final Instant END = Instant.parse("9999-12-31T23:59:59.999999Z");

  /** Longer number text cannot be a number the columns hold, and is refused unparsed. */
  private static final int NUMBER_TEXT = 64;

  /** A number's unscaled value above this many bits has more digits than the columns hold. */
  private static final int UNSCALED_BITS = 100;

  private static final int QUOTED = 40;

  private Limits() {}

  /**
   * Whether the number fits the columns with at most {@code scale} digits after the point, worked
   * out without expanding it.
   *
   * @param value the number
   * @param scale the digits after the point it may have
   * @return whether it fits
   */
  public static boolean fits(BigDecimal value, int scale) {
    if (value.unscaledValue().bitLength() > UNSCALED_BITS) {
      return false;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() <= scale && stripped.precision() - stripped.scale() <= INTEGER_DIGITS;
  }

  /**
   * The number written as text, or null when it is not one or cannot fit the columns: text too long
   * to be such a number is refused before it is parsed (parsing is slower than linear).
   *
   * @param text the text
   * @param scale the digits after the point it may have
   * @return the number, or null
   */
  public static @Nullable BigDecimal parse(String text, int scale) {
    if (text.length() > NUMBER_TEXT) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(text);
      return fits(value, scale) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * A number as an error message may quote it: short, and never expanded.
   *
   * @param value the number
   * @return its text, or a description when it is long
   */
  public static String quote(BigDecimal value) {
    if (value.unscaledValue().bitLength() > UNSCALED_BITS) {
      return "a number of about " + (int) (value.unscaledValue().bitLength() * 0.30103) + " digits";
    }
    String text = value.toString();
    return text.length() > QUOTED ? text.substring(0, QUOTED) + "..." : text;
  }

  /**
   * Refuses a number that does not fit the columns with at most {@code scale} decimals.
   *
   * @param field the name the error gives
   * @param value the number
   * @param scale the digits after the point it may have
   * @param whose what the decimals belong to, for the message (such as "metric visits")
   */
  public static void requireFits(String field, BigDecimal value, int scale, String whose) {
    if (fits(value, scale)) {
      return;
    }
    boolean tooPrecise =
        value.unscaledValue().bitLength() <= UNSCALED_BITS
            && value.stripTrailingZeros().scale() > scale;
    throw ValidationException.of(
        field,
        quote(value),
        tooPrecise
            ? "has more than the " + scale + " decimals " + whose + " keeps"
            : "has more than " + INTEGER_DIGITS + " digits before the point, or too many digits");
  }

  /**
   * The instant moved into what the stores keep, for the ends of a query's range.
   *
   * @param instant the instant
   * @return the instant, no earlier than {@link #EARLIEST} and no later than {@link #END}
   */
  public static Instant clamp(Instant instant) {
    return instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(END) ? END : instant;
  }
}
