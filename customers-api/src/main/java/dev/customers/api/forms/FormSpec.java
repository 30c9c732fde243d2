package dev.customers.api.forms;

import static java.util.Objects.requireNonNull;

import dev.customers.api.family.GuardianPermission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an organization publishes as a form: the input of {@link FormService#publish}. Start with
 * {@link #of} and refine with the {@code with} methods.
 *
 * @param key stable identifier shared by the form's versions: lower-case letters, digits and
 *     underscores, starting with a letter, at most 64 characters
 * @param title the title shown to people
 * @param kind what a submission does
 * @param items the items, in the order shown; for a family sign-up, the guardian's
 * @param dependantItems a family sign-up's items asked of each dependant; empty for other kinds
 * @param guardianPermissions what a family sign-up's guardian may do for each dependant it adds
 */
public record FormSpec(
    String key,
    String title,
    FormKind kind,
    List<FormItem> items,
    List<FormItem> dependantItems,
    Set<GuardianPermission> guardianPermissions) {
  /**
   * Checks the components and keeps its own copies of the lists and the set.
   *
   * @param key the key
   * @param title the title
   * @param kind the kind
   * @param items the items
   * @param dependantItems the items asked of each dependant
   * @param guardianPermissions what a family sign-up's guardian may do for each dependant
   */
  public FormSpec {
    requireNonNull(key, "key");
    requireNonNull(title, "title");
    requireNonNull(kind, "kind");
    items = List.copyOf(requireNonNull(items, "items"));
    dependantItems = List.copyOf(requireNonNull(dependantItems, "dependantItems"));
    requireNonNull(guardianPermissions, "guardianPermissions");
    guardianPermissions =
        Collections.unmodifiableSet(
            guardianPermissions.isEmpty()
                ? EnumSet.noneOf(GuardianPermission.class)
                : EnumSet.copyOf(guardianPermissions));
  }

  /**
   * A form with these items and no dependants.
   *
   * @param key the key
   * @param title the title
   * @param kind the kind
   * @param items the items, in the order shown
   * @return the spec
   */
  public static FormSpec of(String key, String title, FormKind kind, List<FormItem> items) {
    return new FormSpec(key, title, kind, items, List.of(), Set.of());
  }

  /**
   * This spec asking each dependant of a family sign-up these items.
   *
   * @param value the items, in the order shown
   * @return this spec asking each dependant of a family sign-up these items
   */
  public FormSpec withDependantItems(List<FormItem> value) {
    return new FormSpec(key, title, kind, items, value, guardianPermissions);
  }

  /**
   * This spec granting a family sign-up's guardian these permissions for each dependant.
   *
   * @param value the permissions
   * @return this spec granting the guardian these permissions
   */
  public FormSpec withGuardianPermissions(Set<GuardianPermission> value) {
    return new FormSpec(key, title, kind, items, dependantItems, value);
  }
}
