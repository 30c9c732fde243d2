package dev.customers.core.internal;

import dev.customers.api.FieldId;
import dev.customers.api.OrganizationId;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoredFieldValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reading a customer's field values as a given actor may see them; shared by the field and profile
 * services.
 */
public final class FieldReads {
  private FieldReads() {}

  /** Whose id keys the field's value on this customer: the person's or the customer's. */
  public static UUID owner(FieldDefinition field, RosterEntry entry) {
    return field.scope() == FieldScope.PERSON ? entry.person().id().value() : entry.id().value();
  }

  /** The name a change of the field has in the audit trail. */
  public static String auditName(FieldDefinition field) {
    return "field." + field.key();
  }

  /** Every stored value of the customer (person and roster fields), by field. */
  public static Map<FieldId, List<String>> storedValues(
      StoreSession session, OrganizationId organizationId, RosterEntry entry) {
    Map<FieldId, List<String>> values = new HashMap<>();
    for (StoredFieldValue value :
        session
            .fields()
            .values(organizationId, List.of(entry.person().id().value(), entry.id().value()))) {
      values.put(value.field(), value.values());
    }
    return values;
  }

  /**
   * The values of active fields the actor may view, in display order, from definitions already
   * read.
   */
  public static List<FieldValue> visibleValues(
      StoreSession session,
      OrganizationId organizationId,
      Permissions permissions,
      RosterEntry entry,
      List<FieldDefinition> definitions) {
    Map<FieldId, StoredFieldValue> stored = new HashMap<>();
    for (StoredFieldValue value :
        session
            .fields()
            .values(organizationId, List.of(entry.person().id().value(), entry.id().value()))) {
      stored.put(value.field(), value);
    }
    List<FieldValue> visible = new ArrayList<>();
    for (FieldDefinition definition : definitions) {
      StoredFieldValue value = stored.get(definition.id());
      // A value is the field's only if its owner matches the field's scope.
      if (value != null
          && !definition.archived()
          && value.owner().equals(owner(definition, entry))
          && permissions.canView(definition, entry.person().id())) {
        visible.add(new FieldValue(definition, value.values()));
      }
    }
    return visible;
  }
}
