package dev.customers.testkit;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.PageRequest;
import dev.customers.api.StaffRole;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.spi.StoredText;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The text inputs of the roster and of the caller, for {@link HostileTextContract}: an
 * organization's name, a customer's details, a caller's actor id and reason, search text and filter
 * values.
 */
final class RosterTextInputs {
  private RosterTextInputs() {}

  static List<TextInput> all() {
    List<TextInput> in = new ArrayList<>();
    UnaryOperator<String> asIs = UnaryOperator.identity();
    in.add(
        new TextInput(
            "OrganizationService.create",
            "name",
            StoredText.ORGANIZATION_NAME,
            asIs,
            (s, v) -> {
              var org = s.t.sdk().organizations().create(v, ZoneId.of("UTC"));
              return () -> s.t.sdk().organizations().get(org.id()).name();
            }));
    in.add(
        new TextInput(
            "RosterService.add",
            "firstName",
            StoredText.PERSON_NAME,
            asIs,
            (s, v) -> {
              var id = s.t.roster().add(s.owner, CustomerDetails.of(v, "Stone")).id();
              return () -> s.t.roster().profile(s.owner, id).details().firstName();
            }));
    in.add(
        new TextInput(
            "RosterService.add",
            "lastName",
            StoredText.PERSON_NAME,
            asIs,
            (s, v) -> {
              var id = s.t.roster().add(s.owner, CustomerDetails.of("Eve", v)).id();
              return () -> s.t.roster().profile(s.owner, id).details().lastName();
            }));
    in.add(detail("email", StoredText.EMAIL, v -> v + "@example.com", CustomerDetails::withEmail));
    in.add(detail("username", StoredText.USERNAME, asIs, CustomerDetails::withUsername));
    in.add(detail("phone", StoredText.PHONE, v -> "+44 " + v, CustomerDetails::withPhone));
    in.add(
        new TextInput(
            "Caller.withReason",
            "caller.reason",
            StoredText.REASON,
            asIs,
            (s, v) -> {
              CustomerProfile ada = s.ada();
              s.t
                  .roster()
                  .update(
                      s.owner.withReason(v),
                      ada.id(),
                      ada.version(),
                      ada.details()
                          .withLastName(
                              ada.details().lastName().equals("King") ? "Queen" : "King"));
              return () ->
                  String.valueOf(
                      s
                          .t
                          .sdk()
                          .audit()
                          .forCustomer(s.owner, ada.id(), PageRequest.first(PageRequest.MAX_LIMIT))
                          .items()
                          .stream()
                          .reduce((first, second) -> second)
                          .orElseThrow()
                          .reason());
            }));
    in.add(
        new TextInput(
            "Actor.staff",
            "caller.actor",
            StoredText.ACTOR_ID,
            asIs,
            (s, v) -> {
              Actor actor;
              try {
                actor = Actor.staff(v, StaffRole.OWNER);
              } catch (IllegalArgumentException blank) {
                return null; // refused by the record, before any service sees it
              }
              Caller staff = Caller.of(s.owner.organizationId(), actor);
              Note note = s.t.sdk().notes().add(staff, s.base.ada.id(), NoteDraft.of("Hello"));
              // The author is the actor's key, the user id as given.
              return () ->
                  s.t.sdk().notes().get(s.owner, note.id()).author().substring("staff:".length());
            }));
    in.add(
        new TextInput("RosterService.search", "text", StoredText.SEARCH, asIs, searchOrList(true)));
    in.add(
        new TextInput(
            "RosterService.list", "filter.city", StoredText.FIELD_TEXT, asIs, searchOrList(false)));
    return in;
  }

  /**
   * An optional detail of a customer, set through {@code update} and read back from the profile.
   */
  private static TextInput detail(
      String field,
      int limit,
      UnaryOperator<String> shape,
      BiFunction<CustomerDetails, String, CustomerDetails> set) {
    return new TextInput(
        "RosterService.update",
        field,
        limit,
        shape,
        (s, v) -> {
          CustomerProfile ada = s.ada();
          s.t.roster().update(s.owner, ada.id(), ada.version(), set.apply(ada.details(), v));
          CustomerDetails stored = s.ada().details();
          // A blank optional detail is stored as absent, which reads back as the trimmed blank.
          return () ->
              java.util.Objects.toString(
                  switch (field) {
                    case "email" -> stored.email();
                    case "username" -> stored.username();
                    default -> stored.phone();
                  },
                  "");
        });
  }

  private static TextInput.Call searchOrList(boolean search) {
    return (s, v) -> {
      if (search) {
        s.t.roster().search(s.owner, SearchQuery.of(v));
      } else {
        s.t
            .roster()
            .list(
                s.owner,
                CustomerQuery.active().withFilter(CustomerFilter.field("city", Comparison.EQ, v)));
      }
      return null;
    };
  }
}
