package dev.customers.api;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The context every service call runs in: which organization, who acts, and optionally why. It
 * decides tenancy, authorization and what the audit trail records.
 */
public record Caller(OrganizationId organizationId, Actor actor, @Nullable String reason) {
  public Caller {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(actor, "actor");
  }

  public static Caller of(OrganizationId organizationId, Actor actor) {
    return new Caller(organizationId, actor, null);
  }

  public Caller withReason(String reason) {
    return new Caller(organizationId, actor, requireNonNull(reason, "reason"));
  }
}
