package dev.customers.api.forms;

import static java.util.Objects.requireNonNull;

import dev.customers.api.family.Relationship;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers to a form, as the form's JSON Schema describes them: details by {@link PersonDetail},
 * custom field values by the field's key (several only for a multiple-choice field), consents by
 * purpose ({@code true}: granted), and for a family sign-up the dependants' answers. An item left
 * out is unanswered; on an intake or waiver an optional detail or field sent empty clears it. Start
 * with {@link #none} and add with the {@code with} methods; the Jackson module in core reads and
 * writes the JSON shape.
 *
 * @param details the details answered
 * @param fields the custom field values answered, by field key
 * @param consents the consents answered, by purpose key
 * @param dependants a family sign-up's dependants, in order; empty for other forms
 */
public record FormAnswers(
    Map<PersonDetail, String> details,
    Map<String, List<String>> fields,
    Map<String, Boolean> consents,
    List<DependantAnswers> dependants) {
  /**
   * Checks the components, naming any null inside them, and keeps unmodifiable copies.
   *
   * @param details the details answered
   * @param fields the custom field values answered
   * @param consents the consents answered
   * @param dependants the dependants' answers
   */
  public FormAnswers {
    requireNonNull(details, "details");
    requireNonNull(fields, "fields");
    requireNonNull(consents, "consents");
    requireNonNull(dependants, "dependants");
    EnumMap<PersonDetail, String> d = new EnumMap<>(PersonDetail.class);
    details.forEach(
        (k, v) -> d.put(requireNonNull(k, "details key"), requireNonNull(v, "details." + k)));
    details = Collections.unmodifiableMap(d);
    TreeMap<String, List<String>> f = new TreeMap<>();
    fields.forEach(
        (k, v) -> {
          requireNonNull(k, "fields key");
          requireNonNull(v, "fields." + k);
          for (String value : v) {
            requireNonNull(value, "fields." + k + " value");
          }
          f.put(k, List.copyOf(v));
        });
    fields = Collections.unmodifiableMap(f);
    TreeMap<String, Boolean> c = new TreeMap<>();
    consents.forEach(
        (k, v) -> c.put(requireNonNull(k, "consents key"), requireNonNull(v, "consents." + k)));
    consents = Collections.unmodifiableMap(c);
    for (DependantAnswers dependant : dependants) {
      requireNonNull(dependant, "dependants element");
    }
    dependants = List.copyOf(dependants);
  }

  /**
   * No answers at all.
   *
   * @return no answers
   */
  public static FormAnswers none() {
    return new FormAnswers(Map.of(), Map.of(), Map.of(), List.of());
  }

  /**
   * These answers with a detail answered.
   *
   * @param detail the detail
   * @param value its answer
   * @return these answers with the detail answered
   */
  public FormAnswers with(PersonDetail detail, String value) {
    Map<PersonDetail, String> d = new EnumMap<>(PersonDetail.class);
    d.putAll(details);
    d.put(requireNonNull(detail, "detail"), requireNonNull(value, "value"));
    return new FormAnswers(d, fields, consents, dependants);
  }

  /**
   * These answers with a custom field answered.
   *
   * @param key the field's key
   * @param values its values (several only for a multiple-choice field)
   * @return these answers with the field answered
   */
  public FormAnswers withField(String key, String... values) {
    Map<String, List<String>> f = new TreeMap<>(fields);
    f.put(requireNonNull(key, "key"), Arrays.asList(requireNonNull(values, "values")));
    return new FormAnswers(details, f, consents, dependants);
  }

  /**
   * These answers with a consent answered.
   *
   * @param purpose the purpose's key
   * @param granted true to grant it, false to decline
   * @return these answers with the consent answered
   */
  public FormAnswers withConsent(String purpose, boolean granted) {
    Map<String, Boolean> c = new TreeMap<>(consents);
    c.put(requireNonNull(purpose, "purpose"), granted);
    return new FormAnswers(details, fields, c, dependants);
  }

  /**
   * These answers with one more dependant (a family sign-up).
   *
   * @param relationship how the guardian is related to the dependant
   * @param answers the dependant's answers
   * @return these answers with the dependant added
   */
  public FormAnswers withDependant(Relationship relationship, FormAnswers answers) {
    List<DependantAnswers> all = new ArrayList<>(dependants);
    all.add(new DependantAnswers(relationship, answers));
    return new FormAnswers(details, fields, consents, all);
  }

  /**
   * Whether nothing is answered.
   *
   * @return whether nothing is answered
   */
  public boolean isEmpty() {
    return details.isEmpty() && fields.isEmpty() && consents.isEmpty() && dependants.isEmpty();
  }
}
