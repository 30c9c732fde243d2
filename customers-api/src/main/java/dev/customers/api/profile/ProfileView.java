package dev.customers.api.profile;

import static java.util.Objects.requireNonNull;

import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.consent.ConsentState;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.metrics.MetricValue;
import dev.customers.api.notes.Note;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.tags.Tag;
import java.util.List;

/**
 * A customer's whole profile as the caller may see it: alerts first (newest first), the person and
 * customer with the birthday flag, field values in display order, tags, pinned notes (newest first)
 * and the count of notes the caller may read, current metrics and consents. What the caller may not
 * see is absent: hidden fields and notes, and for a customer viewing themself, tags and metrics.
 */
public record ProfileView(
    List<Note> alerts,
    CustomerProfile profile,
    List<FieldValue> fields,
    List<Tag> tags,
    List<Note> pinnedNotes,
    long noteCount,
    List<MetricValue> metrics,
    List<ConsentState> consents,
    ClaimStatus account) {
  /**
   * Checks the components and keeps its own copies of the lists.
   *
   * @param alerts the alert notes the caller may read
   * @param consents the consent states
   * @param fields the fields
   * @param metrics the metrics' current values
   * @param noteCount how many notes the caller may read
   * @param pinnedNotes the pinned notes the caller may read
   * @param profile the customer and person
   * @param tags the tags
   * @param account where the customer's account stands (invited, claimed, ...)
   */
  public ProfileView {
    alerts = List.copyOf(alerts);
    requireNonNull(profile, "profile");
    fields = List.copyOf(fields);
    tags = List.copyOf(tags);
    pinnedNotes = List.copyOf(pinnedNotes);
    metrics = List.copyOf(metrics);
    consents = List.copyOf(consents);
    requireNonNull(account, "account");
  }
}
