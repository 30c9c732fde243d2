package dev.customers.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.customers.api.FieldError;
import dev.customers.api.ValidationException;
import dev.customers.api.family.Relationship;
import dev.customers.api.forms.DependantAnswers;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.PersonDetail;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Form answers in the JSON shape a form's JSON Schema describes: {@code {"firstName": "Ann",
 * "fields": {"shoe_size": 38, "classes": ["yoga"]}, "consents": {"waiver": true}, "dependants":
 * [{"relationship": "PARENT", "firstName": "Ben"}]}}. Reading names every value it cannot take,
 * with its path, and never drops one: a name that is not an answer is an error.
 */
public final class FormAnswersJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String FIELDS = "fields";
  private static final String CONSENTS = "consents";
  private static final String DEPENDANTS = "dependants";
  private static final String RELATIONSHIP = "relationship";

  private FormAnswersJson() {}

  /**
   * The answers as a JSON object (field values as strings, several as an array).
   *
   * @param answers the answers
   * @return the JSON object
   */
  public static ObjectNode write(FormAnswers answers) {
    ObjectNode node = NODES.objectNode();
    answers.details().forEach((detail, value) -> node.put(detail.jsonName(), value));
    if (!answers.fields().isEmpty()) {
      ObjectNode fields = node.putObject(FIELDS);
      answers
          .fields()
          .forEach(
              (key, values) -> {
                if (values.size() == 1) {
                  fields.put(key, values.get(0));
                } else {
                  ArrayNode array = fields.putArray(key);
                  values.forEach(array::add);
                }
              });
    }
    if (!answers.consents().isEmpty()) {
      ObjectNode consents = node.putObject(CONSENTS);
      answers.consents().forEach(consents::put);
    }
    if (!answers.dependants().isEmpty()) {
      ArrayNode dependants = node.putArray(DEPENDANTS);
      for (DependantAnswers dependant : answers.dependants()) {
        ObjectNode one = write(dependant.answers());
        ObjectNode ordered = NODES.objectNode().put(RELATIONSHIP, dependant.relationship().name());
        ordered.setAll(one);
        dependants.add(ordered);
      }
    }
    return node;
  }

  /**
   * Reads answers from a JSON object; a JSON {@code null} is an item left unanswered.
   *
   * @param node the JSON object
   * @return the answers
   * @throws ValidationException naming every value it cannot read, with its path
   */
  public static FormAnswers read(JsonNode node) {
    List<FieldError> errors = new ArrayList<>();
    FormAnswers answers = read(node, "", false, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return answers;
  }

  private static FormAnswers read(
      JsonNode node, String prefix, boolean dependant, List<FieldError> errors) {
    if (!node.isObject()) {
      errors.add(
          error(prefix.isEmpty() ? "answers" : strip(prefix), node, "must be a JSON object"));
      return FormAnswers.none();
    }
    Map<PersonDetail, String> details = new EnumMap<>(PersonDetail.class);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    Map<String, Boolean> consents = new LinkedHashMap<>();
    List<DependantAnswers> dependants = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      PersonDetail detail = PersonDetail.byJsonName(name);
      if (value.isNull() || (dependant && name.equals(RELATIONSHIP))) {
        // Unanswered, or read by the caller (a dependant's relationship).
      } else if (detail != null) {
        String text = scalar(prefix + name, value, errors);
        if (text != null) {
          details.put(detail, text);
        }
      } else if (name.equals(FIELDS)) {
        fields(value, prefix + FIELDS, fields, errors);
      } else if (name.equals(CONSENTS)) {
        consents(value, prefix + CONSENTS, consents, errors);
      } else if (name.equals(DEPENDANTS)) {
        // Read at any depth, so nothing is dropped: the form service names a dependant's own
        // dependants as an answer the form does not ask for.
        dependants(value, prefix, dependants, errors);
      } else {
        errors.add(
            error(
                prefix + name,
                value,
                "is not an answer: a form's answers are "
                    + String.join(", ", names())
                    + ", fields, consents, dependants"
                    + (dependant ? " and relationship" : "")));
      }
    }
    return new FormAnswers(details, fields, consents, dependants);
  }

  private static void fields(
      JsonNode node, String path, Map<String, List<String>> into, List<FieldError> errors) {
    if (!node.isObject()) {
      errors.add(error(path, node, "must be a JSON object of field keys to values"));
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = path + "." + field.getKey();
      JsonNode value = field.getValue();
      if (value.isNull()) {
        continue;
      }
      List<String> values = new ArrayList<>();
      if (value.isArray()) {
        for (JsonNode element : value) {
          String text = scalar(name, element, errors);
          if (text != null) {
            values.add(text);
          }
        }
      } else {
        String text = scalar(name, value, errors);
        if (text != null) {
          values.add(text);
        }
      }
      into.put(field.getKey(), values);
    }
  }

  private static void consents(
      JsonNode node, String path, Map<String, Boolean> into, List<FieldError> errors) {
    if (!node.isObject()) {
      errors.add(error(path, node, "must be a JSON object of purpose keys to true or false"));
      return;
    }
    for (Map.Entry<String, JsonNode> consent : node.properties()) {
      if (consent.getValue().isBoolean()) {
        into.put(consent.getKey(), consent.getValue().booleanValue());
      } else if (!consent.getValue().isNull()) {
        errors.add(
            error(
                path + "." + consent.getKey(),
                consent.getValue(),
                "must be true (granted) or false (declined)"));
      }
    }
  }

  private static void dependants(
      JsonNode node, String path, List<DependantAnswers> into, List<FieldError> errors) {
    if (!node.isArray()) {
      errors.add(error(path + DEPENDANTS, node, "must be a JSON array of the dependants' answers"));
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      String prefix = path + DEPENDANTS + "[" + i + "].";
      JsonNode one = node.get(i);
      FormAnswers answers = read(one, prefix, true, errors);
      JsonNode relationship = one.path(RELATIONSHIP);
      Relationship parsed = relationship(relationship);
      if (parsed == null) {
        errors.add(
            error(
                prefix + RELATIONSHIP,
                relationship,
                relationship.isMissingNode() || relationship.isNull()
                    ? "is required"
                    : "must be one of " + List.of(Relationship.values())));
      } else {
        into.add(new DependantAnswers(parsed, answers));
      }
    }
  }

  private static @Nullable Relationship relationship(JsonNode node) {
    if (!node.isTextual()) {
      return null;
    }
    for (Relationship r : Relationship.values()) {
      if (r.name().equals(node.textValue().strip().toUpperCase(Locale.ROOT))) {
        return r;
      }
    }
    return null;
  }

  /** A string, number or boolean as text; anything else is an error. */
  private static @Nullable String scalar(String name, JsonNode value, List<FieldError> errors) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber()) {
      return value.isIntegralNumber()
          ? value.bigIntegerValue().toString()
          : value.decimalValue().toPlainString();
    }
    if (value.isBoolean()) {
      return Boolean.toString(value.booleanValue());
    }
    errors.add(error(name, value, "must be a string, a number or true/false"));
    return null;
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (PersonDetail detail : PersonDetail.values()) {
      names.add(detail.jsonName());
    }
    return names;
  }

  private static String strip(String prefix) {
    return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }

  private static FieldError error(String name, JsonNode value, String problem) {
    String text = value.isMissingNode() ? null : value.toString();
    if (text != null && text.length() > 100) {
      text = text.substring(0, 100) + "...";
    }
    return new FieldError(name, text, problem);
  }
}
