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

  Note add(Caller caller, CustomerId customerId, NoteDraft draft);

  Note get(Caller caller, NoteId id);

  /**
   * Replaces the text if {@code expectedVersion} is current, keeping the old text as a revision.
   */
  Note edit(Caller caller, NoteId id, long expectedVersion, String text);

  /** Changes who may read the note; only its author may. */
  Note changeVisibility(Caller caller, NoteId id, NoteVisibility visibility);

  Note pin(Caller caller, NoteId id, boolean pinned);

  Note markAlert(Caller caller, NoteId id, boolean alert);

  /** Deletes the note (it is kept, out of sight, and the deletion is audited). */
  void delete(Caller caller, NoteId id);

  /** The notes the caller may read, newest first. */
  Page<Note> list(Caller caller, CustomerId customerId, PageRequest page);

  /** Every edit of the note, oldest first. */
  List<NoteRevision> revisions(Caller caller, NoteId id);
}
