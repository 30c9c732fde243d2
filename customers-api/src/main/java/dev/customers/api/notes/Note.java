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

  public boolean isDeleted() {
    return deletedAt != null;
  }

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
