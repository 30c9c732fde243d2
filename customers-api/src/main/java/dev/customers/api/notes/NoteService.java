package dev.customers.api.notes;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.NoteId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import java.util.List;

/**
 * Notes on customers. Staff write notes; a note the caller may not read is absent from every list
 * and count, fetching it by id is "not found", and a write to it is permission denied. The author
 * edits their note; the author or an admin or owner deletes it; any staff member who can read a
 * note may pin it or mark it as an alert.
 */
public interface NoteService {

  /**
   * Adds a note to a customer, written by the caller.
   *
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @param draft the note to add
   * @return the note
   */
  Note add(Caller caller, CustomerId customerId, NoteDraft draft);

  /**
   * A note the caller may read; a hidden or deleted note is not found.
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   * @return a note the caller may read; a hidden or deleted note is not found
   */
  Note get(Caller caller, NoteId id);

  /**
   * Replaces the text if {@code expectedVersion} is current, keeping the old text as a revision.
   *
   * @param caller who is calling, and in which organization
   * @param expectedVersion the version the caller read; another stored version is a conflict
   * @param id the id
   * @param text the text
   * @return the note
   */
  Note edit(Caller caller, NoteId id, long expectedVersion, String text);

  /**
   * Changes who may read the note; only its author may.
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   * @param visibility who may read it
   * @return the note
   */
  Note changeVisibility(Caller caller, NoteId id, NoteVisibility visibility);

  /**
   * Pins or unpins a note.
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   * @param pinned whether it is pinned
   * @return the note
   */
  Note pin(Caller caller, NoteId id, boolean pinned);

  /**
   * Raises or clears a note's alert.
   *
   * @param alert whether it is shown as an alert
   * @param caller who is calling, and in which organization
   * @param id the id
   * @return the note
   */
  Note markAlert(Caller caller, NoteId id, boolean alert);

  /**
   * Deletes the note (it is kept, out of sight, and the deletion is audited).
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   */
  void delete(Caller caller, NoteId id);

  /**
   * The notes the caller may read, newest first.
   *
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @param page which page
   * @return the notes the caller may read, newest first
   */
  Page<Note> list(Caller caller, CustomerId customerId, PageRequest page);

  /**
   * Every edit of the note, oldest first.
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   * @return every edit of the note, oldest first
   */
  List<NoteRevision> revisions(Caller caller, NoteId id);
}
