package dev.customers.api.spi;

import dev.customers.api.PersonId;
import dev.customers.api.roster.Person;
import java.util.Optional;

/** Stores persons: platform-wide accounts. */
public interface PersonStore {
  void insert(Person person);

  Optional<Person> find(PersonId id);

  /**
   * Replaces a person if the stored version is {@code expectedVersion}; otherwise throws a {@link
   * dev.customers.api.ConflictException} with reason STALE_VERSION and changes nothing. A person
   * that is not stored is a {@link dev.customers.api.NotFoundException}. If the new email would
   * give one organization two active customers with the same email, throws a DUPLICATE conflict.
   */
  void update(Person updated, long expectedVersion);
}
