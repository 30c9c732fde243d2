package dev.customers.api.spi;

import java.math.BigDecimal;

/**
 * The one form every store returns decimal numbers in (metric values, averages): no trailing zeros
 * and no exponent, so {@code 72.50} read back is {@code 72.5} and equals what was stored.
 */
public final class Decimals {
  private Decimals() {}

  /**
   * The value without trailing zeros, and never in exponent form.
   *
   * @param value the value
   * @return the value without trailing zeros, and never in exponent form
   */
  public static BigDecimal canonical(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
