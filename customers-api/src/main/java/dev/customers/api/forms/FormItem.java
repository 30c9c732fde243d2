package dev.customers.api.forms;

import static java.util.Objects.requireNonNull;

/**
 * One item of a form, in the order shown: a person's detail, a custom field (its type and rules
 * come from the field's definition), a consent purpose to ask, or a block of text to read.
 */
public sealed interface FormItem
    permits FormItem.Detail, FormItem.Field, FormItem.Consent, FormItem.Text {

  /**
   * Asks for a person's detail.
   *
   * @param detail the detail
   * @param required whether an answer must be given
   */
  record Detail(PersonDetail detail, boolean required) implements FormItem {
    /**
     * Checks the components.
     *
     * @param detail the detail
     * @param required whether an answer must be given
     */
    public Detail {
      requireNonNull(detail, "detail");
    }
  }

  /**
   * Asks for a custom field's value by the field's key; the field must be one a customer may edit.
   *
   * @param key the field's key
   * @param required whether an answer must be given
   */
  record Field(String key, boolean required) implements FormItem {
    /**
     * Checks the components.
     *
     * @param key the field's key
     * @param required whether an answer must be given
     */
    public Field {
      requireNonNull(key, "key");
    }
  }

  /**
   * Asks for consent to a purpose, answered {@code true} (granted) or {@code false} (declined). A
   * required consent must be granted: it is what a waiver's signer agrees to.
   *
   * @param purpose the consent purpose's key
   * @param required whether it must be granted
   */
  record Consent(String purpose, boolean required) implements FormItem {
    /**
     * Checks the components.
     *
     * @param purpose the consent purpose's key
     * @param required whether it must be granted
     */
    public Consent {
      requireNonNull(purpose, "purpose");
    }
  }

  /**
   * A block of text shown with the form (a waiver's terms, a heading); it takes no answer.
   *
   * @param text the text, up to 10,000 characters
   */
  record Text(String text) implements FormItem {
    /**
     * Checks the components.
     *
     * @param text the text
     */
    public Text {
      requireNonNull(text, "text");
    }
  }

  /**
   * A required detail.
   *
   * @param detail the detail
   * @return the item
   */
  static Detail required(PersonDetail detail) {
    return new Detail(detail, true);
  }

  /**
   * An optional detail.
   *
   * @param detail the detail
   * @return the item
   */
  static Detail optional(PersonDetail detail) {
    return new Detail(detail, false);
  }

  /**
   * A custom field.
   *
   * @param key the field's key
   * @param required whether an answer must be given
   * @return the item
   */
  static Field field(String key, boolean required) {
    return new Field(key, required);
  }

  /**
   * A consent purpose.
   *
   * @param purpose the purpose's key
   * @param required whether it must be granted
   * @return the item
   */
  static Consent consent(String purpose, boolean required) {
    return new Consent(purpose, required);
  }

  /**
   * A block of text.
   *
   * @param text the text
   * @return the item
   */
  static Text text(String text) {
    return new Text(text);
  }
}
