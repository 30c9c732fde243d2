package dev.customers.api.roster;

/** How a filter compares a stored value with the one it was given. */
public enum Comparison {
  /** Equal to the operand. */
  EQ,
  /** Less than the operand. */
  LT,
  /** Less than or equal to the operand. */
  LE,
  /** Greater than the operand. */
  GT,
  /** Greater than or equal to the operand. */
  GE;

  /**
   * Whether {@code compared} (stored value compared to operand, as from compareTo) satisfies this.
   *
   * @param compared the result of a compareTo
   * @return whether {@code compared} (stored value compared to operand, as from compareTo)
   *     satisfies this
   */
  public boolean test(int compared) {
    return switch (this) {
      case EQ -> compared == 0;
      case LT -> compared < 0;
      case LE -> compared <= 0;
      case GT -> compared > 0;
      case GE -> compared >= 0;
    };
  }
}
