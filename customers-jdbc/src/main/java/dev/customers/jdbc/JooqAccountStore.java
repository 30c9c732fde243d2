package dev.customers.jdbc;

import static dev.customers.jdbc.AccountTables.*;

import dev.customers.api.ConflictException;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.spi.AccountStore;
import dev.customers.api.spi.Credential;
import dev.customers.api.spi.StoredInvite;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Account invites and credentials in SQL. A claim uses its invite with one conditional update, so
 * of two concurrent claims the database lets one change the row.
 */
final class JooqAccountStore implements AccountStore {
  private static final List<Field<?>> INVITE_COLUMNS =
      List.of(
          AI_ORG,
          AI_HASH,
          AI_PERSON,
          AI_PURPOSE,
          AI_SENT_TO,
          AI_CREATED,
          AI_EXPIRES,
          AI_STATE,
          AI_ENDED);
  private static final List<Field<?>> CREDENTIAL_COLUMNS =
      List.of(CR_ORG, CR_PERSON, CR_HASH, CR_FAILED, CR_LOCKED, CR_UPDATED);

  private final DSLContext db;

  JooqAccountStore(DSLContext db) {
    this.db = db;
  }

  @Override
  public void insertInvite(StoredInvite invite) {
    if (findInvite(invite.organizationId(), invite.tokenHash()).isPresent()) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE, "an invite with this token exists already", null);
    }
    db.insertInto(INVITES)
        .set(AI_ORG, invite.organizationId().value())
        .set(AI_HASH, invite.tokenHash())
        .set(AI_PERSON, invite.personId().value())
        .set(AI_PURPOSE, invite.purpose())
        .set(AI_SENT_TO, invite.sentTo())
        .set(AI_CREATED, Rows.utc(invite.createdAt()))
        .set(AI_EXPIRES, Rows.utc(invite.expiresAt()))
        .set(AI_STATE, invite.state().name())
        .set(AI_ENDED, Rows.utcOrNull(invite.endedAt()))
        .execute();
  }

  @Override
  public List<StoredInvite> invites(OrganizationId organizationId, PersonId personId) {
    return db.select(INVITE_COLUMNS)
        .from(INVITES)
        .where(AI_ORG.eq(organizationId.value()).and(AI_PERSON.eq(personId.value())))
        .orderBy(AI_CREATED.desc(), AI_HASH.desc())
        .fetch(JooqAccountStore::invite);
  }

  @Override
  public Optional<StoredInvite> findInvite(OrganizationId organizationId, String tokenHash) {
    return db.select(INVITE_COLUMNS)
        .from(INVITES)
        .where(AI_ORG.eq(organizationId.value()).and(AI_HASH.eq(tokenHash)))
        .fetchOptional(JooqAccountStore::invite);
  }

  @Override
  public int endPending(
      OrganizationId organizationId, PersonId personId, StoredInvite.State to, Instant at) {
    return db.update(INVITES)
        .set(AI_STATE, to.name())
        .set(AI_ENDED, Rows.utc(at))
        .where(
            AI_ORG
                .eq(organizationId.value())
                .and(AI_PERSON.eq(personId.value()))
                .and(AI_STATE.eq(StoredInvite.State.PENDING.name())))
        .execute();
  }

  @Override
  public boolean consume(OrganizationId organizationId, String tokenHash, Instant now) {
    LocalDateTime at = Rows.utc(now);
    return db.update(INVITES)
            .set(AI_STATE, StoredInvite.State.CLAIMED.name())
            .set(AI_ENDED, at)
            .where(
                AI_ORG
                    .eq(organizationId.value())
                    .and(AI_HASH.eq(tokenHash))
                    .and(AI_STATE.eq(StoredInvite.State.PENDING.name()))
                    .and(AI_EXPIRES.gt(at)))
            .execute()
        == 1;
  }

  @Override
  public Optional<Credential> lockCredential(OrganizationId organizationId, PersonId personId) {
    return db.select(CREDENTIAL_COLUMNS)
        .from(CREDENTIALS)
        .where(CR_ORG.eq(organizationId.value()).and(CR_PERSON.eq(personId.value())))
        .forUpdate()
        .fetchOptional(JooqAccountStore::credential);
  }

  @Override
  public ClaimStatus claimStatus(OrganizationId organizationId, PersonId personId, Instant now) {
    Condition pending =
        AI_ORG
            .eq(organizationId.value())
            .and(AI_PERSON.eq(personId.value()))
            .and(AI_STATE.eq(StoredInvite.State.PENDING.name()));
    String status =
        db.select(
                DSL.when(
                        DSL.exists(
                            DSL.selectOne()
                                .from(CREDENTIALS)
                                .where(
                                    CR_ORG
                                        .eq(organizationId.value())
                                        .and(CR_PERSON.eq(personId.value())))),
                        DSL.inline(ClaimStatus.CLAIMED.name()))
                    .when(
                        DSL.exists(
                            DSL.selectOne()
                                .from(INVITES)
                                .where(pending.and(AI_EXPIRES.gt(Rows.utc(now))))),
                        DSL.inline(ClaimStatus.INVITED.name()))
                    .when(
                        DSL.exists(DSL.selectOne().from(INVITES).where(pending)),
                        DSL.inline(ClaimStatus.EXPIRED.name()))
                    .else_(DSL.inline(ClaimStatus.NOT_INVITED.name())))
            .fetchSingle()
            .value1();
    return ClaimStatus.valueOf(status);
  }

  @Override
  public Optional<Credential> credential(OrganizationId organizationId, PersonId personId) {
    return db.select(CREDENTIAL_COLUMNS)
        .from(CREDENTIALS)
        .where(CR_ORG.eq(organizationId.value()).and(CR_PERSON.eq(personId.value())))
        .fetchOptional(JooqAccountStore::credential);
  }

  @Override
  public boolean hasCredential(OrganizationId organizationId, PersonId personId) {
    return db.fetchExists(
        CREDENTIALS, CR_ORG.eq(organizationId.value()).and(CR_PERSON.eq(personId.value())));
  }

  @Override
  public void putCredential(Credential credential) {
    int updated =
        db.update(CREDENTIALS)
            .set(CR_HASH, credential.passwordHash())
            .set(CR_FAILED, credential.failedLogins())
            .set(CR_LOCKED, Rows.utcOrNull(credential.lockedUntil()))
            .set(CR_UPDATED, Rows.utc(credential.updatedAt()))
            .where(
                CR_ORG
                    .eq(credential.organizationId().value())
                    .and(CR_PERSON.eq(credential.personId().value())))
            .execute();
    if (updated == 0) {
      db.insertInto(CREDENTIALS)
          .set(CR_ORG, credential.organizationId().value())
          .set(CR_PERSON, credential.personId().value())
          .set(CR_HASH, credential.passwordHash())
          .set(CR_FAILED, credential.failedLogins())
          .set(CR_LOCKED, Rows.utcOrNull(credential.lockedUntil()))
          .set(CR_UPDATED, Rows.utc(credential.updatedAt()))
          .execute();
    }
  }

  private static StoredInvite invite(Record r) {
    LocalDateTime ended = r.get(AI_ENDED);
    return new StoredInvite(
        OrganizationId.of(r.get(AI_ORG)),
        r.get(AI_HASH),
        PersonId.of(r.get(AI_PERSON)),
        r.get(AI_PURPOSE),
        r.get(AI_SENT_TO),
        Rows.instant(r.get(AI_CREATED)),
        Rows.instant(r.get(AI_EXPIRES)),
        StoredInvite.State.valueOf(r.get(AI_STATE)),
        ended == null ? null : Rows.instant(ended));
  }

  private static Credential credential(Record r) {
    LocalDateTime locked = r.get(CR_LOCKED);
    return new Credential(
        OrganizationId.of(r.get(CR_ORG)),
        PersonId.of(r.get(CR_PERSON)),
        r.get(CR_HASH),
        r.get(CR_FAILED),
        locked == null ? null : Rows.instant(locked),
        Rows.instant(r.get(CR_UPDATED)));
  }
}
