package dev.customers.api.spi;

import static java.util.Objects.requireNonNull;

import dev.customers.api.StorageException;

/**
 * The storage holds a schema that a newer release of the SDK migrated; this release refuses to
 * start on it rather than read or write data laid out in a way it does not know.
 */
public final class SchemaTooNewException extends StorageException {
  private static final long serialVersionUID = 1L;

  private final String found;
  private final String newestKnown;

  /**
   * The error for a schema at {@code found} met by an SDK whose newest migration is {@code
   * newestKnown}.
   *
   * @param found the schema's version in the database
   * @param newestKnown the newest version this SDK has
   */
  public SchemaTooNewException(String found, String newestKnown) {
    super(
        "the customers schema in this database is at version "
            + requireNonNull(found, "found")
            + ", newer than this SDK's newest ("
            + requireNonNull(newestKnown, "newestKnown")
            + "): use the SDK release that migrated it, or point this one at another schema");
    this.found = found;
    this.newestKnown = newestKnown;
  }

  /**
   * The schema's version in the database.
   *
   * @return the schema's version in the database
   */
  public String found() {
    return found;
  }

  /**
   * The newest schema version this SDK has.
   *
   * @return the newest schema version this SDK has
   */
  public String newestKnown() {
    return newestKnown;
  }
}
