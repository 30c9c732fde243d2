package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.NoteTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;
import static org.jooq.impl.DSL.when;

import dev.customers.api.ConflictException;
import dev.customers.api.NotFoundException;
import dev.customers.api.PersonId;
import dev.customers.api.roster.Person;
import dev.customers.api.spi.PersonStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Persons in SQL; a change of a person rewrites the search and email keys its customer rows copy.
 */
final class JooqPersonStore implements PersonStore {
  private final DSLContext db;

  JooqPersonStore(DSLContext db) {
    this.db = db;
  }

  @Override
  public void insert(Person person) {
    if (db.fetchExists(PERSONS, P_ID.eq(person.id().value()))) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "person " + person.id() + " already exists",
          person.id().toString());
    }
    db.insertInto(PERSONS)
        .set(P_ID, person.id().value())
        .set(P_CREATED, Rows.utc(person.createdAt()))
        .set(PersonCopy.columns(person))
        .execute();
  }

  @Override
  public void insertAll(List<Person> persons) {
    // Multi-row inserts of 500: a duplicate id fails on the primary key, which the session turns
    // into a DUPLICATE conflict, and the transaction rolls back whole.
    for (int from = 0; from < persons.size(); from += 500) {
      List<Person> chunk = persons.subList(from, Math.min(persons.size(), from + 500));
      var insert = db.insertInto(PERSONS).set(P_ID, chunk.get(0).id().value());
      for (int i = 0; i < chunk.size(); i++) {
        Person person = chunk.get(i);
        if (i > 0) {
          insert = insert.newRecord().set(P_ID, person.id().value());
        }
        insert =
            insert.set(P_CREATED, Rows.utc(person.createdAt())).set(PersonCopy.columns(person));
      }
      insert.execute();
    }
  }

  @Override
  public Optional<Person> find(PersonId id) {
    return db.select(PersonCopy.PERSON_FIELDS)
        .from(PERSONS)
        .where(P_ID.eq(id.value()))
        .fetchOptional(Rows::person);
  }

  @Override
  public void update(Person updated, long expectedVersion) {
    UUID id = updated.id().value();
    Person stored =
        find(updated.id()).orElseThrow(() -> new NotFoundException("person", updated.id()));
    if (stored.version() != expectedVersion) {
      throw ConflictException.staleVersion(
          "person", updated.id(), expectedVersion, stored.version());
    }
    String before = PersonCopy.emailKey(stored);
    String after = PersonCopy.emailKey(updated);
    // Another writer may have got in between the read above and this update.
    Sql.guardedUpdate(
        db,
        "person",
        updated.id(),
        PERSONS,
        P_ID.eq(id),
        P_VERSION,
        expectedVersion,
        PersonCopy.columns(updated));
    if (after != null && !after.equals(before)) {
      // Another active customer, in any organization this person is active in, already has the new
      // email. Checked after the person's row is written: the check reads every organization the
      // person is in, and a distributed database (Citus) refuses to write a reference table after
      // such a read in one transaction; a refusal here rolls the write back.
      Field<UUID> otherId = DSL.field(DSL.name("other", "id"), SQLDataType.UUID);
      Record holder =
          db.select(otherId)
              .from(CUSTOMERS.as("mine"))
              .join(CUSTOMERS.as("other"))
              .on(
                  DSL.field(DSL.name("other", "organization_id"), SQLDataType.UUID)
                      .eq(DSL.field(DSL.name("mine", "organization_id"), SQLDataType.UUID))
                      .and(
                          DSL.field(DSL.name("other", "active_email_key"), SQLDataType.VARCHAR)
                              .eq(after))
                      .and(otherId.ne(DSL.field(DSL.name("mine", "id"), SQLDataType.UUID))))
              .where(
                  DSL.field(DSL.name("mine", "person_id"), SQLDataType.UUID)
                      .eq(id)
                      .and(
                          DSL.field(DSL.name("mine", "status"), SQLDataType.VARCHAR)
                              .eq(PersonCopy.ACTIVE)))
              .limit(1)
              .fetchOne();
      if (holder != null) {
        throw PersonCopy.duplicateEmail(after, holder.get(otherId));
      }
    }
    db.update(CUSTOMERS)
        .set(PersonCopy.copy(updated))
        .set(
            C_ACTIVE_EMAIL,
            when(C_STATUS.eq(PersonCopy.ACTIVE), DSL.val(after, C_ACTIVE_EMAIL))
                .otherwise(DSL.castNull(C_ACTIVE_EMAIL)))
        .where(C_PERSON.eq(id))
        .execute();
  }
}
