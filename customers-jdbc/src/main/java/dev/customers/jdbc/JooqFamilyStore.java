package dev.customers.jdbc;

import static dev.customers.jdbc.FamilyTables.*;

import dev.customers.api.ConflictException;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.family.GuardianLink;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.Relationship;
import dev.customers.api.spi.FamilyStore;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;

/**
 * Guardian links in SQL, one row per guardian and dependant; permissions as a list of names. Every
 * statement names the organization, so on Citus each routes to one shard.
 */
final class JooqFamilyStore implements FamilyStore {
  private static final List<Field<?>> COLUMNS =
      List.of(
          GL_ORG,
          GL_DEPENDANT,
          GL_GUARDIAN,
          GL_RELATIONSHIP,
          GL_PERMISSIONS,
          GL_CREATED,
          GL_UPDATED);

  private final DSLContext db;

  JooqFamilyStore(DSLContext db) {
    this.db = db;
  }

  @Override
  public void lockLinks(OrganizationId organizationId) {
    // The settings row is held; the first write of an organization makes it. Held first and made
    // only when missing: an INSERT that ignores a duplicate share-locks the existing row on
    // MariaDB, and two such share locks waiting to become exclusive are a deadlock.
    if (lockSettings(organizationId)) {
      return;
    }
    // jOOQ cannot emulate an INSERT that ignores a duplicate on H2 without the table's meta data.
    // H2 undoes a failed statement alone, so a row another transaction made first is ignored here.
    if (db.dialect().family() == SQLDialect.H2) {
      try {
        db.insertInto(SETTINGS).set(FS_ORG, organizationId.value()).execute();
      } catch (DataAccessException e) {
        if (!(Errors.translate(e) instanceof ConflictException)) {
          throw e;
        }
      }
    } else {
      db.insertInto(SETTINGS).set(FS_ORG, organizationId.value()).onDuplicateKeyIgnore().execute();
    }
    lockSettings(organizationId);
  }

  private boolean lockSettings(OrganizationId organizationId) {
    return db.select(FS_ORG)
        .from(SETTINGS)
        .where(FS_ORG.eq(organizationId.value()))
        .forUpdate()
        .fetchOptional()
        .isPresent();
  }

  @Override
  public void insert(GuardianLink link) {
    if (find(link.organizationId(), link.guardian(), link.dependant()).isPresent()) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "person "
              + link.guardian()
              + " is already a guardian of person "
              + link.dependant()
              + ": change the link instead",
          null);
    }
    db.insertInto(LINKS)
        .set(GL_ORG, link.organizationId().value())
        .set(GL_DEPENDANT, link.dependant().value())
        .set(GL_GUARDIAN, link.guardian().value())
        .set(GL_RELATIONSHIP, link.relationship().name())
        .set(GL_PERMISSIONS, names(link.permissions()))
        .set(GL_CREATED, Rows.utc(link.createdAt()))
        .set(GL_UPDATED, Rows.utc(link.updatedAt()))
        .execute();
  }

  @Override
  public void update(GuardianLink link) {
    int changed =
        db.update(LINKS)
            .set(GL_RELATIONSHIP, link.relationship().name())
            .set(GL_PERMISSIONS, names(link.permissions()))
            .set(GL_UPDATED, Rows.utc(link.updatedAt()))
            .where(key(link.organizationId(), link.guardian(), link.dependant()))
            .execute();
    if (changed == 0) {
      throw new NotFoundException(
          "guardian link", link.guardian() + " (guardian) to " + link.dependant() + " (dependant)");
    }
  }

  @Override
  public boolean delete(OrganizationId organizationId, PersonId guardian, PersonId dependant) {
    return db.deleteFrom(LINKS).where(key(organizationId, guardian, dependant)).execute() > 0;
  }

  @Override
  public Optional<GuardianLink> find(
      OrganizationId organizationId, PersonId guardian, PersonId dependant) {
    return db.select(COLUMNS)
        .from(LINKS)
        .where(key(organizationId, guardian, dependant))
        .fetchOptional(JooqFamilyStore::link);
  }

  @Override
  public List<GuardianLink> dependantsOf(OrganizationId organizationId, PersonId guardian) {
    return db.select(COLUMNS)
        .from(LINKS)
        .where(GL_ORG.eq(organizationId.value()).and(GL_GUARDIAN.eq(guardian.value())))
        .orderBy(GL_DEPENDANT)
        .fetch(JooqFamilyStore::link);
  }

  @Override
  public List<GuardianLink> guardiansOf(OrganizationId organizationId, PersonId dependant) {
    return db.select(COLUMNS)
        .from(LINKS)
        .where(GL_ORG.eq(organizationId.value()).and(GL_DEPENDANT.eq(dependant.value())))
        .orderBy(GL_GUARDIAN)
        .fetch(JooqFamilyStore::link);
  }

  @Override
  public OptionalInt ageOfMajority(OrganizationId organizationId) {
    Integer years =
        db.select(FS_AGE)
            .from(SETTINGS)
            .where(FS_ORG.eq(organizationId.value()))
            .fetchOptional(FS_AGE)
            .orElse(null);
    return years == null ? OptionalInt.empty() : OptionalInt.of(years);
  }

  @Override
  public void setAgeOfMajority(OrganizationId organizationId, int years) {
    lockLinks(organizationId);
    db.update(SETTINGS).set(FS_AGE, years).where(FS_ORG.eq(organizationId.value())).execute();
  }

  private static Condition key(
      OrganizationId organizationId, PersonId guardian, PersonId dependant) {
    return GL_ORG
        .eq(organizationId.value())
        .and(GL_DEPENDANT.eq(dependant.value()))
        .and(GL_GUARDIAN.eq(guardian.value()));
  }

  private static String names(Set<GuardianPermission> permissions) {
    return permissions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  private static GuardianLink link(Record r) {
    String names = r.get(GL_PERMISSIONS);
    Set<GuardianPermission> permissions = EnumSet.noneOf(GuardianPermission.class);
    if (!names.isEmpty()) {
      Arrays.stream(names.split(",")).map(GuardianPermission::valueOf).forEach(permissions::add);
    }
    return new GuardianLink(
        OrganizationId.of(r.get(GL_ORG)),
        PersonId.of(r.get(GL_GUARDIAN)),
        PersonId.of(r.get(GL_DEPENDANT)),
        Relationship.valueOf(r.get(GL_RELATIONSHIP)),
        permissions,
        Rows.instant(r.get(GL_CREATED)),
        Rows.instant(r.get(GL_UPDATED)));
  }
}
