package dev.customers.jdbc;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * How the table classes declare columns. Tables are written out rather than generated: the three
 * dialects' migrations differ in types (UUID or CHAR(36), TIMESTAMP or DATETIME), which jOOQ's
 * DDL-based generator would see as three schemas, while the names and Java types are the same for
 * all of them. The store contracts on every database check that each name matches its column.
 */
final class Columns {
  private Columns() {}

  /** One of the SDK's tables, in its schema ({@link SchemaPlacement} maps the name at render). */
  static Table<Record> sdkTable(String name) {
    return table(name(SchemaPlacement.DEFAULT, name));
  }

  static <T> Field<T> col(Table<?> table, String column, DataType<T> type) {
    return field(name(table.getName(), column), type);
  }
}
