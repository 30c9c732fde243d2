package dev.customers.core.notes;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.NotFoundException;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.StaffRole;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.notes.NoteRevision;
import dev.customers.api.notes.NoteService;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoredText;
import dev.customers.core.internal.Lookups;
import dev.customers.core.internal.Permissions;
import dev.customers.core.internal.Texts;
import dev.customers.core.internal.Transactions;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

final class DefaultNoteService implements NoteService {
  static final int MAX_TEXT = StoredText.NOTE;

  private final Transactions transactions;

  @Inject
  DefaultNoteService(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Note add(Caller caller, CustomerId customerId, NoteDraft draft) {
    requireNonNull(customerId, "customerId");
    requireNonNull(draft, "draft");
    String text = checkText(draft.text());
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.STAFF, "write notes");
          Lookups.customer(work.session(), work.organization().id(), customerId);
          Note note =
              new Note(
                  NoteId.of(work.newId()),
                  work.organization().id(),
                  customerId,
                  caller.actor().key(),
                  text,
                  draft.visibility(),
                  draft.pinned(),
                  draft.alert(),
                  work.now(),
                  work.now(),
                  null,
                  1);
          work.session().notes().insert(note);
          work.audit(
              customerId,
              "note.added",
              List.of(new FieldChange("note", null, note.id().toString())));
          work.publish(
              new CustomerEvent.NoteAdded(
                  work.newId(),
                  work.organization().id(),
                  customerId,
                  note.id(),
                  note.alert(),
                  work.now(),
                  caller.actor().describe()));
          return note;
        });
  }

  @Override
  public Note get(Caller caller, NoteId id) {
    requireNonNull(id, "id");
    return transactions.read(
        caller,
        (organization, session, permissions) ->
            readable(session, organization.id(), permissions, id));
  }

  @Override
  public Note edit(Caller caller, NoteId id, long expectedVersion, String text) {
    requireNonNull(id, "id");
    String checked = checkText(text);
    return transactions.write(
        caller,
        work -> {
          Note note = readable(work.session(), work.organization().id(), work.permissions(), id);
          requireAuthor(caller, note, "edit");
          if (note.version() != expectedVersion) {
            throw ConflictException.staleVersion("note", id, expectedVersion, note.version());
          }
          if (note.text().equals(checked)) {
            return note;
          }
          int number = work.session().notes().revisions(work.organization().id(), id).size() + 1;
          work.session()
              .notes()
              .addRevision(
                  work.organization().id(),
                  new NoteRevision(id, number, caller.actor().key(), work.now(), note.text()));
          Note edited = note.withText(checked, work.now());
          work.session().notes().update(edited, note.version());
          work.audit(
              note.customerId(),
              "note.edited",
              List.of(new FieldChange("note", id.toString(), id.toString())));
          return edited;
        });
  }

  @Override
  public Note changeVisibility(Caller caller, NoteId id, NoteVisibility visibility) {
    requireNonNull(visibility, "visibility");
    return change(
        caller,
        id,
        "change the visibility of",
        (note, now) -> {
          requireAuthor(caller, note, "change the visibility of");
          return note.withVisibility(visibility, now);
        });
  }

  @Override
  public Note pin(Caller caller, NoteId id, boolean pinned) {
    return change(
        caller, id, pinned ? "pin" : "unpin", (note, now) -> note.withPinned(pinned, now));
  }

  @Override
  public Note markAlert(Caller caller, NoteId id, boolean alert) {
    return change(
        caller,
        id,
        alert ? "raise an alert on" : "clear the alert on",
        (note, now) -> note.withAlert(alert, now));
  }

  private Note change(
      Caller caller, NoteId id, String action, BiFunction<Note, Instant, Note> how) {
    requireNonNull(id, "id");
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.STAFF, action + " notes");
          Note note = readable(work.session(), work.organization().id(), work.permissions(), id);
          Note changed = how.apply(note, work.now());
          if (changed.visibility() == note.visibility()
              && changed.pinned() == note.pinned()
              && changed.alert() == note.alert()) {
            return note;
          }
          work.session().notes().update(changed, note.version());
          work.audit(
              note.customerId(),
              "note.changed",
              List.of(
                      new FieldChange(
                          "note.visibility", note.visibility().name(), changed.visibility().name()),
                      new FieldChange(
                          "note.pinned",
                          Boolean.toString(note.pinned()),
                          Boolean.toString(changed.pinned())),
                      new FieldChange(
                          "note.alert",
                          Boolean.toString(note.alert()),
                          Boolean.toString(changed.alert())))
                  .stream()
                  .filter(c -> !java.util.Objects.equals(c.before(), c.after()))
                  .toList());
          return changed;
        });
  }

  @Override
  public void delete(Caller caller, NoteId id) {
    requireNonNull(id, "id");
    transactions.run(
        caller,
        work -> {
          Note note = readable(work.session(), work.organization().id(), work.permissions(), id);
          if (!isAuthor(caller, note) && !work.permissions().isStaff(StaffRole.ADMIN)) {
            throw new PermissionDeniedException(
                caller.actor().describe()
                    + " may not delete note "
                    + id
                    + " (only its author, an admin or an owner may)");
          }
          work.session().notes().update(note.deleted(work.now()), note.version());
          work.audit(
              note.customerId(),
              "note.deleted",
              List.of(new FieldChange("note", id.toString(), null)));
        });
  }

  @Override
  public Page<Note> list(Caller caller, CustomerId customerId, PageRequest page) {
    requireNonNull(customerId, "customerId");
    requireNonNull(page, "page");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          RosterEntry entry = Lookups.customer(session, organization.id(), customerId);
          permissions.requireAccount(
              StaffRole.STAFF,
              entry.person().id(),
              GuardianPermission.VIEW_PROFILE,
              "read the notes of customer " + customerId);
          return session
              .notes()
              .list(
                  organization.id(),
                  customerId,
                  permissions.notes(entry.person().id()),
                  false,
                  page.limit(),
                  page.cursor());
        });
  }

  @Override
  public List<NoteRevision> revisions(Caller caller, NoteId id) {
    requireNonNull(id, "id");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          readable(session, organization.id(), permissions, id);
          return session.notes().revisions(organization.id(), id);
        });
  }

  /**
   * The note, if it exists, is not deleted and the caller may read it; otherwise not found, for
   * reads and writes alike, so a hidden note cannot be told from one that does not exist.
   */
  private static Note readable(
      StoreSession session, OrganizationId organizationId, Permissions permissions, NoteId id) {
    return visible(
        session, organizationId, permissions, id, () -> new NotFoundException("note", id));
  }

  private static Note visible(
      StoreSession session,
      OrganizationId organizationId,
      Permissions permissions,
      NoteId id,
      Supplier<RuntimeException> hidden) {
    Note note =
        session
            .notes()
            .find(organizationId, id)
            .orElseThrow(() -> new NotFoundException("note", id));
    if (note.isDeleted()) {
      throw new NotFoundException("note", id);
    }
    RosterEntry entry = Lookups.customer(session, organizationId, note.customerId());
    if (!permissions.notes(entry.person().id()).includes(note)) {
      throw hidden.get();
    }
    return note;
  }

  private static boolean isAuthor(Caller caller, Note note) {
    return caller.actor() instanceof Actor.SystemActor
        || note.author().equals(caller.actor().key());
  }

  private static void requireAuthor(Caller caller, Note note, String action) {
    if (!isAuthor(caller, note)) {
      throw new PermissionDeniedException(
          caller.actor().describe()
              + " may not "
              + action
              + " note "
              + note.id()
              + " (only its author, "
              + note.author()
              + ", may)");
    }
  }

  private static String checkText(String text) {
    requireNonNull(text, "text");
    List<FieldError> errors = new ArrayList<>();
    String trimmed = Texts.text("text", text, 1, MAX_TEXT, true, errors);
    Texts.check(errors);
    return trimmed;
  }
}
