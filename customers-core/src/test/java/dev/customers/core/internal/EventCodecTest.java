package dev.customers.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.CustomerId;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.TagId;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.event.DomainEvent;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.LinkChange;
import dev.customers.api.spi.OutboxMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {
  private static final UUID ID = UUID.fromString("0190a000-0000-7000-8000-000000000001");
  private static final OrganizationId ORG =
      OrganizationId.parse("0190a000-0000-7000-8000-000000000002");
  private static final CustomerId CUSTOMER =
      CustomerId.parse("0190a000-0000-7000-8000-000000000003");
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00.123456Z");

  static List<DomainEvent> events() {
    return List.of(
        new CustomerEvent.Created(
            ID,
            ORG,
            CUSTOMER,
            PersonId.parse("0190a000-0000-7000-8000-000000000004"),
            AT,
            "staff:a(ADMIN)"),
        new CustomerEvent.Updated(ID, ORG, CUSTOMER, List.of("phone", "email"), AT, "self:x"),
        new CustomerEvent.Archived(ID, ORG, CUSTOMER, AT, "system:import"),
        new CustomerEvent.Unarchived(ID, ORG, CUSTOMER, AT, "staff:b(OWNER)"),
        new CustomerEvent.FieldsChanged(
            ID, ORG, CUSTOMER, List.of("level", "waiver_signed"), AT, "staff:a(ADMIN)"),
        new CustomerEvent.TagChanged(
            ID, ORG, CUSTOMER, TagId.parse("0190a000-0000-7000-8000-000000000005"), true, AT, "x"),
        new CustomerEvent.TagChanged(
            ID, ORG, CUSTOMER, TagId.parse("0190a000-0000-7000-8000-000000000005"), false, AT, "x"),
        new CustomerEvent.NoteAdded(
            ID, ORG, CUSTOMER, NoteId.parse("0190a000-0000-7000-8000-000000000006"), true, AT, "x"),
        new CustomerEvent.MetricRecorded(
            ID, ORG, CUSTOMER, "weight", new BigDecimal("72.5"), AT, "x"),
        new CustomerEvent.ConsentChanged(
            ID, ORG, CUSTOMER, "marketing_sms", ConsentStatus.REVOKED, AT, "self:y"),
        new CustomerEvent.GuardianLinkChanged(
            ID,
            ORG,
            CUSTOMER,
            CustomerId.of(UUID.fromString("01900000-0000-7000-8000-0000000000aa")),
            LinkChange.CHANGED,
            java.util.EnumSet.of(GuardianPermission.BOOK, GuardianPermission.VIEW_PROFILE),
            AT,
            "staff:desk(STAFF)"),
        new CustomerEvent.GuardianLinkChanged(
            ID,
            ORG,
            CUSTOMER,
            CustomerId.of(UUID.fromString("01900000-0000-7000-8000-0000000000aa")),
            LinkChange.UNLINKED,
            java.util.Set.of(),
            AT,
            "self:g"));
  }

  @ParameterizedTest
  @MethodSource("events")
  void encodeThenDecode_givesTheSameEvent(DomainEvent event) {
    EventCodec codec = new EventCodec();
    OutboxMessage message = codec.encode(event);
    assertThat(message.id()).isEqualTo(ID);
    assertThat(message.type()).startsWith("customer.");
    assertThat(codec.decode(message)).isEqualTo(event);
  }

  @ParameterizedTest
  @MethodSource("events")
  void decode_unknownType_namesTheType(DomainEvent event) {
    OutboxMessage message = new EventCodec().encode(event);
    OutboxMessage odd =
        new OutboxMessage(
            message.id(),
            message.organizationId(),
            "tag.deleted",
            message.occurredAt(),
            message.payload());
    assertThatThrownBy(() -> new EventCodec().decode(odd)).hasMessageContaining("tag.deleted");
  }
}
