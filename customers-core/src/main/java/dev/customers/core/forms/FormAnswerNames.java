package dev.customers.core.forms;

import dev.customers.api.forms.FormItem;
import org.jspecify.annotations.Nullable;

/** The name an item's answer has in answers, errors and the JSON Schema. */
final class FormAnswerNames {
  static final String FIELDS = "fields.";
  static final String CONSENTS = "consents.";

  private FormAnswerNames() {}

  /** The answer's name ({@code firstName}, {@code fields.size}), or null for a text block. */
  static @Nullable String of(FormItem item) {
    if (item instanceof FormItem.Detail d) {
      return d.detail().jsonName();
    } else if (item instanceof FormItem.Field f) {
      return FIELDS + f.key();
    } else if (item instanceof FormItem.Consent c) {
      return CONSENTS + c.purpose();
    }
    return null;
  }
}
