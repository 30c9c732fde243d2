package dev.customers.core.forms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.family.Relationship;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.forms.Form;
import dev.customers.api.forms.FormItem;
import dev.customers.api.forms.FormKind;
import dev.customers.api.forms.PersonDetail;
import dev.customers.api.spi.StoredText;
import java.util.List;
import java.util.Map;

/**
 * A form version as a JSON Schema (draft 2020-12) of the answers' JSON ({@link
 * dev.customers.core.json.FormAnswersJson}). The order of the items, text blocks included, is kept
 * in the {@code x-items} annotation, which validators ignore and a renderer follows.
 */
final class FormSchema {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // The same rules the SDK applies, written so a browser's validator can apply them first.
  private static final String NOT_BLANK = "\\S";
  private static final String PHONE = "^\\+?[0-9()\\-. ]+$";
  private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
  private static final String URL = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$";

  private FormSchema() {}

  static ObjectNode of(
      Form form, Map<String, FieldDefinition> fields, Map<String, ConsentPurpose> purposes) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "urn:customers:form:" + form.key() + ":" + form.version());
    schema.put("title", form.spec().title());
    schema.put("x-form-kind", form.kind().name());
    schema.put("x-form-version", form.version());
    person(schema, form.spec().items(), fields, purposes);
    if (form.kind() == FormKind.FAMILY_SIGN_UP) {
      ObjectNode dependant = NODES.objectNode();
      dependant.put("title", "Dependant");
      person(dependant, form.spec().dependantItems(), fields, purposes);
      ObjectNode relationship = NODES.objectNode().put("type", "string");
      ArrayNode relationships = relationship.putArray("enum");
      for (Relationship r : Relationship.values()) {
        relationships.add(r.name());
      }
      relationship.put("title", "Relationship to the guardian");
      ObjectNode dependantProperties = (ObjectNode) dependant.get("properties");
      dependantProperties.set("relationship", relationship);
      ((ArrayNode) dependant.get("required")).insert(0, "relationship");
      ObjectNode dependants =
          NODES
              .objectNode()
              .put("type", "array")
              .put("title", "Dependants")
              .put("minItems", 1)
              .put("maxItems", DefaultFormService.MAX_DEPENDANTS);
      dependants.set("items", dependant);
      ((ObjectNode) schema.get("properties")).set("dependants", dependants);
      ((ArrayNode) schema.get("required")).add("dependants");
    }
    return schema;
  }

  private static void person(
      ObjectNode into,
      List<FormItem> items,
      Map<String, FieldDefinition> fields,
      Map<String, ConsentPurpose> purposes) {
    into.put("type", "object");
    ObjectNode properties = into.putObject("properties");
    ArrayNode required = into.putArray("required");
    ArrayNode layout = into.putArray("x-items");
    ObjectNode fieldObject = object();
    ObjectNode consentObject = object();
    for (FormItem item : items) {
      if (item instanceof FormItem.Detail d) {
        properties.set(d.detail().jsonName(), detail(d.detail(), d.required()));
        if (d.required()) {
          required.add(d.detail().jsonName());
        }
        layout.addObject().put("detail", d.detail().jsonName());
      } else if (item instanceof FormItem.Field f) {
        FieldDefinition field = fields.get(f.key());
        if (field == null || field.archived()) {
          continue;
        }
        ((ObjectNode) fieldObject.get("properties")).set(f.key(), field(field, f.required()));
        if (f.required()) {
          ((ArrayNode) fieldObject.get("required")).add(f.key());
        }
        layout.addObject().put("field", f.key());
      } else if (item instanceof FormItem.Consent c) {
        ConsentPurpose purpose = purposes.get(c.purpose());
        ObjectNode consent = NODES.objectNode().put("type", "boolean");
        consent.put("title", purpose == null ? c.purpose() : purpose.label());
        if (c.required()) {
          consent.put("const", true);
          ((ArrayNode) consentObject.get("required")).add(c.purpose());
        }
        ((ObjectNode) consentObject.get("properties")).set(c.purpose(), consent);
        layout.addObject().put("consent", c.purpose());
      } else if (item instanceof FormItem.Text t) {
        layout.addObject().put("text", t.text());
      }
    }
    section(properties, required, "fields", fieldObject);
    section(properties, required, "consents", consentObject);
    into.put("additionalProperties", false);
  }

  private static ObjectNode object() {
    ObjectNode node = NODES.objectNode().put("type", "object");
    node.putObject("properties");
    node.putArray("required");
    node.put("additionalProperties", false);
    return node;
  }

  private static void section(
      ObjectNode properties, ArrayNode required, String name, ObjectNode section) {
    if (section.get("properties").isEmpty()) {
      return;
    }
    properties.set(name, section);
    if (!section.get("required").isEmpty()) {
      required.add(name);
    }
  }

  private static ObjectNode detail(PersonDetail detail, boolean required) {
    ObjectNode node = NODES.objectNode().put("type", "string");
    switch (detail) {
      case FIRST_NAME -> text(node, "First name", StoredText.PERSON_NAME, required);
      case LAST_NAME -> text(node, "Last name", StoredText.PERSON_NAME, required);
      case EMAIL ->
          node.put("title", "Email")
              .put("format", "email")
              .put("pattern", EMAIL)
              .put("maxLength", StoredText.EMAIL);
      case PHONE ->
          node.put("title", "Phone").put("pattern", PHONE).put("maxLength", StoredText.PHONE);
      case BIRTHDAY -> node.put("title", "Birthday").put("format", "date").put("pattern", DATE);
    }
    return node;
  }

  private static void text(ObjectNode node, String title, int max, boolean required) {
    node.put("title", title).put("maxLength", max);
    if (required) {
      node.put("minLength", 1).put("pattern", NOT_BLANK);
    }
  }

  private static ObjectNode field(FieldDefinition field, boolean required) {
    ObjectNode node = NODES.objectNode();
    node.put("title", field.spec().label());
    if (!field.spec().helpText().isBlank()) {
      node.put("description", field.spec().helpText());
    }
    switch (field.type()) {
      case TEXT -> {
        node.put("type", "string").put("maxLength", StoredText.FIELD_TEXT);
        if (required) {
          node.put("pattern", NOT_BLANK);
        }
      }
      case TEXTAREA -> {
        node.put("type", "string").put("maxLength", StoredText.FIELD_TEXTAREA);
        if (required) {
          node.put("pattern", NOT_BLANK);
        }
      }
      case NUMBER ->
          node.put("type", "integer").put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
      case DECIMAL -> node.put("type", "number");
      case DATE -> node.put("type", "string").put("format", "date").put("pattern", DATE);
      case BOOLEAN -> node.put("type", "boolean");
      case SINGLE_CHOICE -> {
        node.put("type", "string");
        ArrayNode choices = node.putArray("enum");
        field.spec().choices().forEach(choices::add);
      }
      case MULTIPLE_CHOICE -> {
        node.put("type", "array").put("uniqueItems", true);
        if (required) {
          node.put("minItems", 1);
        }
        ArrayNode choices = node.putObject("items").put("type", "string").putArray("enum");
        field.spec().choices().forEach(choices::add);
      }
      case EMAIL ->
          node.put("type", "string")
              .put("format", "email")
              .put("pattern", EMAIL)
              .put("maxLength", StoredText.FIELD_TEXT);
      case PHONE ->
          node.put("type", "string").put("pattern", PHONE).put("maxLength", StoredText.PHONE);
      case URL ->
          node.put("type", "string")
              .put("format", "uri")
              .put("pattern", URL)
              .put("maxLength", StoredText.FIELD_URL);
    }
    return node;
  }
}
