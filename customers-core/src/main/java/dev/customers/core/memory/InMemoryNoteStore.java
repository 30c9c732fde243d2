package dev.customers.core.memory;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteRevision;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.spi.NoteStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Notes and their revisions in memory. */
final class InMemoryNoteStore implements NoteStore {
  private static final Comparator<Note> NEWEST_FIRST =
      Comparator.comparing(Note::createdAt).thenComparing(n -> n.id().toString()).reversed();
  private final ProfileTables tables;
  private final Changes changes;

  InMemoryNoteStore(ProfileTables tables, Changes changes) {
    this.tables = tables;
    this.changes = changes;
  }

  @Override
  public void insert(Note note) {
    if (Maps.peek(tables.notes, note.organizationId()).containsKey(note.id())) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "note " + note.id() + " already exists",
          note.id().toString());
    }
    changes.put(Maps.inner(tables.notes, note.organizationId()), note.id(), note);
  }

  @Override
  public void update(Note note, long expectedVersion) {
    Note stored = Maps.peek(tables.notes, note.organizationId()).get(note.id());
    if (stored == null) {
      throw new NotFoundException("note", note.id());
    }
    if (stored.version() != expectedVersion) {
      throw ConflictException.staleVersion("note", note.id(), expectedVersion, stored.version());
    }
    changes.put(Maps.inner(tables.notes, note.organizationId()), note.id(), note);
  }

  @Override
  public Optional<Note> find(OrganizationId organizationId, NoteId id) {
    return Optional.ofNullable(Maps.peek(tables.notes, organizationId).get(id));
  }

  private List<Note> visible(
      OrganizationId organizationId, CustomerId customerId, NoteScope scope) {
    return Maps.peek(tables.notes, organizationId).values().stream()
        .filter(n -> n.customerId().equals(customerId) && !n.isDeleted() && scope.includes(n))
        .sorted(NEWEST_FIRST)
        .toList();
  }

  @Override
  public Page<Note> list(
      OrganizationId organizationId,
      CustomerId customerId,
      NoteScope scope,
      boolean flaggedOnly,
      int limit,
      @Nullable String cursor) {
    Cursors.Keys after = cursor == null ? null : Cursors.read(cursor, "notes", 2);
    Instant afterAt = after == null ? null : after.instant(0);
    List<Note> matches =
        visible(organizationId, customerId, scope).stream()
            .filter(n -> !flaggedOnly || n.pinned() || n.alert())
            .filter(n -> after == null || afterAt == null || isOlder(n, afterAt, after.text(1)))
            .toList();
    if (matches.size() <= limit) {
      return Page.last(matches);
    }
    List<Note> page = matches.subList(0, limit);
    Note last = page.get(limit - 1);
    return new Page<>(
        page, Cursors.encode("notes", last.createdAt().toString(), last.id().toString()));
  }

  private static boolean isOlder(Note note, Instant at, String id) {
    int byTime = note.createdAt().compareTo(at);
    return byTime != 0 ? byTime < 0 : note.id().toString().compareTo(id) < 0;
  }

  @Override
  public long count(OrganizationId organizationId, CustomerId customerId, NoteScope scope) {
    return visible(organizationId, customerId, scope).size();
  }

  @Override
  public void addRevision(OrganizationId organizationId, NoteRevision revision) {
    Map<NoteId, List<NoteRevision>> byNote = Maps.inner(tables.revisions, organizationId);
    changes.put(byNote, revision.noteId(), Maps.appended(byNote.get(revision.noteId()), revision));
  }

  @Override
  public List<NoteRevision> revisions(OrganizationId organizationId, NoteId id) {
    return Maps.peek(tables.revisions, organizationId).getOrDefault(id, List.of());
  }
}
