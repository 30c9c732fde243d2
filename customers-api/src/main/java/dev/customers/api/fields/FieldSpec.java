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
  public FieldSpec {
    requireNonNull(key, "key");
    requireNonNull(label, "label");
    requireNonNull(helpText, "helpText");
    requireNonNull(type, "type");
    choices = List.copyOf(requireNonNull(choices, "choices"));
    requireNonNull(scope, "scope");
    requireNonNull(access, "access");
  }

  /** An optional, per-roster field that all staff may view and edit. */
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

  public FieldSpec withHelpText(String value) {
    return new FieldSpec(
        key, label, value, type, required, choices, scope, access, personalData, writeOnce);
  }

  public FieldSpec withLabel(String value) {
    return new FieldSpec(
        key, value, helpText, type, required, choices, scope, access, personalData, writeOnce);
  }

  public FieldSpec withRequired(boolean value) {
    return new FieldSpec(
        key, label, helpText, type, value, choices, scope, access, personalData, writeOnce);
  }

  public FieldSpec withChoices(List<String> value) {
    return new FieldSpec(
        key, label, helpText, type, required, value, scope, access, personalData, writeOnce);
  }

  public FieldSpec withScope(FieldScope value) {
    return new FieldSpec(
        key, label, helpText, type, required, choices, value, access, personalData, writeOnce);
  }

  public FieldSpec withAccess(FieldAccess value) {
    return new FieldSpec(
        key, label, helpText, type, required, choices, scope, value, personalData, writeOnce);
  }

  public FieldSpec withPersonalData(boolean value) {
    return new FieldSpec(
        key, label, helpText, type, required, choices, scope, access, value, writeOnce);
  }

  public FieldSpec withWriteOnce(boolean value) {
    return new FieldSpec(
        key, label, helpText, type, required, choices, scope, access, personalData, value);
  }
}
