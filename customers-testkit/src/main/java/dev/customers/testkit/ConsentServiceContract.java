package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.PermissionDeniedException;
import dev.customers.api.ValidationException;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the consent service: record, current state, history and filters, end to end over
 * the storage the subclass supplies in {@link #storageUnderTest()}.
 */
public abstract class ConsentServiceContract extends ServiceContractSupport {
  @Test
  void consent_recordCurrentHistoryAndFilter() {
    CustomerProfile ada = add("Ada", "Lovelace");
    CustomerProfile ben = add("Ben", "Adams");
    ConsentPurpose photos =
        sdk().sdk().consent().addPurpose(sdk().admin(), "photos", "Photos on social media");
    assertThat(sdk().sdk().consent().purposes(self(ada)))
        .containsExactly(ConsentPurpose.MARKETING_EMAIL, ConsentPurpose.MARKETING_SMS, photos);
    sdk()
        .sdk()
        .consent()
        .record(self(ada), ada.id(), "marketing_email", ConsentStatus.GRANTED, "signup form");
    sdk().clock().advance(Duration.ofMinutes(5));
    sdk()
        .sdk()
        .consent()
        .record(sdk().staff(), ada.id(), "marketing_email", ConsentStatus.REVOKED, "phone call");
    sdk()
        .sdk()
        .consent()
        .record(sdk().staff(), ben.id(), "marketing_email", ConsentStatus.GRANTED, "desk");
    assertThat(sdk().sdk().consent().current(self(ada), ada.id()))
        .extracting(s -> s.purpose().key() + "=" + s.status())
        .containsExactly("marketing_email=REVOKED", "marketing_sms=UNKNOWN", "photos=UNKNOWN");
    assertThat(sdk().sdk().consent().history(sdk().staff(), ada.id()))
        .extracting(r -> r.status() + " by " + r.recordedBy() + " via " + r.source())
        .containsExactly(
            "REVOKED by staff:front-desk via phone call",
            "GRANTED by self:" + ada.person().id() + " via signup form");
    assertThatThrownBy(
            () ->
                sdk()
                    .sdk()
                    .consent()
                    .record(self(ada), ben.id(), "photos", ConsentStatus.GRANTED, "x"))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(
            () ->
                sdk()
                    .sdk()
                    .consent()
                    .record(sdk().staff(), ada.id(), "nope", ConsentStatus.GRANTED, "x"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).value()).isEqualTo("nope"));
    assertThat(
            sdk()
                .roster()
                .list(
                    sdk().staff(),
                    CustomerQuery.active()
                        .withFilter(
                            CustomerFilter.consent("marketing_email", ConsentStatus.GRANTED)))
                .items())
        .extracting(RosterEntry::id)
        .containsExactly(ben.id());
  }
}
