package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.NotFoundException;
import dev.customers.api.PersonId;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.PersonStore}: insert, find, versioned update and the
 * email rule across rosters. An adapter's test extends it (or nests it) and says how to make its
 * storage in {@link #storageUnderTest()}.
 */
public abstract class PersonStoreContract extends StoreContractSupport {
  @Test
  void persons_insert_thenFind() {
    Person person = person("Ada", "Lovelace", "ada@example.com");
    insertPerson(person);
    assertThat(optional(s -> s.persons().find(person.id()))).contains(person);
  }

  @Test
  void persons_insert_keepsAbsentOptionalFields() {
    Person person =
        new Person(PersonId.of(ids.next()), "Kid", "", null, null, null, null, now(), now(), 1);
    insertPerson(person);
    assertThat(optional(s -> s.persons().find(person.id()))).contains(person);
  }

  @Test
  void persons_find_unknown_isEmpty() {
    assertThat(optional(s -> s.persons().find(PersonId.of(ids.next())))).isEmpty();
  }

  @Test
  void persons_update_withCurrentVersion_replaces() {
    Person person = insertPerson(person("Ada", "Lovelace", "ada@example.com"));
    Person changed =
        person.withDetails(
            "Augusta",
            "King",
            EmailAddress.of("augusta@example.com"),
            "aking",
            "+44 20 7946 0000",
            LocalDate.of(1815, 12, 10),
            later());
    run(
        s -> {
          s.persons().update(changed, 1);
        });
    assertThat(optional(s -> s.persons().find(person.id()))).contains(changed);
  }

  @Test
  void persons_update_withStaleVersion_conflictsAndKeepsStoredPerson() {
    Person person = insertPerson(person("Ada", "Lovelace", "ada@example.com"));
    Person changed = person.withDetails("Augusta", "King", null, null, null, null, later());
    assertThatThrownBy(
            () ->
                run(
                    s -> {
                      s.persons().update(changed, 7);
                    }))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    assertThat(optional(s -> s.persons().find(person.id()))).contains(person);
  }

  @Test
  void persons_update_unknown_isNotFound() {
    Person ghost = person("Ghost", "Writer", null);
    assertThatThrownBy(
            () ->
                run(
                    s -> {
                      s.persons()
                          .update(ghost.withDetails("G", "W", null, null, null, null, later()), 1);
                    }))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void persons_update_toEmailOfAnotherActiveCustomer_conflicts() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    RosterEntry bob = addCustomer(orgA, "Bob", "Babbage", "bob@example.com");
    Person taken =
        bob.person()
            .withDetails(
                "Bob", "Babbage", EmailAddress.of("ADA@example.com"), null, null, null, later());
    assertThatThrownBy(
            () ->
                run(
                    s -> {
                      s.persons().update(taken, 1);
                    }))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE);
              assertThat(e.existingId()).contains(ada.id().toString());
            });
    assertThat(optional(s -> s.persons().find(bob.person().id()))).contains(bob.person());
  }

  @Test
  void persons_update_emailUsedOnlyInAnotherOrganization_isAllowed() {
    addCustomer(orgB, "Ada", "Lovelace", "ada@example.com");
    RosterEntry bob = addCustomer(orgA, "Bob", "Babbage", "bob@example.com");
    Person changed =
        bob.person()
            .withDetails(
                "Bob", "Babbage", EmailAddress.of("ada@example.com"), null, null, null, later());
    run(
        s -> {
          s.persons().update(changed, 1);
        });
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "ada@example.com")))
        .map(RosterEntry::id)
        .contains(bob.id());
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "bob@example.com")))
        .isEmpty();
  }
}
