package dev.customers.api.spi;

import dev.customers.api.CustomerId;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteRevision;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Stores notes and their revisions, scoped to one organization. */
public interface NoteStore {

  /**
   * Stores a new note.
   *
   * @param note the note
   */
  void insert(Note note);

  /**
   * Replaces a note if the stored version is {@code expectedVersion}, else a STALE_VERSION
   * conflict.
   *
   * @param expectedVersion the version the caller read; another stored version is a conflict
   * @param note the note
   */
  void update(Note note, long expectedVersion);

  /**
   * The note, deleted or not.
   *
   * @param id the id
   * @param organizationId the organization
   * @return the note, deleted or not
   */
  Optional<Note> find(OrganizationId organizationId, NoteId id);

  /**
   * A page of the customer's undeleted notes in {@code scope}, newest first (created, then id);
   * with {@code flaggedOnly}, only pinned notes and alerts.
   *
   * @param cursor the cursor of the previous page, or null for the first
   * @param customerId the customer
   * @param flaggedOnly whether to list only pinned and alert notes
   * @param limit the most items a page holds
   * @param organizationId the organization
   * @param scope whose value it is: the person's or the roster's
   * @return a page of the customer's undeleted notes in {@code scope}, newest first (created, then
   *     id); with {@code flaggedOnly}, only pinned notes and alerts
   */
  Page<Note> list(
      OrganizationId organizationId,
      CustomerId customerId,
      NoteScope scope,
      boolean flaggedOnly,
      int limit,
      @Nullable String cursor);

  /**
   * How many undeleted notes of the customer are in {@code scope}.
   *
   * @param customerId the customer
   * @param organizationId the organization
   * @param scope whose value it is: the person's or the roster's
   * @return how many undeleted notes of the customer are in {@code scope}
   */
  long count(OrganizationId organizationId, CustomerId customerId, NoteScope scope);

  /**
   * Keeps the text an edit replaced.
   *
   * @param organizationId the organization
   * @param revision the revision
   */
  void addRevision(OrganizationId organizationId, NoteRevision revision);

  /**
   * The note's revisions, oldest first.
   *
   * @param id the id
   * @param organizationId the organization
   * @return the note's revisions, oldest first
   */
  List<NoteRevision> revisions(OrganizationId organizationId, NoteId id);
}
