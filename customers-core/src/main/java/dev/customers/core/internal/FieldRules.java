package dev.customers.core.internal;

import dev.customers.api.FieldError;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.spi.Decimals;
import dev.customers.api.spi.StoredText;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a field definition and a field value must be. Values are reduced to one canonical text per
 * type, which is what is stored, compared by filters and returned.
 */
public final class FieldRules {
  static final int MAX_TEXT = StoredText.FIELD_TEXT;
  static final int MAX_TEXTAREA = StoredText.FIELD_TEXTAREA;
  static final int MAX_CHOICES = StoredText.CHOICES;
  static final int MAX_CHOICE = StoredText.CHOICE;
  static final int MAX_URL = StoredText.FIELD_URL;
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\-. ]+");

  private FieldRules() {}

  /** The spec with trimmed texts, or a validation error listing what is wrong with it. */
  public static FieldSpec check(FieldSpec spec) {
    List<FieldError> errors = new ArrayList<>();
    Texts.key("key", spec.key(), errors);
    String label = Texts.line("label", spec.label(), 1, StoredText.LABEL, errors);
    String help = Texts.text("helpText", spec.helpText(), 0, StoredText.HELP_TEXT, true, errors);
    List<String> choices = new ArrayList<>();
    if (spec.type().hasChoices()) {
      if (spec.choices().isEmpty()) {
        errors.add(
            new FieldError("choices", "", "a " + spec.type() + " field needs at least one choice"));
      }
      if (spec.choices().size() > MAX_CHOICES) {
        errors.add(
            new FieldError(
                "choices",
                Integer.toString(spec.choices().size()),
                "must be at most " + MAX_CHOICES + " choices"));
      }
      Set<String> seen = new HashSet<>();
      for (String choice : spec.choices()) {
        String trimmed = Texts.line("choices", choice, 1, MAX_CHOICE, errors);
        if (!seen.add(trimmed)) {
          errors.add(new FieldError("choices", choice, "is listed twice"));
        }
        choices.add(trimmed);
      }
    } else if (!spec.choices().isEmpty()) {
      errors.add(
          new FieldError(
              "choices", String.join(", ", spec.choices()), "only choice fields have choices"));
    }
    Texts.check(errors);
    return new FieldSpec(
        spec.key(),
        label,
        help,
        spec.type(),
        spec.required(),
        choices,
        spec.scope(),
        spec.access(),
        spec.personalData(),
        spec.writeOnce());
  }

  /** Whether the actor may change or clear a write-once field's value once set: owners only. */
  public static boolean mayRewriteWriteOnce(dev.customers.api.Actor actor) {
    return actor instanceof dev.customers.api.Actor.Staff staff
        && staff.role() == dev.customers.api.StaffRole.OWNER;
  }

  /**
   * The canonical texts of {@code raw} for the field (empty: clear it), adding an error naming
   * {@code name} and the bad value for each one that does not fit the type.
   */
  public static List<String> canonical(
      FieldDefinition field, String name, List<String> raw, List<FieldError> errors) {
    FieldType type = field.type();
    for (String value : raw) {
      if (value != null && !Texts.characters(name, value, type == FieldType.TEXTAREA, errors)) {
        return List.of();
      }
    }
    List<String> given = raw.stream().filter(v -> v != null && !v.isBlank()).toList();
    if (given.size() > 1 && type != FieldType.MULTIPLE_CHOICE) {
      errors.add(
          new FieldError(name, String.join(", ", given), "takes one value, not " + given.size()));
      return List.of();
    }
    if (type == FieldType.MULTIPLE_CHOICE) {
      List<String> chosen = new ArrayList<>();
      for (String value : given) {
        String text = value.strip();
        if (!field.spec().choices().contains(text)) {
          errors.add(
              new FieldError(name, value, "is not one of the choices " + field.spec().choices()));
        } else if (chosen.contains(text)) {
          errors.add(new FieldError(name, value, "is chosen twice"));
        } else {
          chosen.add(text);
        }
      }
      chosen.sort(java.util.Comparator.comparingInt(field.spec().choices()::indexOf));
      return chosen;
    }
    if (given.isEmpty()) {
      return List.of();
    }
    String value = given.get(0);
    String canonical = one(field, value);
    if (canonical == null) {
      errors.add(new FieldError(name, value, problem(field)));
      return List.of();
    }
    return List.of(canonical);
  }

  /** The canonical text of one value, or null when it does not fit the type. */
  static @org.jspecify.annotations.Nullable String one(FieldDefinition field, String value) {
    String text = value.strip();
    return switch (field.type()) {
      // Line breaks and other controls never get here: canonical() refused them first.
      case TEXT -> text.length() <= MAX_TEXT ? text : null;
      case TEXTAREA -> text.length() <= MAX_TEXTAREA ? text : null;
      case NUMBER -> number(text);
      case DECIMAL -> decimal(text);
      case DATE -> date(text);
      case BOOLEAN -> bool(text);
      case SINGLE_CHOICE -> field.spec().choices().contains(text) ? text : null;
      case EMAIL -> text.length() <= MAX_TEXT && EmailAddress.isValid(text) ? text : null;
      case PHONE -> phone(text);
      case URL -> url(text);
      // A multiple-choice value is checked choice by choice by the caller of this method.
      case MULTIPLE_CHOICE -> null;
    };
  }

  private static @org.jspecify.annotations.Nullable String number(String text) {
    try {
      return Long.toString(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @org.jspecify.annotations.Nullable String date(String text) {
    try {
      LocalDate date = LocalDate.parse(text);
      return date.getYear() >= 1000 && date.getYear() <= 9999 ? date.toString() : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @org.jspecify.annotations.Nullable String bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> "true";
      case "false", "no", "0" -> "false";
      default -> null;
    };
  }

  private static @org.jspecify.annotations.Nullable String phone(String text) {
    long digits = text.chars().filter(Character::isDigit).count();
    return text.length() <= StoredText.PHONE
            && PHONE.matcher(text).matches()
            && digits >= 5
            && digits <= 15
        ? text
        : null;
  }

  private static @org.jspecify.annotations.Nullable String decimal(String text) {
    // Limits.parse refuses text too long to be such a number before parsing it (parsing a
    // million digits takes seconds), and never expands an exponent.
    BigDecimal number = Limits.parse(text, Limits.SCALE);
    return number == null ? null : Decimals.canonical(number).toPlainString();
  }

  private static @org.jspecify.annotations.Nullable String url(String text) {
    if (text.length() > MAX_URL) {
      return null;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          ? text
          : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String problem(FieldDefinition field) {
    return switch (field.type()) {
      case TEXT -> "must be one line of at most " + MAX_TEXT + " characters";
      case TEXTAREA -> "must be at most " + MAX_TEXTAREA + " characters";
      case NUMBER -> "is not a whole number";
      case DECIMAL ->
          "is not a decimal number of at most "
              + Limits.INTEGER_DIGITS
              + " digits before the point and "
              + Limits.SCALE
              + " after";
      case DATE -> "is not a date written like 2026-03-02";
      case BOOLEAN -> "is not true or false";
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> "is not one of the choices " + field.spec().choices();
      case EMAIL -> "is not an email address";
      case PHONE ->
          "is not a phone number (5 to 15 digits, with optional +, spaces, dots, dashes, brackets)";
      case URL -> "is not an absolute http or https URL";
    };
  }
}
