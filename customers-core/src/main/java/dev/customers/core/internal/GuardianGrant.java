package dev.customers.core.internal;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.PersonId;
import dev.customers.api.family.GuardianLink;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.roster.Customer;
import dev.customers.api.spi.StoreSession;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a guardian acting for a dependant may do in one call: their link, read once from the call's
 * own session, so a link removed or narrowed in another transaction stops counting at once. The
 * guardian must be an active customer of the organization and the link must exist; without a family
 * store no link exists.
 */
final class GuardianGrant {
  private final Caller caller;
  private final StoreSession session;
  private Optional<GuardianLink> link = Optional.empty();
  private boolean looked;

  GuardianGrant(Caller caller, StoreSession session) {
    this.caller = caller;
    this.session = session;
  }

  /**
   * Whether the actor is a guardian who may do {@code needed} for {@code person}. Editing a profile
   * includes viewing it: an edit answers with what it changed.
   */
  boolean allows(@Nullable PersonId person, GuardianPermission needed) {
    return caller.actor() instanceof Actor.Guardian guardian
        && guardian.dependant().equals(person)
        && link()
            .map(
                l ->
                    l.allows(needed)
                        || (needed == GuardianPermission.VIEW_PROFILE
                            && l.allows(GuardianPermission.EDIT_PROFILE)))
            .orElse(false);
  }

  /** Whether the actor is a guardian with a link to the dependant they act for. */
  boolean linked() {
    return caller.actor() instanceof Actor.Guardian && link().isPresent();
  }

  private Optional<GuardianLink> link() {
    if (!looked) {
      link = read();
      looked = true;
    }
    return link;
  }

  private Optional<GuardianLink> read() {
    if (!(caller.actor() instanceof Actor.Guardian guardian) || !session.provides("family")) {
      return Optional.empty();
    }
    boolean activeGuardian =
        session
            .customers()
            .findByPerson(caller.organizationId(), guardian.guardian())
            .filter(c -> !c.isArchived())
            .map(Customer::personId)
            .isPresent();
    if (!activeGuardian) {
      return Optional.empty();
    }
    return session
        .family()
        .find(caller.organizationId(), guardian.guardian(), guardian.dependant());
  }
}
