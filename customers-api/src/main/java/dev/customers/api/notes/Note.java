package dev.customers.api.notes;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A note on a customer. {@link #author()} is the writer's {@link dev.customers.api.Actor#key()}. An
 * alert is raised at the desk (an allergy, an unpaid balance) and shown first on the profile. A
 * deleted note keeps its row ({@link #deletedAt()}) and is left out of every list.
 */
public record Note(
    NoteId id,
    OrganizationId organizationId,
    CustomerId customerId,
    String author,
    String text,
    NoteVisibility visibility,
    boolean pinned,
    boolean alert,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant deletedAt,
    long version) {
  /**
   * Checks the components.
   *
   * @param alert whether it is shown as an alert
   * @param author the author's actor key
   * @param createdAt when it was created
   * @param customerId the customer
   * @param deletedAt when it was deleted, or null
   * @param id the id
   * @param organizationId the organization
   * @param pinned whether it is pinned
   * @param text the text
   * @param updatedAt when it last changed
   * @param version the version, one more with every change
   * @param visibility who may read it
   */
  public Note {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(customerId, "customerId");
    requireNonNull(author, "author");
    requireNonNull(text, "text");
    requireNonNull(visibility, "visibility");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * Whether the note was deleted.
   *
   * @return whether the note was deleted
   */
  public boolean isDeleted() {
    return deletedAt != null;
  }

  /**
   * This note with new text, updated at {@code at}, one version on.
   *
   * @param at when it happened
   * @param value the value
   * @return this note with new text, updated at {@code at}, one version on
   */
  public Note withText(String value, Instant at) {
    return new Note(
        id,
        organizationId,
        customerId,
        author,
        value,
        visibility,
        pinned,
        alert,
        createdAt,
        at,
        deletedAt,
        version + 1);
  }

  /**
   * This note with another visibility, updated at {@code at}, one version on.
   *
   * @param at when it happened
   * @param value the value
   * @return this note with another visibility, updated at {@code at}, one version on
   */
  public Note withVisibility(NoteVisibility value, Instant at) {
    return new Note(
        id,
        organizationId,
        customerId,
        author,
        text,
        value,
        pinned,
        alert,
        createdAt,
        at,
        deletedAt,
        version + 1);
  }

  /**
   * This note pinned or not, updated at {@code at}, one version on.
   *
   * @param at when it happened
   * @param value the value
   * @return this note pinned or not, updated at {@code at}, one version on
   */
  public Note withPinned(boolean value, Instant at) {
    return new Note(
        id,
        organizationId,
        customerId,
        author,
        text,
        visibility,
        value,
        alert,
        createdAt,
        at,
        deletedAt,
        version + 1);
  }

  /**
   * This note as an alert or not, updated at {@code at}, one version on.
   *
   * @param at when it happened
   * @param value the value
   * @return this note as an alert or not, updated at {@code at}, one version on
   */
  public Note withAlert(boolean value, Instant at) {
    return new Note(
        id,
        organizationId,
        customerId,
        author,
        text,
        visibility,
        pinned,
        value,
        createdAt,
        at,
        deletedAt,
        version + 1);
  }

  /**
   * This note deleted at {@code at} (kept, but no longer listed), one version on.
   *
   * @param at when it happened
   * @return this note deleted at {@code at} (kept, but no longer listed), one version on
   */
  public Note deleted(Instant at) {
    return new Note(
        id,
        organizationId,
        customerId,
        author,
        text,
        visibility,
        pinned,
        alert,
        createdAt,
        at,
        at,
        version + 1);
  }
}
