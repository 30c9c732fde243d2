package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.NoteId;
import dev.customers.api.TagId;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldType;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.spi.StoredFieldValue;
import dev.customers.api.tags.Tag;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes to every profile-data store in one failed transaction leave nothing behind. An adapter's
 * test extends it (or nests it).
 */
public abstract class ProfileTransactionContract extends StoreContractSupport {
  @Test
  void profileWrites_inAFailedTransaction_leaveNothingBehind() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    Tag vip = tag(orgA, "VIP");
    FieldDefinition city = field(orgA, "city", FieldType.TEXT, FieldScope.ROSTER, 0, List.of());
    MetricDefinition visits = metric(orgA, MetricSpec.counter("visits", "Visits"));
    assertThatThrownBy(
            () ->
                run(
                    s -> {
                      s.tags().assign(orgA.id(), vip.id(), List.of(ada.id()));
                      s.fields()
                          .put(
                              orgA.id(),
                              new StoredFieldValue(
                                  city.id(), city.type(), ada.id().value(), List.of("Leeds")));
                      s.metrics()
                          .append(
                              new MetricReading(
                                  newId(),
                                  orgA.id(),
                                  ada.id(),
                                  visits.id(),
                                  BigDecimal.ONE,
                                  now(),
                                  "t",
                                  "staff:amy"));
                      s.consent()
                          .append(
                              new ConsentRecord(
                                  newId(),
                                  orgA.id(),
                                  ada.id(),
                                  "marketing_sms",
                                  ConsentStatus.GRANTED,
                                  now(),
                                  "t",
                                  "x"));
                      s.notes()
                          .insert(
                              new Note(
                                  NoteId.of(newId()),
                                  orgA.id(),
                                  ada.id(),
                                  "staff:amy",
                                  "text",
                                  NoteVisibility.STAFF,
                                  false,
                                  false,
                                  now(),
                                  now(),
                                  null,
                                  1));
                      s.tags()
                          .insert(
                              new Tag(
                                  TagId.of(newId()),
                                  orgA.id(),
                                  "vip",
                                  "#000000",
                                  now(),
                                  1)); // a duplicate name: fails
                    }))
        .isInstanceOf(ConflictException.class);
    assertThat(list(s -> s.tags().tagsOf(orgA.id(), ada.id()))).isEmpty();
    assertThat(valuesOf(orgA, ada.id().value())).isEmpty();
    assertThat(list(s -> s.metrics().current(orgA.id(), ada.id()))).isEmpty();
    assertThat(list(s -> s.consent().history(orgA.id(), ada.id()))).isEmpty();
    assertThat(
            this.<Long>tx(
                s ->
                    s.notes()
                        .count(
                            orgA.id(),
                            ada.id(),
                            new NoteScope(EnumSet.allOf(NoteVisibility.class), null))))
        .isZero();
  }
}
