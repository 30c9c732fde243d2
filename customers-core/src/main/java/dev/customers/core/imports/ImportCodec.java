package dev.customers.core.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.customers.api.Actor;
import dev.customers.api.StaffRole;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.imports.ColumnMapping;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportTarget;
import dev.customers.api.imports.MatchBy;
import dev.customers.api.imports.MatchMode;
import dev.customers.api.imports.RowFailure;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON the import store keeps for the core: options and mappings, the submitting actor, a
 * header, and a failed row's cells and reasons. The store never looks inside.
 */
final class ImportCodec {
  static final ObjectMapper JSON = new ObjectMapper();

  private ImportCodec() {}

  static String options(ImportOptions options) {
    ObjectNode node = JSON.createObjectNode();
    node.set("mapping", mappingNode(options.mapping()));
    node.put("mode", options.mode().name());
    node.put("matchBy", options.matchBy().name());
    node.put("batchSize", options.batchSize());
    return node.toString();
  }

  static ImportOptions options(String json) {
    JsonNode node = tree(json);
    return new ImportOptions(
        mapping(node.get("mapping")),
        MatchMode.valueOf(node.get("mode").asText()),
        MatchBy.valueOf(node.get("matchBy").asText()),
        node.get("batchSize").asInt());
  }

  static String mapping(ImportMapping mapping) {
    return mappingNode(mapping).toString();
  }

  static ImportMapping mapping(String json) {
    return mapping(tree(json));
  }

  private static ObjectNode mappingNode(ImportMapping mapping) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode columns = node.putArray("columns");
    for (ColumnMapping column : mapping.columns()) {
      ObjectNode c = columns.addObject();
      c.put("column", column.column());
      ImportTarget target = column.target();
      if (target instanceof ImportTarget.Detail detail) {
        c.put("detail", detail.column().name());
      } else if (target instanceof ImportTarget.Field field) {
        c.put("field", field.key());
      } else if (target instanceof ImportTarget.Tags tags) {
        c.put("tags", tags.separator());
      } else if (target instanceof ImportTarget.Consent consent) {
        c.put("consent", consent.purpose());
      } else {
        c.put("externalId", true);
      }
    }
    ArrayNode dates = node.putArray("datePatterns");
    mapping.datePatterns().forEach(dates::add);
    return node;
  }

  private static ImportMapping mapping(JsonNode node) {
    List<ColumnMapping> columns = new ArrayList<>();
    for (JsonNode c : node.get("columns")) {
      ImportTarget target;
      if (c.has("detail")) {
        target = ImportTarget.detail(RosterColumn.valueOf(c.get("detail").asText()));
      } else if (c.has("field")) {
        target = ImportTarget.field(c.get("field").asText());
      } else if (c.has("tags")) {
        target = ImportTarget.tags(c.get("tags").asText());
      } else if (c.has("consent")) {
        target = ImportTarget.consent(c.get("consent").asText());
      } else {
        target = ImportTarget.externalId();
      }
      columns.add(new ColumnMapping(c.get("column").asText(), target));
    }
    List<String> dates = new ArrayList<>();
    node.get("datePatterns").forEach(d -> dates.add(d.asText()));
    return new ImportMapping(columns, dates);
  }

  static String actor(Actor actor) {
    ObjectNode node = JSON.createObjectNode();
    if (actor instanceof Actor.Staff staff) {
      node.put("staff", staff.userId());
      node.put("role", staff.role().name());
    } else if (actor instanceof Actor.SystemActor system) {
      node.put("system", system.component());
    } else {
      throw new IllegalArgumentException("only staff and the system import: " + actor.describe());
    }
    return node.toString();
  }

  static Actor actor(String json) {
    JsonNode node = tree(json);
    return node.has("staff")
        ? Actor.staff(node.get("staff").asText(), StaffRole.valueOf(node.get("role").asText()))
        : Actor.system(node.get("system").asText());
  }

  static String strings(List<String> values) {
    ArrayNode node = JSON.createArrayNode();
    values.forEach(node::add);
    return node.toString();
  }

  static List<String> strings(String json) {
    List<String> values = new ArrayList<>();
    tree(json).forEach(v -> values.add(v.asText()));
    return values;
  }

  /** A failed row: its cells as read and its reasons. */
  record FailedRow(long line, List<String> cells, List<RowFailure> failures) {}

  static String failedRow(List<String> cells, List<RowFailure> failures) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode c = node.putArray("cells");
    cells.forEach(c::add);
    ArrayNode f = node.putArray("failures");
    for (RowFailure failure : failures) {
      ObjectNode one = f.addObject();
      one.put("column", failure.column());
      one.put("value", failure.value());
      one.put("reason", failure.reason());
    }
    return node.toString();
  }

  static FailedRow failedRow(long line, String json) {
    JsonNode node = tree(json);
    List<String> cells = new ArrayList<>();
    node.get("cells").forEach(v -> cells.add(v.asText()));
    List<RowFailure> failures = new ArrayList<>();
    for (JsonNode f : node.get("failures")) {
      failures.add(
          new RowFailure(
              line, text(f.get("column")), text(f.get("value")), f.get("reason").asText()));
    }
    return new FailedRow(line, cells, failures);
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored import JSON is not JSON", e);
    }
  }
}
