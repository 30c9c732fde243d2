package dev.customers.core.family;

import dev.customers.api.CustomerId;
import dev.customers.api.InvalidStateException;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.family.GuardianLink;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.LinkChange;
import dev.customers.api.family.Relationship;
import dev.customers.api.roster.RosterEntry;
import dev.customers.core.internal.Lookups;
import dev.customers.core.internal.Work;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Links a guardian and a dependant by the family rules (both active, no self-link, no cycle, under
 * the organization's link lock), with the audit entries and event, inside any capability's
 * transaction: the family service and a form's family sign-up. The caller's permission is checked
 * by whoever calls.
 */
public final class FamilyWrites {
  private FamilyWrites() {}

  /**
   * Adds the link.
   *
   * @param work the transaction
   * @param guardian the guardian's customer
   * @param dependant the dependant's customer
   * @param relationship how the guardian is related to the dependant
   * @param granted what the guardian may do for the dependant
   * @return the new link
   */
  public static GuardianLink link(
      Work work,
      CustomerId guardian,
      CustomerId dependant,
      Relationship relationship,
      Set<GuardianPermission> granted) {
    RosterEntry g = Lookups.customer(work.session(), work.organization().id(), guardian);
    RosterEntry d = Lookups.customer(work.session(), work.organization().id(), dependant);
    for (RosterEntry entry : List.of(g, d)) {
      if (entry.customer().isArchived()) {
        throw new InvalidStateException(
            "customer " + entry.id() + " is archived: unarchive them before linking");
      }
    }
    if (g.person().id().equals(d.person().id())) {
      throw ValidationException.of(
          "dependant",
          dependant.toString(),
          "is the guardian's own person: no one guards themself");
    }
    work.session().family().lockLinks(work.organization().id());
    if (FamilyGraph.closesCycle(
        work.session().family(), work.organization().id(), g.person().id(), d.person().id())) {
      throw ValidationException.of(
          "dependant",
          dependant.toString(),
          "is already a guardian of customer "
              + guardian
              + " (directly or through others): a link may not make anyone their own guardian");
    }
    GuardianLink link =
        new GuardianLink(
            work.organization().id(),
            g.person().id(),
            d.person().id(),
            relationship,
            granted,
            work.now(),
            work.now());
    work.session().family().insert(link);
    record(work, g, d, LinkChange.LINKED, null, link);
    return link;
  }

  /** The audit entries on both customers and the event, named by the dependant. */
  static void record(
      Work work,
      RosterEntry g,
      RosterEntry d,
      LinkChange change,
      @Nullable GuardianLink before,
      @Nullable GuardianLink after) {
    String action = "guardian." + change.name().toLowerCase(java.util.Locale.ROOT);
    work.audit(
        d.id(),
        action,
        List.of(new FieldChange("guardian." + g.id(), describe(before), describe(after))));
    work.audit(
        g.id(),
        action,
        List.of(new FieldChange("dependant." + d.id(), describe(before), describe(after))));
    work.publish(
        new CustomerEvent.GuardianLinkChanged(
            work.newId(),
            work.organization().id(),
            d.id(),
            g.id(),
            change,
            after == null ? Set.of() : after.permissions(),
            work.now(),
            work.caller().actor().describe()));
  }

  private static @Nullable String describe(@Nullable GuardianLink link) {
    if (link == null) {
      return null;
    }
    return link.relationship()
        + " "
        + link.permissions().stream()
            .sorted()
            .map(GuardianPermission::name)
            .collect(Collectors.joining(",", "[", "]"));
  }
}
