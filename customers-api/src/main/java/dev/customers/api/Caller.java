package dev.customers.api;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The context every service call runs in: which organization, who acts, and optionally why. It
 * decides tenancy, authorization and what the audit trail records.
 */
public record Caller(OrganizationId organizationId, Actor actor, @Nullable String reason) {
  /**
   * Checks the components.
   *
   * @param actor who acts
   * @param organizationId the organization
   * @param reason why, for the audit trail
   */
  public Caller {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(actor, "actor");
  }

  /**
   * A caller with no reason given.
   *
   * @param actor who acts
   * @param organizationId the organization
   * @return a caller with no reason given
   */
  public static Caller of(OrganizationId organizationId, Actor actor) {
    return new Caller(organizationId, actor, null);
  }

  /**
   * The same caller with a reason, kept in the audit trail.
   *
   * @param reason why, for the audit trail
   * @return the same caller with a reason, kept in the audit trail
   */
  public Caller withReason(String reason) {
    return new Caller(organizationId, actor, requireNonNull(reason, "reason"));
  }
}
