package dev.customers.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.event.DomainEvent;
import dev.customers.api.spi.OutboxMessage;
import java.io.UncheckedIOException;
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
      default -> throw new IllegalArgumentException("outbox message " + id + " has unknown type " + message.type());
    };
  }
}
