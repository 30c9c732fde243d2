package dev.customers.core.forms;

import dev.customers.api.FieldError;
import dev.customers.api.FieldId;
import dev.customers.api.PersonId;
import dev.customers.api.family.Relationship;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.FormItem;
import dev.customers.api.forms.PersonDetail;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.RosterEntry;
import dev.customers.core.internal.FieldReads;
import dev.customers.core.internal.FieldRules;
import dev.customers.core.internal.FormAccessRules;
import dev.customers.core.internal.Work;
import dev.customers.core.roster.RosterWrites;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks one person's answers against a form's items, adding every bad answer to one list with its
 * name ({@code email}, {@code dependants[1].fields.allergies}); nothing is written here.
 */
final class AnswerCheck {
  /** One field's answer, canonical. */
  record FieldAnswer(FieldDefinition field, List<String> values) {}

  /**
   * One person's checked answers: the details to store (an existing customer's with the answers
   * over them), the field values and consents answered, and the answers as stored.
   */
  record Checked(
      CustomerDetails details,
      boolean detailsAnswered,
      List<FieldAnswer> fields,
      Map<String, Boolean> consents,
      FormAnswers stored,
      @Nullable Relationship relationship) {}

  private final Work work;
  private final Map<String, FieldDefinition> fields;
  private final Set<String> purposes;
  private final List<FieldError> errors;

  AnswerCheck(
      Work work,
      Map<String, FieldDefinition> fields,
      Set<String> purposes,
      List<FieldError> errors) {
    this.work = work;
    this.fields = fields;
    this.purposes = purposes;
    this.errors = errors;
  }

  /**
   * Checks one person's answers.
   *
   * @param prefix what goes before each answer's name ({@code ""}, {@code "dependants[0]."})
   * @param items the form's items for this person
   * @param answers the answers as sent
   * @param existing the customer answered about, or null when the form adds them
   * @param relationship a dependant's relationship to the guardian, or null
   */
  Checked person(
      String prefix,
      List<FormItem> items,
      FormAnswers answers,
      @Nullable RosterEntry existing,
      @Nullable Relationship relationship) {
    notOnForm(prefix, items, answers);
    Map<PersonDetail, String> detailAnswers = new EnumMap<>(PersonDetail.class);
    List<FieldAnswer> fieldAnswers = new ArrayList<>();
    Map<String, Boolean> consents = new LinkedHashMap<>();
    PersonId owner = existing == null ? FormAccessRules.NEW_PERSON : existing.person().id();
    Map<FieldId, List<String>> before =
        existing == null
            ? Map.of()
            : FieldReads.storedValues(work.session(), work.organization().id(), existing);
    for (FormItem item : items) {
      if (item instanceof FormItem.Detail d) {
        String name = prefix + d.detail().jsonName();
        String value = answers.details().get(d.detail());
        if (value == null || value.isBlank()) {
          if (d.required()) {
            errors.add(new FieldError(name, value, "is required"));
          } else if (value != null && existing != null) {
            // Sent empty about an existing customer: the answer clears the detail.
            detailAnswers.put(d.detail(), "");
          }
        } else {
          detailAnswers.put(d.detail(), value.strip());
        }
      } else if (item instanceof FormItem.Field f) {
        field(prefix, f, answers, owner, existing != null, before, fieldAnswers);
      } else if (item instanceof FormItem.Consent c) {
        String name = prefix + FormAnswerNames.CONSENTS + c.purpose();
        Boolean granted = answers.consents().get(c.purpose());
        if (granted != null && !purposes.contains(c.purpose())) {
          errors.add(new FieldError(name, granted.toString(), "no such consent purpose"));
        } else if (c.required() && !Boolean.TRUE.equals(granted)) {
          errors.add(
              new FieldError(
                  name,
                  granted == null ? null : granted.toString(),
                  "must be granted (true) to submit this form"));
        } else if (granted != null) {
          consents.put(c.purpose(), granted);
        }
      }
    }
    CustomerDetails details = details(prefix, detailAnswers, existing);
    Map<String, List<String>> storedFields = new TreeMap<>();
    fieldAnswers.forEach(a -> storedFields.put(a.field().key(), a.values()));
    Map<PersonDetail, String> storedDetails = new EnumMap<>(detailAnswers);
    if (details.birthday() != null && storedDetails.containsKey(PersonDetail.BIRTHDAY)) {
      storedDetails.put(PersonDetail.BIRTHDAY, details.birthday().toString());
    }
    FormAnswers stored = new FormAnswers(storedDetails, storedFields, consents, List.of());
    return new Checked(
        details, !detailAnswers.isEmpty(), fieldAnswers, consents, stored, relationship);
  }

