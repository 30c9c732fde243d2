package dev.customers.api.notes;

import static java.util.Objects.requireNonNull;

import dev.customers.api.NoteId;
import java.time.Instant;

/** One edit of a note: who made it, when, and the text it replaced. Numbered from 1. */
public record NoteRevision(
    NoteId noteId, int number, String editedBy, Instant editedAt, String previousText) {
  /**
   * Checks the components.
   *
   * @param editedAt when it was edited
   * @param editedBy who edited it
   * @param noteId the note
   * @param number the revision's number, from 1
   * @param previousText the text the edit replaced
   */
  public NoteRevision {
    requireNonNull(noteId, "noteId");
    requireNonNull(editedBy, "editedBy");
    requireNonNull(editedAt, "editedAt");
    requireNonNull(previousText, "previousText");
  }
}
