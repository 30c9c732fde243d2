package dev.customers.api.imports;

/**
 * What an import did with the rows it read: {@code read == created + updated + unchanged + failed}
 * always.
 *
 * @param read the rows read
 * @param created the rows that created a customer
 * @param updated the rows that changed a customer
 * @param unchanged the rows that matched a customer who already had every value
 * @param failed the rows reported as failed
 */
public record ImportCounts(long read, long created, long updated, long unchanged, long failed) {
  /** No rows. */
  public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

  /**
   * Checks the identity.
   *
   * @param read the rows read
   * @param created the rows that created a customer
   * @param updated the rows that changed a customer
   * @param unchanged the rows that matched a customer who already had every value
   * @param failed the rows reported as failed
   */
  public ImportCounts {
    if (read != created + updated + unchanged + failed
        || created < 0
        || updated < 0
        || unchanged < 0
        || failed < 0) {
      throw new IllegalArgumentException(
          "counts must add up: read "
              + read
              + " != created "
              + created
              + " + updated "
              + updated
              + " + unchanged "
              + unchanged
              + " + failed "
              + failed);
    }
  }

  /**
   * These counts plus others.
   *
   * @param other the others
   * @return the sum
   */
  public ImportCounts plus(ImportCounts other) {
    return new ImportCounts(
        read + other.read,
        created + other.created,
        updated + other.updated,
        unchanged + other.unchanged,
        failed + other.failed);
  }
}
