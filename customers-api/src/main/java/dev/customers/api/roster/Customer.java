package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One person on one organization's roster. Its version guards the whole profile: any change to the
 * customer or to the person's details moves it on.
 */
public record Customer(
    CustomerId id,
    OrganizationId organizationId,
    PersonId personId,
    CustomerStatus status,
    LocalDate joinedOn,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant archivedAt,
    long version) {

  /**
   * Checks the components.
   *
   * @param archivedAt when it was archived, or null
   * @param createdAt when it was created
   * @param id the id
   * @param joinedOn the day the customer joined
   * @param organizationId the organization
   * @param personId the person
   * @param status the status
   * @param updatedAt when it last changed
   * @param version the version, one more with every change
   */
  public Customer {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(personId, "personId");
    requireNonNull(status, "status");
    requireNonNull(joinedOn, "joinedOn");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
    if ((status == CustomerStatus.ARCHIVED) != (archivedAt != null)) {
      throw new IllegalArgumentException(
          "archivedAt must be set exactly when the customer is archived");
    }
  }

  /**
   * Whether the customer is archived.
   *
   * @return whether the customer is archived
   */
  public boolean isArchived() {
    return status == CustomerStatus.ARCHIVED;
  }

  /**
   * The next version, touched at {@code now}.
   *
   * @param now the moment of the change
   * @return the next version, touched at {@code now}
   */
  public Customer touched(Instant now) {
    return new Customer(
        id, organizationId, personId, status, joinedOn, createdAt, now, archivedAt, version + 1);
  }

  /**
   * This customer archived at {@code now}, one version on.
   *
   * @param now the moment of the change
   * @return this customer archived at {@code now}, one version on
   */
  public Customer archived(Instant now) {
    return new Customer(
        id,
        organizationId,
        personId,
        CustomerStatus.ARCHIVED,
        joinedOn,
        createdAt,
        now,
        now,
        version + 1);
  }

  /**
   * This customer active again at {@code now}, one version on.
   *
   * @param now the moment of the change
   * @return this customer active again at {@code now}, one version on
   */
  public Customer unarchived(Instant now) {
    return new Customer(
        id,
        organizationId,
        personId,
        CustomerStatus.ACTIVE,
        joinedOn,
        createdAt,
        now,
        null,
        version + 1);
  }
}
