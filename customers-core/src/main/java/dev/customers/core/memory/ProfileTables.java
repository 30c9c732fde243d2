package dev.customers.core.memory;

import dev.customers.api.CustomerId;
import dev.customers.api.FieldId;
import dev.customers.api.MetricId;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.TagId;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteRevision;
import dev.customers.api.spi.SearchText;
import dev.customers.api.spi.StoredFieldValue;
import dev.customers.api.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The in-memory tables of profile data (fields, tags, notes, metrics, consent). Lists kept per key
 * are immutable and replaced whole, which the undo log restores in one step.
 */
final class ProfileTables {
  final Map<OrganizationId, Map<FieldId, FieldDefinition>> fieldDefinitions = new HashMap<>();
  final Map<OrganizationId, Map<UUID, Map<FieldId, Held>>> fieldValues = new HashMap<>();
  final Map<OrganizationId, FieldGrams> fieldGrams = new HashMap<>();
  final Map<OrganizationId, Map<TagId, Tag>> tags = new HashMap<>();
  final Map<OrganizationId, Map<CustomerId, Set<TagId>>> tagged = new HashMap<>();
  final Map<OrganizationId, Map<NoteId, Note>> notes = new HashMap<>();
  final Map<OrganizationId, Map<NoteId, List<NoteRevision>>> revisions = new HashMap<>();
  final Map<OrganizationId, Map<MetricId, MetricDefinition>> metricDefinitions = new HashMap<>();
  final Map<OrganizationId, Map<CustomerId, List<MetricReading>>> readings = new HashMap<>();
  final Map<OrganizationId, Map<CustomerId, Map<MetricId, MetricReading>>> currentMetrics =
      new HashMap<>();
  final Map<OrganizationId, Map<String, ConsentPurpose>> purposes = new HashMap<>();
  final Map<OrganizationId, Map<CustomerId, List<ConsentRecord>>> consentHistory = new HashMap<>();
  final Map<OrganizationId, Map<CustomerId, Map<String, ConsentRecord>>> currentConsent =
      new HashMap<>();

  /** The search texts of all of an owner's values. */
  static List<String> texts(Map<FieldId, Held> values) {
    List<String> texts = new java.util.ArrayList<>();
    values.values().forEach(held -> texts.addAll(held.searchTexts()));
    return texts;
  }

  /** A stored field value with its search texts, normalized once when it is written. */
  record Held(StoredFieldValue value, List<String> searchTexts) {
    static Held of(StoredFieldValue value) {
      return new Held(
          value,
          value.values().stream()
              .map(v -> SearchText.fieldText(value.type(), v))
              .filter(Objects::nonNull)
              .toList());
    }
  }
}
