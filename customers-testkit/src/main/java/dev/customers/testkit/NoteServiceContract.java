package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.NotFoundException;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.roster.CustomerProfile;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the note service: revisions, visibility, pins, alerts and soft delete, end to
 * end over the storage the subclass supplies in {@link #storageUnderTest()}.
 */
public abstract class NoteServiceContract extends ServiceContractSupport {
  @Test
  void notes_revisionsVisibilityPinsAlertsAndSoftDelete() {
    CustomerProfile ada = add("Ada", "Lovelace");
    Caller amy = staff("amy", StaffRole.STAFF);
    Caller bob = staff("bob", StaffRole.STAFF);
    Note note = sdk().sdk().notes().add(amy, ada.id(), NoteDraft.of("Prefers the back row"));
    Note edited = sdk().sdk().notes().edit(amy, note.id(), note.version(), "Prefers the front row");
    assertThat(sdk().sdk().notes().revisions(bob, note.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.previousText()).isEqualTo("Prefers the back row"));
    assertThatThrownBy(() -> sdk().sdk().notes().edit(bob, note.id(), edited.version(), "mine now"))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> sdk().sdk().notes().edit(amy, note.id(), note.version(), "stale"))
        .isInstanceOf(ConflictException.class);
    Note privateNote =
        sdk()
            .sdk()
            .notes()
            .add(amy, ada.id(), NoteDraft.of("Mine only").visibleTo(NoteVisibility.AUTHOR));
    assertThatThrownBy(() -> sdk().sdk().notes().get(bob, privateNote.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sdk().sdk().notes().get(sdk().owner(), privateNote.id()))
        .isInstanceOf(NotFoundException.class);
    Note alert = sdk().sdk().notes().add(bob, ada.id(), NoteDraft.of("Peanut allergy").asAlert());
    sdk().sdk().notes().pin(bob, note.id(), true);
    assertThat(sdk().sdk().notes().list(amy, ada.id(), PageRequest.first(10)).items())
        .extracting(Note::id)
        .containsExactly(alert.id(), privateNote.id(), note.id());
    assertThat(sdk().sdk().notes().list(bob, ada.id(), PageRequest.first(10)).items())
        .extracting(Note::id)
        .containsExactly(alert.id(), note.id());
    assertThatThrownBy(() -> sdk().sdk().notes().delete(bob, note.id()))
        .isInstanceOf(PermissionDeniedException.class);
    sdk().sdk().notes().delete(sdk().admin(), note.id());
    assertThatThrownBy(() -> sdk().sdk().notes().get(amy, note.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(sdk().sdk().notes().list(self(ada), ada.id(), PageRequest.first(10)).items())
        .isEmpty();
    Note shared = sdk().sdk().notes().changeVisibility(bob, alert.id(), NoteVisibility.CUSTOMER);
    assertThat(sdk().sdk().notes().list(self(ada), ada.id(), PageRequest.first(10)).items())
        .containsExactly(shared);
    assertThatThrownBy(() -> sdk().sdk().notes().add(sdk().staff(), ada.id(), NoteDraft.of("  ")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("text"));
    assertThat(
            sdk().sdk().audit().forCustomer(sdk().owner(), ada.id(), PageRequest.first(50)).items())
        .extracting(AuditEntry::action)
        .contains("note.added", "note.edited", "note.deleted");
  }
}
