package dev.customers.api.spi;

import dev.customers.api.PersonId;
import dev.customers.api.roster.Person;
import java.util.Optional;

/** Stores persons: platform-wide accounts. */
public interface PersonStore {
  /**
   * Stores a new person; one with the same id is a duplicate.
   *
   * @param person the person
   */
  void insert(Person person);

  /**
   * Inserts many new persons, by the same rules as {@link #insert}. Adapters with a faster path for
   * many rows override it.
   *
   * @param persons the persons
   */
  default void insertAll(java.util.List<Person> persons) {
    for (Person person : persons) {
      insert(person);
    }
  }

  /**
   * The person with this id.
   *
   * @param id the id
   * @return the person with this id
   */
  Optional<Person> find(PersonId id);

  /**
   * Replaces a person if the stored version is {@code expectedVersion}; otherwise throws a {@link
   * dev.customers.api.ConflictException} with reason STALE_VERSION and changes nothing. A person
   * that is not stored is a {@link dev.customers.api.NotFoundException}. If the new email would
   * give one organization two active customers with the same email, throws a DUPLICATE conflict.
   *
   * @param expectedVersion the version the caller read; another stored version is a conflict
   * @param updated the new state
   */
  void update(Person updated, long expectedVersion);
}
