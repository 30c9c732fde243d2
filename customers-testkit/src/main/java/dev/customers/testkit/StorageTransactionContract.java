package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.PageRequest;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.OutboxMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.Storage}: a failed transaction leaves nothing,
 * nested ones join, reads see commits. An adapter's test extends it (or nests it) and says how to
 * make its storage in {@link #storageUnderTest()}.
 */
public abstract class StorageTransactionContract extends StoreContractSupport {
  @Test
  void transaction_thatThrows_leavesNothingBehind() {
    Person person = person("Half", "Written", "half@example.com");
    Customer customer = customer(orgA, person, LocalDate.of(2026, 3, 2));
    OutboxMessage message = new OutboxMessage(ids.next(), orgA.id(), "test.event", now(), "{}");
    assertThatThrownBy(
            () ->
                tx(
                    s -> {
                      s.persons().insert(person);
                      s.customers().insert(customer);
                      s.outbox().append(message);
                      s.audit()
                          .append(
                              new AuditEntry(
                                  ids.next(),
                                  orgA.id(),
                                  customer.id(),
                                  "customer.created",
                                  "test",
                                  null,
                                  now(),
                                  List.of()));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(optional(s -> s.persons().find(person.id()))).isEmpty();
    assertThat(optional(s -> s.customers().find(orgA.id(), customer.id()))).isEmpty();
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "half@example.com")))
        .isEmpty();
    assertThat(list(s -> s.outbox().pending(10))).isEmpty();
    assertThat(
            tx(s -> s.audit().forCustomer(orgA.id(), customer.id(), PageRequest.first(10))).items())
        .isEmpty();
  }

  @Test
  void transaction_thatThrows_undoesUpdatesToo() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    assertThatThrownBy(
            () ->
                tx(
                    s -> {
                      s.persons()
                          .update(
                              ada.person()
                                  .withDetails(
                                      "X",
                                      "Y",
                                      EmailAddress.of("x@example.com"),
                                      null,
                                      null,
                                      null,
                                      later()),
                              1);
                      s.customers().update(ada.customer().archived(later()), 1);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(optional(s -> s.customers().find(orgA.id(), ada.id()))).contains(ada);
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "ada@example.com")))
        .contains(ada);
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "x@example.com")))
        .isEmpty();
  }

  @Test
  void transaction_nested_joinsTheOuterOne() {
    Person person = person("Nested", "Call", null);
    assertThatThrownBy(
            () ->
                tx(
                    s -> {
                      storage.inTransaction(
                          inner -> {
                            inner.persons().insert(person);
                            return person;
                          });
                      throw new IllegalStateException("outer fails");
                    }))
        .hasMessage("outer fails");
    assertThat(optional(s -> s.persons().find(person.id()))).isEmpty();
  }

  @Test
  void read_seesCommittedData() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    Optional<RosterEntry> found = storage.read(s -> s.customers().find(orgA.id(), ada.id()));
    assertThat(found).contains(ada);
  }
}