  /** An answer to something the form does not ask for is named, never dropped. */
  private void notOnForm(String prefix, List<FormItem> items, FormAnswers answers) {
    Set<String> asked = new java.util.HashSet<>();
    items.forEach(item -> asked.add(FormAnswerNames.of(item)));
    answers
        .details()
        .forEach(
            (detail, value) -> {
              if (!asked.contains(detail.jsonName())) {
                errors.add(
                    new FieldError(prefix + detail.jsonName(), value, "is not on this form"));
              }
            });
    answers
        .fields()
        .forEach(
            (key, values) -> {
              if (!asked.contains(FormAnswerNames.FIELDS + key)) {
                errors.add(
                    new FieldError(
                        prefix + FormAnswerNames.FIELDS + key,
                        String.join(", ", values),
                        "is not on this form"));
              }
            });
    answers
        .consents()
        .forEach(
            (purpose, granted) -> {
              if (!asked.contains(FormAnswerNames.CONSENTS + purpose)) {
                errors.add(
                    new FieldError(
                        prefix + FormAnswerNames.CONSENTS + purpose,
                        granted.toString(),
                        "is not on this form"));
              }
            });
  }

  private void field(
      String prefix,
      FormItem.Field item,
      FormAnswers answers,
      PersonId owner,
      boolean existing,
      Map<FieldId, List<String>> before,
      List<FieldAnswer> into) {
    String name = prefix + FormAnswerNames.FIELDS + item.key();
    List<String> raw = answers.fields().getOrDefault(item.key(), List.of());
    boolean answered = raw.stream().anyMatch(v -> !v.isBlank());
    // Sent empty about an existing customer: the answer clears the field, as setValues does.
    boolean clears = !answered && existing && answers.fields().containsKey(item.key());
    FieldDefinition field = fields.get(item.key());
    if (field == null || field.archived()) {
      if (answered) {
        errors.add(
            new FieldError(
                name, String.join(", ", raw), "is archived: this form can no longer take it"));
      }
      return;
    }
    if ((answered || clears) && !FormAccessRules.mayAnswer(work.permissions(), field, owner)) {
      errors.add(
          new FieldError(
              name,
              String.join(", ", raw),
              work.caller().actor().describe() + " may not edit this field"));
      return;
    }
    int known = errors.size();
    List<String> canonical = FieldRules.canonical(field, name, raw, errors);
    if (errors.size() > known) {
      return;
    }
    if (canonical.isEmpty() && (item.required() || !clears)) {
      if (item.required()) {
        errors.add(new FieldError(name, answered ? String.join(", ", raw) : null, "is required"));
      }
      return;
    }
    List<String> old = before.getOrDefault(field.id(), List.of());
    if (field.spec().writeOnce()
        && !old.isEmpty()
        && !old.equals(canonical)
        && !FieldRules.mayRewriteWriteOnce(work.caller().actor())) {
      errors.add(
          new FieldError(
              name,
              String.join(", ", raw),
              "is write-once and already set to " + String.join(", ", old)));
      return;
    }
    into.add(new FieldAnswer(field, canonical));
  }

  /** The details to store, checked as the roster checks them, with their names prefixed. */
  private CustomerDetails details(
      String prefix, Map<PersonDetail, String> answered, @Nullable RosterEntry existing) {
    CustomerDetails base =
        existing == null ? CustomerDetails.of("", "") : existing.person().details();
    LocalDate birthday = base.birthday();
    String birthdayText = answered.get(PersonDetail.BIRTHDAY);
    boolean birthdayBad = false;
    if (birthdayText != null && birthdayText.isEmpty()) {
      birthday = null;
    } else if (birthdayText != null) {
      try {
        birthday = LocalDate.parse(birthdayText);
      } catch (DateTimeParseException e) {
        errors.add(
            new FieldError(prefix + "birthday", birthdayText, "is not a date (write 2016-04-30)"));
        birthdayBad = true;
      }
    }
    CustomerDetails details =
        new CustomerDetails(
            answered.getOrDefault(PersonDetail.FIRST_NAME, base.firstName()),
            answered.getOrDefault(PersonDetail.LAST_NAME, base.lastName()),
            answered.containsKey(PersonDetail.EMAIL)
                ? answered.get(PersonDetail.EMAIL)
                : base.email(),
            base.username(),
            answered.containsKey(PersonDetail.PHONE)
                ? answered.get(PersonDetail.PHONE)
                : base.phone(),
            birthdayBad ? base.birthday() : birthday);
    for (FieldError error : RosterWrites.problems(details, work.today())) {
      String name = prefix + error.field();
      // A required detail left blank is already named; the roster's own rule would name it again.
      if (errors.stream().noneMatch(e -> e.field().equals(name))) {
        errors.add(new FieldError(name, error.value(), error.problem()));
      }
    }
    String email = answered.get(PersonDetail.EMAIL);
    if (email != null && EmailAddress.isValid(email)) {
      EmailAddress address = EmailAddress.of(email);
      boolean changed =
          existing == null
              || existing.person().email() == null
              || !address.key().equals(existing.person().email().key());
      if (changed
          && work.session()
              .customers()
              .findActiveByEmail(work.organization().id(), address.key())
              .filter(c -> existing == null || !c.id().equals(existing.customer().id()))
              .isPresent()) {
        errors.add(
            new FieldError(
                prefix + "email",
                email,
                "is already used by another customer: sign in to that account, or use another"
                    + " address"));
      }
    }
    return details;
  }
}
