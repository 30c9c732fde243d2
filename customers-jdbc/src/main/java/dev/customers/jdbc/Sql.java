package dev.customers.jdbc;

import dev.customers.api.ConflictException;
import dev.customers.api.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** SQL helpers the JDBC stores share. */
final class Sql {
  /** IN lists are cut to this size, well inside every database's limit on bind values. */
  private static final int CHUNK = 500;

  private Sql() {}

  /** The text as a LIKE pattern matches it literally, with backslash as the escape character. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The items in lists of at most {@value #CHUNK}, for IN lists. */
  static <T> List<List<T>> chunks(Collection<T> items) {
    List<T> all = new ArrayList<>(items);
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }

  /**
   * Runs a guarded {@code UPDATE ... WHERE <row> AND version = expected}. When it changes no row, a
   * locking re-read tells a row that is gone (not found) from one another writer moved on (stale
   * version): a plain read would show MariaDB's repeatable-read snapshot, not the newer version.
   */
  static void guardedUpdate(
      DSLContext db,
      String entity,
      Object id,
      Table<?> table,
      Condition row,
      Field<Long> version,
      long expectedVersion,
      java.util.Map<Field<?>, ?> columns) {
    int changed =
        db.update(table).set(columns).where(row.and(version.eq(expectedVersion))).execute();
    if (changed > 0) {
      return;
    }
    Long actual = db.select(version).from(table).where(row).forUpdate().fetchOne(version);
    if (actual == null) {
      throw new NotFoundException(entity, id);
    }
    throw ConflictException.staleVersion(entity, id, expectedVersion, actual);
  }
}
