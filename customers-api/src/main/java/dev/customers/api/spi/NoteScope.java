package dev.customers.api.spi;

import static java.util.Objects.requireNonNull;

import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteVisibility;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which notes a reader may see: those whose visibility is in {@code visibilities}, plus author-only
 * notes written by {@code author}. A store filters by it in its query.
 */
public record NoteScope(Set<NoteVisibility> visibilities, @Nullable String author) {
  /**
   * Checks the components and keeps its own copies of the lists.
   *
   * @param author the author's actor key
   * @param visibilities the visibilities shown
   */
  public NoteScope {
    visibilities = Set.copyOf(requireNonNull(visibilities, "visibilities"));
  }

  /**
   * Whether the scope shows this note.
   *
   * @param note the note
   * @return whether the scope shows this note
   */
  public boolean includes(Note note) {
    return visibilities.contains(note.visibility())
        || (note.visibility() == NoteVisibility.AUTHOR && note.author().equals(author));
  }
}
