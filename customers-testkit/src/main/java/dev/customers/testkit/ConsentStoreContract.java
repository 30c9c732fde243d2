package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.roster.RosterEntry;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.ConsentStore}: purposes, history and current state.
 * An adapter's test extends it (or nests it) and says how to make its storage in {@link
 * #storageUnderTest()}.
 */
public abstract class ConsentStoreContract extends StoreContractSupport {
  @Test
  void consent_purposes_insert_list_andDuplicateRefused() {
    ConsentPurpose photos = new ConsentPurpose("photos", "Photos on social media");
    ConsentPurpose news = new ConsentPurpose("newsletter", "Newsletter");
    run(s -> s.consent().insertPurpose(orgA.id(), photos));
    run(s -> s.consent().insertPurpose(orgA.id(), news));
    run(s -> s.consent().insertPurpose(orgB.id(), photos));
    assertThat(list(s -> s.consent().purposes(orgA.id()))).containsExactly(news, photos);
    assertThatThrownBy(() -> run(s -> s.consent().insertPurpose(orgA.id(), photos)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void consent_append_keepsHistory_andTheLatestAsCurrent() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    ConsentRecord granted = consent(orgA, ada.id(), "marketing_email", ConsentStatus.GRANTED);
    ConsentRecord sms = consent(orgA, ada.id(), "marketing_sms", ConsentStatus.GRANTED);
    ConsentRecord revoked = consent(orgA, ada.id(), "marketing_email", ConsentStatus.REVOKED);
    assertThat(list(s -> s.consent().current(orgA.id(), ada.id())))
        .containsExactlyInAnyOrder(revoked, sms);
    assertThat(list(s -> s.consent().history(orgA.id(), ada.id())))
        .containsExactly(revoked, sms, granted);
    assertThat(list(s -> s.consent().current(orgB.id(), ada.id()))).isEmpty();
  }
}
