package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.NoteTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.spi.ConsentStore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Consent purposes and records in SQL, with the current decision kept on write. */
final class JooqConsentStore implements ConsentStore {
  private final DSLContext db;

  JooqConsentStore(DSLContext db) {
    this.db = db;
  }

  @Override
  public void insertPurpose(OrganizationId organizationId, ConsentPurpose purpose) {
    if (db.fetchExists(PURPOSES, CP_ORG.eq(organizationId.value()).and(CP_KEY.eq(purpose.key())))) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "consent purpose " + purpose.key() + " already exists",
          purpose.key());
    }
    db.insertInto(PURPOSES)
        .set(CP_ORG, organizationId.value())
        .set(CP_KEY, purpose.key())
        .set(CP_LABEL, purpose.label())
        .execute();
  }

  @Override
  public List<ConsentPurpose> purposes(OrganizationId organizationId) {
    return db.select(CP_KEY, CP_LABEL)
        .from(PURPOSES)
        .where(CP_ORG.eq(organizationId.value()))
        .orderBy(CP_KEY)
        .fetch(r -> new ConsentPurpose(r.get(CP_KEY), r.get(CP_LABEL)));
  }

  @Override
  public void append(ConsentRecord record) {
    UUID org = record.organizationId().value();
    db.insertInto(CONSENT_HISTORY)
        .set(CH_ORG, org)
        .set(CH_ID, record.id())
        .set(CH_CUSTOMER, record.customerId().value())
        .set(CH_PURPOSE, record.purpose())
        .set(CH_STATUS, record.status().name())
        .set(CH_AT, Rows.utc(record.at()))
        .set(CH_SOURCE, record.source())
        .set(CH_BY, record.recordedBy())
        .execute();
    Map<Field<?>, Object> columns = new java.util.LinkedHashMap<>();
    columns.put(CC_RECORD, record.id());
    columns.put(CC_STATUS, record.status().name());
    columns.put(CC_AT, Rows.utc(record.at()));
    columns.put(CC_SOURCE, record.source());
    columns.put(CC_BY, record.recordedBy());
    int changed =
        db.update(CONSENT_CURRENT)
            .set(columns)
            .where(
                CC_ORG
                    .eq(org)
                    .and(CC_CUSTOMER.eq(record.customerId().value()))
                    .and(CC_PURPOSE.eq(record.purpose())))
            .execute();
    if (changed == 0) {
      db.insertInto(CONSENT_CURRENT)
          .set(CC_ORG, org)
          .set(CC_CUSTOMER, record.customerId().value())
          .set(CC_PURPOSE, record.purpose())
          .set(columns)
          .execute();
    }
  }

  @Override
  public List<ConsentRecord> current(OrganizationId organizationId, CustomerId customerId) {
    return db.select(CC_RECORD, CC_PURPOSE, CC_STATUS, CC_AT, CC_SOURCE, CC_BY)
        .from(CONSENT_CURRENT)
        .where(CC_ORG.eq(organizationId.value()).and(CC_CUSTOMER.eq(customerId.value())))
        .fetch(
            r ->
                new ConsentRecord(
                    r.get(CC_RECORD),
                    organizationId,
                    customerId,
                    r.get(CC_PURPOSE),
                    ConsentStatus.valueOf(r.get(CC_STATUS)),
                    Rows.instant(r.get(CC_AT)),
                    r.get(CC_SOURCE),
                    r.get(CC_BY)));
  }

  @Override
  public List<ConsentRecord> history(OrganizationId organizationId, CustomerId customerId) {
    return db.select(CH_ID, CH_PURPOSE, CH_STATUS, CH_AT, CH_SOURCE, CH_BY)
        .from(CONSENT_HISTORY)
        .where(CH_ORG.eq(organizationId.value()).and(CH_CUSTOMER.eq(customerId.value())))
        .orderBy(CH_AT.desc(), CH_ID.desc())
        .fetch(
            r ->
                new ConsentRecord(
                    r.get(CH_ID),
                    organizationId,
                    customerId,
                    r.get(CH_PURPOSE),
                    ConsentStatus.valueOf(r.get(CH_STATUS)),
                    Rows.instant(r.get(CH_AT)),
                    r.get(CH_SOURCE),
                    r.get(CH_BY)));
  }
}
