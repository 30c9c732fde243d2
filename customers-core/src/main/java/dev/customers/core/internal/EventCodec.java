package dev.customers.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.customers.api.CustomerId;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.TagId;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.event.DomainEvent;
import dev.customers.api.spi.OutboxMessage;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Turns events into outbox messages and back, so storage adapters only ever keep text. */
public final class EventCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  public OutboxMessage encode(DomainEvent event) {
    ObjectNode node = JSON.createObjectNode();
    node.put("actor", event.actor());
    String type;
    if (event instanceof CustomerEvent.Created e) {
      type = "customer.created";
      node.put("customerId", e.customerId().toString());
      node.put("personId", e.personId().toString());
    } else if (event instanceof CustomerEvent.Updated e) {
      type = "customer.updated";
      node.put("customerId", e.customerId().toString());
      e.fields().forEach(node.putArray("fields")::add);
    } else if (event instanceof CustomerEvent.Archived e) {
      type = "customer.archived";
      node.put("customerId", e.customerId().toString());
    } else if (event instanceof CustomerEvent.Unarchived e) {
      type = "customer.unarchived";
      node.put("customerId", e.customerId().toString());
    } else if (event instanceof CustomerEvent.FieldsChanged e) {
      type = "customer.fields_changed";
      node.put("customerId", e.customerId().toString());
      e.keys().forEach(node.putArray("keys")::add);
    } else if (event instanceof CustomerEvent.TagChanged e) {
      type = e.added() ? "customer.tagged" : "customer.untagged";
      node.put("customerId", e.customerId().toString());
      node.put("tagId", e.tagId().toString());
    } else if (event instanceof CustomerEvent.NoteAdded e) {
      type = "customer.note_added";
      node.put("customerId", e.customerId().toString());
      node.put("noteId", e.noteId().toString());
      node.put("alert", e.alert());
    } else if (event instanceof CustomerEvent.MetricRecorded e) {
      type = "customer.metric_recorded";
      node.put("customerId", e.customerId().toString());
      node.put("metric", e.metricKey());
      node.put("value", e.value().toPlainString());
    } else if (event instanceof CustomerEvent.ConsentChanged e) {
      type = "customer.consent_changed";
      node.put("customerId", e.customerId().toString());
      node.put("purpose", e.purpose());
      node.put("status", e.status().name());
    } else {
      throw new IllegalArgumentException("no encoding for " + event.getClass().getName());
    }
    return new OutboxMessage(event.id(), event.organizationId(), type, event.occurredAt(), node.toString());
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
      case "customer.created" -> new CustomerEvent.Created(
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
      case "customer.tagged", "customer.untagged" -> new CustomerEvent.TagChanged(id, org, customer,
          TagId.parse(node.path("tagId").asText()), message.type().equals("customer.tagged"), at, actor);
      case "customer.note_added" -> new CustomerEvent.NoteAdded(id, org, customer, NoteId.parse(node.path("noteId").asText()),
          node.path("alert").asBoolean(), at, actor);
      case "customer.metric_recorded" -> new CustomerEvent.MetricRecorded(id, org, customer, node.path("metric").asText(),
          new BigDecimal(node.path("value").asText()), at, actor);
      case "customer.consent_changed" -> new CustomerEvent.ConsentChanged(id, org, customer, node.path("purpose").asText(),
          ConsentStatus.valueOf(node.path("status").asText()), at, actor);
      default -> throw new IllegalArgumentException("outbox message " + id + " has unknown type " + message.type());
    };
  }
}
