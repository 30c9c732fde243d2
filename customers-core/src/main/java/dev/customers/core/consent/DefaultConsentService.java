package dev.customers.core.consent;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentService;
import dev.customers.api.consent.ConsentState;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.StoredText;
import dev.customers.core.internal.ConsentReads;
import dev.customers.core.internal.Lookups;
import dev.customers.core.internal.Texts;
import dev.customers.core.internal.Transactions;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

final class DefaultConsentService implements ConsentService {
  private final Transactions transactions;

  @Inject
  DefaultConsentService(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public ConsentPurpose addPurpose(Caller caller, String key, String label) {
    requireNonNull(key, "key");
    List<FieldError> errors = new ArrayList<>();
    Texts.key("key", key, errors);
    String checkedLabel = Texts.line("label", label, 1, StoredText.LABEL, errors);
    Texts.check(errors);
    ConsentPurpose purpose = new ConsentPurpose(key, checkedLabel);
    if (purpose.builtIn()) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE, "consent purpose " + key + " is built in", key);
    }
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "add consent purposes");
          work.session().consent().insertPurpose(work.organization().id(), purpose);
          return purpose;
        });
  }

  @Override
  public List<ConsentPurpose> purposes(Caller caller) {
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          permissions.requireMember("read consent purposes");
          return ConsentReads.purposes(session, organization.id());
        });
  }

  @Override
  public ConsentRecord record(
      Caller caller, CustomerId customerId, String purpose, ConsentStatus status, String source) {
    requireNonNull(customerId, "customerId");
    requireNonNull(purpose, "purpose");
    requireNonNull(status, "status");
    if (status == ConsentStatus.UNKNOWN) {
      throw ValidationException.of(
          "status",
          status.name(),
          "must be GRANTED or REVOKED: UNKNOWN is what was never recorded");
    }
    List<FieldError> errors = new ArrayList<>();
    Texts.key("purpose", purpose, errors);
    String checkedSource = Texts.line("source", source, 1, StoredText.SOURCE, errors);
    Texts.check(errors);
    return transactions.write(
        caller,
        work -> {
          RosterEntry entry =
              Lookups.customer(work.session(), work.organization().id(), customerId);
          work.permissions()
              .requireAccount(
                  StaffRole.STAFF,
                  entry.person().id(),
                  GuardianPermission.EDIT_PROFILE,
                  "record the consent of customer " + customerId);
          if (ConsentReads.purposes(work.session(), work.organization().id()).stream()
              .noneMatch(p -> p.key().equals(purpose))) {
            throw ValidationException.of("purpose", purpose, "no such consent purpose");
          }
          return ConsentWrites.record(work, customerId, purpose, status, checkedSource);
        });
  }

  @Override
  public List<ConsentState> current(Caller caller, CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          RosterEntry entry = Lookups.customer(session, organization.id(), customerId);
          permissions.requireAccount(
              StaffRole.STAFF,
              entry.person().id(),
              GuardianPermission.VIEW_PROFILE,
              "read the consent of customer " + customerId);
          return ConsentReads.states(session, organization.id(), customerId);
        });
  }

  @Override
  public List<ConsentRecord> history(Caller caller, CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          RosterEntry entry = Lookups.customer(session, organization.id(), customerId);
          permissions.requireAccount(
              StaffRole.STAFF,
              entry.person().id(),
              GuardianPermission.VIEW_PROFILE,
              "read the consent of customer " + customerId);
          return session.consent().history(organization.id(), customerId);
        });
  }
}
