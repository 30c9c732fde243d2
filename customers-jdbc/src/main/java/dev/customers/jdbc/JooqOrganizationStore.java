package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.NoteTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;

import dev.customers.api.ConflictException;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.org.Organization;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.OrganizationStore;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Organizations in SQL. */
final class JooqOrganizationStore implements OrganizationStore {
  private final DSLContext db;

  JooqOrganizationStore(DSLContext db) {
    this.db = db;
  }

  @Override
  public void insert(Organization organization) {
    if (db.fetchExists(ORGANIZATIONS, O_ID.eq(organization.id().value()))) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "organization " + organization.id() + " already exists",
          organization.id().toString());
    }
    db.insertInto(ORGANIZATIONS)
        .set(O_ID, organization.id().value())
        .set(O_NAME, organization.name())
        .set(O_TIME_ZONE, organization.timeZone().getId())
        .set(O_CREATED, Rows.utc(organization.createdAt()))
        .execute();
  }

  @Override
  public Optional<Organization> find(OrganizationId id) {
    return db.select(O_ID, O_NAME, O_TIME_ZONE, O_CREATED)
        .from(ORGANIZATIONS)
        .where(O_ID.eq(id.value()))
        .fetchOptional(Rows::organization);
  }

  @Override
  public Page<Organization> list(PageRequest request) {
    Condition after =
        request.cursor() == null
            ? DSL.noCondition()
            : O_ID.gt(Cursors.read(request.cursor(), "organizations", 1).uuid(0));
    List<Organization> rows =
        db.select(O_ID, O_NAME, O_TIME_ZONE, O_CREATED)
            .from(ORGANIZATIONS)
            .where(after)
            .orderBy(O_ID)
            .limit(request.limit() + 1)
            .fetch(Rows::organization);
    return Cursors.page(
        rows, request.limit(), o -> Cursors.encode("organizations", o.id().toString()));
  }
}
