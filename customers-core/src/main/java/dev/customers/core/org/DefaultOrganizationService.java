package dev.customers.core.org;

import static java.util.Objects.requireNonNull;

import dev.customers.api.FieldError;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.org.Organization;
import dev.customers.api.org.OrganizationService;
import dev.customers.api.spi.IdSource;
import dev.customers.api.spi.StoredText;
import dev.customers.core.internal.Texts;
import dev.customers.core.internal.Transactions;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

final class DefaultOrganizationService implements OrganizationService {
  private static final int MAX_NAME = StoredText.ORGANIZATION_NAME;

  private final Transactions transactions;
  private final IdSource ids;

  @Inject
  DefaultOrganizationService(Transactions transactions, IdSource ids) {
    this.transactions = transactions;
    this.ids = ids;
  }

  @Override
  public Organization create(String name, ZoneId timeZone) {
    requireNonNull(name, "name");
    requireNonNull(timeZone, "timeZone");
    List<FieldError> errors = new ArrayList<>();
    String trimmed = Texts.line("name", name, 1, MAX_NAME, errors);
    Texts.check(errors);
    Organization organization =
        new Organization(OrganizationId.of(ids.next()), trimmed, timeZone, transactions.now());
    return transactions
        .storage()
        .inTransaction(
            session -> {
              session.organizations().insert(organization);
              return organization;
            });
  }

  @Override
  public Page<Organization> list(PageRequest page) {
    requireNonNull(page, "page");
    return transactions.storage().read(session -> session.organizations().list(page));
  }

  @Override
  public Organization get(OrganizationId id) {
    requireNonNull(id, "id");
    return transactions
        .storage()
        .read(session -> session.organizations().find(id))
        .orElseThrow(() -> new NotFoundException("organization", id));
  }
}
