package dev.customers.testkit;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.OrganizationId;
import dev.customers.api.StaffRole;
import dev.customers.api.roster.CustomerDetails;
import java.time.LocalDate;

/** Ready-made callers and customer details for tests. */
public final class Fixtures {
  private Fixtures() {}

  public static Caller owner(OrganizationId organization) {
    return Caller.of(organization, Actor.staff("owner", StaffRole.OWNER));
  }

  public static Caller admin(OrganizationId organization) {
    return Caller.of(organization, Actor.staff("admin", StaffRole.ADMIN));
  }

  public static Caller staff(OrganizationId organization) {
    return Caller.of(organization, Actor.staff("front-desk", StaffRole.STAFF));
  }

  public static Caller system(OrganizationId organization) {
    return Caller.of(organization, Actor.system("test"));
  }

  /** Details with a name and an email made from it ({@code ada.lovelace@example.com}). */
  public static CustomerDetails details(String firstName, String lastName) {
    String email =
        (firstName + "." + lastName).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]", "")
            + "@example.com";
    return CustomerDetails.of(firstName, lastName).withEmail(email);
  }

  public static CustomerDetails details(String firstName, String lastName, LocalDate birthday) {
    return details(firstName, lastName).withBirthday(birthday);
  }
}
