package dev.customers.core.internal;

import dev.customers.api.Caller;
import dev.customers.api.spi.StoreSession;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The permission rules, one injected policy made of one rule set per capability (the roster's,
 * profile data's). Every service call checks them inside its transaction through the {@link
 * Permissions} bound to that call, so a rule can read what it needs (a guardian link, say) from the
 * call's own session and sees what the call's writes see.
 */
@Singleton
public final class AccessPolicy {
  private final RosterAccessRules roster;
  private final ProfileAccessRules profile;

  @Inject
  AccessPolicy(RosterAccessRules roster, ProfileAccessRules profile) {
    this.roster = roster;
    this.profile = profile;
  }

  /** The caller's permissions within one transaction. */
  public Permissions bind(Caller caller, StoreSession session) {
    return new Permissions(caller, session, roster, profile);
  }
}
