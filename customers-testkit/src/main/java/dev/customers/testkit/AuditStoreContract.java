package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.roster.RosterEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.AuditStore}: entries per customer in order, never
 * across organizations. An adapter's test extends it (or nests it) and says how to make its storage
 * in {@link #storageUnderTest()}.
 */
public abstract class AuditStoreContract extends StoreContractSupport {
  @Test
  void audit_append_thenReadPerCustomerInOrder() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry bob = addCustomer(orgA, "Bob", "Babbage", null);
    List<AuditEntry> written = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      written.add(
          auditEntry(
              orgA.id(),
              ada.id(),
              "customer.updated",
              new FieldChange("phone", "v" + i, "v" + (i + 1))));
      clock.advance(Duration.ofSeconds(1));
    }
    auditEntry(orgA.id(), bob.id(), "customer.updated", new FieldChange("phone", null, "1"));
    List<AuditEntry> read = new ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (true) {
      PageRequest request = page;
      Page<AuditEntry> p = tx(s -> s.audit().forCustomer(orgA.id(), ada.id(), request));
      read.addAll(p.items());
      if (!p.hasMore()) {
        break;
      }
      page = page.after(p.nextCursor());
    }
    assertThat(read).containsExactlyElementsOf(written);
  }

  @Test
  void audit_neverShowsAnotherOrganization() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    auditEntry(orgA.id(), ada.id(), "customer.created", new FieldChange("status", null, "ACTIVE"));
    assertThat(tx(s -> s.audit().forCustomer(orgB.id(), ada.id(), PageRequest.first(10))).items())
        .isEmpty();
  }
}
