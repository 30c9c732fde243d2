package dev.customers.core.memory;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.spi.ConsentStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Consent purposes and records in memory, with the current state kept on write. */
final class InMemoryConsentStore implements ConsentStore {
  private final ProfileTables tables;
  private final Changes changes;

  InMemoryConsentStore(ProfileTables tables, Changes changes) {
    this.tables = tables;
    this.changes = changes;
  }

  @Override
  public void insertPurpose(OrganizationId organizationId, ConsentPurpose purpose) {
    Map<String, ConsentPurpose> defined = Maps.inner(tables.purposes, organizationId);
    if (defined.containsKey(purpose.key())) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "consent purpose " + purpose.key() + " already exists",
          purpose.key());
    }
    changes.put(defined, purpose.key(), purpose);
  }

  @Override
  public List<ConsentPurpose> purposes(OrganizationId organizationId) {
    return Maps.peek(tables.purposes, organizationId).values().stream()
        .sorted(Comparator.comparing(ConsentPurpose::key))
        .toList();
  }

  @Override
  public void append(ConsentRecord record) {
    Map<CustomerId, List<ConsentRecord>> history =
        Maps.inner(tables.consentHistory, record.organizationId());
    changes.put(
        history, record.customerId(), Maps.appended(history.get(record.customerId()), record));
    changes.put(
        Maps.inner(Maps.inner(tables.currentConsent, record.organizationId()), record.customerId()),
        record.purpose(),
        record);
  }

  @Override
  public List<ConsentRecord> current(OrganizationId organizationId, CustomerId customerId) {
    return List.copyOf(
        Maps.peek(tables.currentConsent, organizationId)
            .getOrDefault(customerId, Map.of())
            .values());
  }

  @Override
  public List<ConsentRecord> history(OrganizationId organizationId, CustomerId customerId) {
    List<ConsentRecord> all =
        new ArrayList<>(
            Maps.peek(tables.consentHistory, organizationId).getOrDefault(customerId, List.of()));
    all.sort(
        Comparator.comparing(ConsentRecord::at).thenComparing(r -> r.id().toString()).reversed());
    return all;
  }
}
