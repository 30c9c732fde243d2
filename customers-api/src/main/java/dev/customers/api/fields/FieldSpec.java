package dev.customers.api.fields;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What defines a custom field: the input of {@link FieldService#define} and {@link
 * FieldService#update}. Start with {@link #of} and refine with the {@code with} methods.
 *
 * @param key stable identifier used by forms, filters and imports: lower-case letters, digits and
 *     underscores, starting with a letter, at most 64 characters
 * @param personalData whether values are personal data, exported and erased with the person
 * @param writeOnce whether a value, once set, may be changed or cleared only by an owner
 */
public record FieldSpec(
    String key,
    String label,
    String helpText,
    FieldType type,
    boolean required,
    List<String> choices,
    FieldScope scope,
    FieldAccess access,
    boolean personalData,
    boolean writeOnce) {
  /**
   * Checks the components and keeps its own copies of the lists.
   *
   * @param access who may see and change the values
   * @param choices the choices, in display order
   * @param helpText the help text shown with the field
   * @param key the key
   * @param label the label shown to people
   * @param personalData whether the values are personal data (exports and erasure follow it)
   * @param required whether a value must stay set
   * @param scope whose value it is: the person's or the roster's
   * @param type the type
   * @param writeOnce whether a value, once set, may only be changed by an owner
   */
  public FieldSpec {
    requireNonNull(key, "key");
    requireNonNull(label, "label");
    requireNonNull(helpText, "helpText");
    requireNonNull(type, "type");
    choices = List.copyOf(requireNonNull(choices, "choices"));
    requireNonNull(scope, "scope");
    requireNonNull(access, "access");
  }

  /**
   * An optional, per-roster field that all staff may view and edit.
   *
   * @param key the key
   * @param label the label shown to people
   * @param type the type
   * @return an optional, per-roster field that all staff may view and edit
   */
  public static FieldSpec of(String key, String label, FieldType type) {
    return new FieldSpec(
        key,
        label,
        "",
        type,
        false,
        List.of(),
        FieldScope.ROSTER,
        FieldAccess.staffOnly(),
        false,
        false);
  }

  /**
   * This spec with another help text.
   *
   * @param value the value
   * @return this spec with another help text
   */
  public FieldSpec withHelpText(String value) {
    return new FieldSpec(
        key, label, value, type, required, choices, scope, access, personalData, writeOnce);
  }

  /**
   * This spec with another label.
   *
   * @param value the value
   * @return this spec with another label
   */
  public FieldSpec withLabel(String value) {
    return new FieldSpec(
        key, value, helpText, type, required, choices, scope, access, personalData, writeOnce);
  }

  /**
   * This spec, required or not.
   *
   * @param value the value
   * @return this spec, required or not
   */
  public FieldSpec withRequired(boolean value) {
    return new FieldSpec(
        key, label, helpText, type, value, choices, scope, access, personalData, writeOnce);
  }

  /**
   * This spec with other choices (for choice fields).
   *
   * @param value the value
   * @return this spec with other choices (for choice fields)
   */
  public FieldSpec withChoices(List<String> value) {
    return new FieldSpec(
        key, label, helpText, type, required, value, scope, access, personalData, writeOnce);
  }

  /**
   * This spec with another scope.
   *
   * @param value the value
   * @return this spec with another scope
   */
  public FieldSpec withScope(FieldScope value) {
    return new FieldSpec(
        key, label, helpText, type, required, choices, value, access, personalData, writeOnce);
  }

  /**
   * This spec with other access rules.
   *
   * @param value the value
   * @return this spec with other access rules
   */
  public FieldSpec withAccess(FieldAccess value) {
    return new FieldSpec(
        key, label, helpText, type, required, choices, scope, value, personalData, writeOnce);
  }

  /**
   * This spec, marked as personal data or not.
   *
   * @param value the value
   * @return this spec, marked as personal data or not
   */
  public FieldSpec withPersonalData(boolean value) {
    return new FieldSpec(
        key, label, helpText, type, required, choices, scope, access, value, writeOnce);
  }

  /**
   * This spec, write-once or not.
   *
   * @param value the value
   * @return this spec, write-once or not
   */
  public FieldSpec withWriteOnce(boolean value) {
    return new FieldSpec(
        key, label, helpText, type, required, choices, scope, access, personalData, value);
  }
}
