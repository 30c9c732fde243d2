package dev.customers.core.profile;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.StaffRole;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.metrics.MetricValue;
import dev.customers.api.notes.Note;
import dev.customers.api.profile.ProfileService;
import dev.customers.api.profile.ProfileView;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.tags.Tag;
import dev.customers.core.internal.AccountReads;
import dev.customers.core.internal.Birthdays;
import dev.customers.core.internal.ConsentReads;
import dev.customers.core.internal.FieldReads;
import dev.customers.core.internal.Lookups;
import dev.customers.core.internal.MetricReads;
import dev.customers.core.internal.Transactions;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole profile in a fixed number of reads: the customer, field definitions and values, tags,
 * flagged notes and the note count, metric definitions and current values, consent purposes and
 * current states. None of them grows with the number of fields, tags, notes or metrics.
 */
final class DefaultProfileService implements ProfileService {
  private final Transactions transactions;

  @Inject
  DefaultProfileService(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public ProfileView view(Caller caller, CustomerId id) {
    requireNonNull(id, "id");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          RosterEntry entry = Lookups.customer(session, organization.id(), id);
          permissions.requireAccount(
              StaffRole.STAFF,
              entry.person().id(),
              GuardianPermission.VIEW_PROFILE,
              "read customer " + id);
          boolean staff = permissions.isStaff(StaffRole.STAFF);
          LocalDate today = LocalDate.ofInstant(transactions.now(), organization.timeZone());
          CustomerProfile profile =
              new CustomerProfile(
                  entry.customer(),
                  entry.person(),
                  Birthdays.isToday(entry.person().birthday(), today));
          List<FieldValue> fields =
              FieldReads.visibleValues(
                  session,
                  organization.id(),
                  permissions,
                  entry,
                  session.fields().definitions(organization.id()));
          List<Tag> tags = staff ? session.tags().tagsOf(organization.id(), id) : List.of();
          NoteScope scope = permissions.notes(entry.person().id());
          List<Note> flagged =
              session
                  .notes()
                  .list(organization.id(), id, scope, true, MAX_FLAGGED_NOTES, null)
                  .items();
          long noteCount = session.notes().count(organization.id(), id, scope);
          List<MetricValue> metrics =
              staff ? MetricReads.currentValues(session, organization.id(), id) : List.of();
          return new ProfileView(
              flagged.stream().filter(Note::alert).toList(),
              profile,
              fields,
              tags,
              flagged.stream().filter(Note::pinned).toList(),
              noteCount,
              metrics,
              ConsentReads.states(session, organization.id(), id),
              AccountReads.status(
                  session, organization.id(), entry.person().id(), transactions.now()));
        });
  }
}
