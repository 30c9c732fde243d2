package dev.customers.core.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.customers.api.StorageException;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.FormSpec;
import dev.customers.core.internal.Sha256;
import dev.customers.core.json.CustomersJsonModule;
import dev.customers.core.json.FormAnswersJson;

/**
 * The JSON text a store keeps for a form's definition and a customer's answers, and the fingerprint
 * that tells a retried submission from another one under the same id.
 */
final class FormCodec {
  private static final ObjectMapper JSON =
      new ObjectMapper().registerModule(new CustomersJsonModule());

  private FormCodec() {}

  static String definition(FormSpec spec) {
    try {
      return JSON.writeValueAsString(spec);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a form spec is always JSON", e);
    }
  }

  static FormSpec spec(String definition) {
    try {
      return JSON.readValue(definition, FormSpec.class);
    } catch (JsonProcessingException e) {
      throw new StorageException("a stored form definition is not readable: " + e.getMessage(), e);
    }
  }

  static String answers(FormAnswers answers) {
    return FormAnswersJson.write(answers).toString();
  }

  static FormAnswers answers(String stored) {
    try {
      return FormAnswersJson.read(JSON.readTree(stored));
    } catch (JsonProcessingException e) {
      throw new StorageException("stored form answers are not readable: " + e.getMessage(), e);
    }
  }

  /** The hex SHA-256 of what was sent: the form, who it is about, and the answers as given. */
  static String fingerprint(String form, String about, FormAnswers answers) {
    return Sha256.hex(form + "\n" + about + "\n" + answers(answers));
  }
}
