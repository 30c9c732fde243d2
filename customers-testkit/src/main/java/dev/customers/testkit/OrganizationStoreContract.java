package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.org.Organization;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.OrganizationStore}: insert, find, paging and
 * duplicates. An adapter's test extends it (or nests it) and says how to make its storage in {@link
 * #storageUnderTest()}.
 */
public abstract class OrganizationStoreContract extends StoreContractSupport {
  @Test
  void organizations_insert_thenFind() {
    Organization org = organization("Pilates Place");
    assertThat(optional(s -> s.organizations().find(org.id()))).contains(org);
  }

  @Test
  void organizations_find_unknown_isEmpty() {
    assertThat(optional(s -> s.organizations().find(OrganizationId.of(ids.next())))).isEmpty();
  }

  @Test
  void organizations_list_pagesInCreationOrder() {
    List<Organization> created = new ArrayList<>(List.of(orgA, orgB));
    for (int i = 0; i < 3; i++) {
      created.add(organization("Studio " + i));
    }
    List<Organization> listed = new ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (true) {
      PageRequest request = page;
      Page<Organization> p = tx(s -> s.organizations().list(request));
      listed.addAll(p.items());
      if (!p.hasMore()) {
        break;
      }
      page = page.after(p.nextCursor());
    }
    assertThat(listed).containsExactlyElementsOf(created);
  }

  @Test
  void organizations_insert_sameIdTwice_conflicts() {
    assertThatThrownBy(
            () ->
                run(
                    s -> {
                      s.organizations().insert(orgA);
                    }))
        .isInstanceOf(ConflictException.class);
  }
}
