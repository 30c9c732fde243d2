package dev.customers.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Turns events into outbox messages and back, so storage adapters only ever keep text. */
public final class EventCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  public OutboxMessage encode(DomainEvent event) {
    ObjectNode node = JSON.createObjectNode();
    node.put("actor", event.actor());
    String type = event.accept(new Writer(node));
    return new OutboxMessage(
        event.id(), event.organizationId(), type, event.occurredAt(), node.toString());
  }

  /**
   * Writes each kind of event's own fields into the message and names its type. A visitor, so an
   * event kind the codec cannot write does not compile; {@code EventCodecTest} reads each back.
   */
  private static final class Writer implements DomainEvent.Visitor<String> {
    private final ObjectNode node;

    Writer(ObjectNode node) {
      this.node = node;
    }

    private void customer(CustomerEvent event) {
      node.put("customerId", event.customerId().toString());
    }

    @Override
    public String created(CustomerEvent.Created e) {
      customer(e);
      node.put("personId", e.personId().toString());
      return "customer.created";
    }

    @Override
    public String updated(CustomerEvent.Updated e) {
      customer(e);
      e.fields().forEach(node.putArray("fields")::add);
      return "customer.updated";
    }

    @Override
    public String archived(CustomerEvent.Archived e) {
      customer(e);
      return "customer.archived";
    }

    @Override
    public String unarchived(CustomerEvent.Unarchived e) {
      customer(e);
      return "customer.unarchived";
    }

    @Override
    public String fieldsChanged(CustomerEvent.FieldsChanged e) {
      customer(e);
      e.keys().forEach(node.putArray("keys")::add);
      return "customer.fields_changed";
    }

    @Override
    public String tagChanged(CustomerEvent.TagChanged e) {
      customer(e);
      node.put("tagId", e.tagId().toString());
      return e.added() ? "customer.tagged" : "customer.untagged";
    }

    @Override
    public String noteAdded(CustomerEvent.NoteAdded e) {
      customer(e);
      node.put("noteId", e.noteId().toString());
      node.put("alert", e.alert());
      return "customer.note_added";
    }

    @Override
    public String metricRecorded(CustomerEvent.MetricRecorded e) {
      customer(e);
      node.put("metric", e.metricKey());
      node.put("value", e.value().toPlainString());
      return "customer.metric_recorded";
    }

    @Override
    public String consentChanged(CustomerEvent.ConsentChanged e) {
      customer(e);
      node.put("purpose", e.purpose());
      node.put("status", e.status().name());
      return "customer.consent_changed";
    }

    @Override
    public String guardianLinkChanged(CustomerEvent.GuardianLinkChanged e) {
      customer(e);
      node.put("guardianId", e.guardianId().toString());
      node.put("change", e.change().name());
      ArrayNode permissions = node.putArray("permissions");
      e.permissions().stream().sorted().forEach(p -> permissions.add(p.name()));
      return "customer.guardian_link_changed";
    }
  }

  public DomainEvent decode(OutboxMessage message) {
    JsonNode node;
    try {
      node = JSON.readTree(message.payload());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("outbox message " + message.id() + " is not JSON", e);
    }
    UUID id = message.id();
    OrganizationId org = message.organizationId();
    Instant at = message.occurredAt();
    String actor = node.path("actor").asText();
    CustomerId customer = CustomerId.parse(node.path("customerId").asText());
    return switch (message.type()) {
      case "customer.created" ->
          new CustomerEvent.Created(
              id, org, customer, PersonId.parse(node.path("personId").asText()), at, actor);
      case "customer.updated" -> {
        List<String> fields = new ArrayList<>();
        node.path("fields").forEach(f -> fields.add(f.asText()));
        yield new CustomerEvent.Updated(id, org, customer, fields, at, actor);
      }
      case "customer.archived" -> new CustomerEvent.Archived(id, org, customer, at, actor);
      case "customer.unarchived" -> new CustomerEvent.Unarchived(id, org, customer, at, actor);
      case "customer.fields_changed" -> {
        List<String> keys = new ArrayList<>();
        node.path("keys").forEach(k -> keys.add(k.asText()));
        yield new CustomerEvent.FieldsChanged(id, org, customer, keys, at, actor);
      }
      case "customer.tagged", "customer.untagged" ->
          new CustomerEvent.TagChanged(
              id,
              org,
              customer,
              TagId.parse(node.path("tagId").asText()),
              message.type().equals("customer.tagged"),
              at,
              actor);
      case "customer.note_added" ->
          new CustomerEvent.NoteAdded(
              id,
              org,
              customer,
              NoteId.parse(node.path("noteId").asText()),
              node.path("alert").asBoolean(),
              at,
              actor);
      case "customer.metric_recorded" ->
          new CustomerEvent.MetricRecorded(
              id,
              org,
              customer,
              node.path("metric").asText(),
              new BigDecimal(node.path("value").asText()),
              at,
              actor);
      case "customer.consent_changed" ->
          new CustomerEvent.ConsentChanged(
              id,
              org,
              customer,
              node.path("purpose").asText(),
              ConsentStatus.valueOf(node.path("status").asText()),
              at,
              actor);
      case "customer.guardian_link_changed" -> {
        Set<GuardianPermission> permissions = EnumSet.noneOf(GuardianPermission.class);
        node.path("permissions")
            .forEach(p -> permissions.add(GuardianPermission.valueOf(p.asText())));
        yield new CustomerEvent.GuardianLinkChanged(
            id,
            org,
            customer,
            CustomerId.parse(node.path("guardianId").asText()),
            LinkChange.valueOf(node.path("change").asText()),
            permissions,
            at,
            actor);
      }
      default ->
          throw new IllegalArgumentException(
              "outbox message " + id + " has unknown type " + message.type());
    };
  }
}
