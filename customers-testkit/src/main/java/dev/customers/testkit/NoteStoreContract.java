package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.Page;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteRevision;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.NoteScope;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.NoteStore}: notes, scopes, paging and revisions. An
 * adapter's test extends it (or nests it) and says how to make its storage in {@link
 * #storageUnderTest()}.
 */
public abstract class NoteStoreContract extends StoreContractSupport {
  @Test
  void notes_insert_find_andUpdate_atExpectedVersion() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    Note note = note(orgA, ada.id(), "staff:amy", NoteVisibility.STAFF, false, false);
    assertThat(optional(s -> s.notes().find(orgA.id(), note.id()))).contains(note);
    assertThat(optional(s -> s.notes().find(orgB.id(), note.id()))).isEmpty();
    Note edited =
        note.withText("peanut allergy: keep snacks away", later()).withAlert(true, later());
    run(s -> s.notes().update(edited, note.version()));
    assertThat(optional(s -> s.notes().find(orgA.id(), note.id()))).contains(edited);
    assertThatThrownBy(
            () -> run(s -> s.notes().update(note.withPinned(true, later()), note.version())))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    Note deleted = edited.deleted(later());
    run(s -> s.notes().update(deleted, edited.version()));
    assertThat(optional(s -> s.notes().find(orgA.id(), note.id()))).contains(deleted);
  }

  @Test
  void notes_list_newestFirst_inScope_paged_andCounted() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry ben = addCustomer(orgA, "Ben", "Adams", null);
    Note staff = note(orgA, ada.id(), "staff:amy", NoteVisibility.STAFF, false, false);
    Note mine = note(orgA, ada.id(), "staff:amy", NoteVisibility.AUTHOR, true, false);
    Note theirs = note(orgA, ada.id(), "staff:bob", NoteVisibility.AUTHOR, false, false);
    Note admins = note(orgA, ada.id(), "staff:bob", NoteVisibility.ADMINS, false, true);
    Note shared = note(orgA, ada.id(), "staff:bob", NoteVisibility.CUSTOMER, false, false);
    Note gone = note(orgA, ada.id(), "staff:amy", NoteVisibility.STAFF, true, true);
    run(s -> s.notes().update(gone.deleted(later()), gone.version()));
    note(orgA, ben.id(), "staff:amy", NoteVisibility.STAFF, false, false);

    NoteScope amy =
        new NoteScope(EnumSet.of(NoteVisibility.STAFF, NoteVisibility.CUSTOMER), "staff:amy");
    List<Note> seen = new ArrayList<>();
    String cursor = null;
    do {
      String after = cursor;
      Page<Note> page = tx(s -> s.notes().list(orgA.id(), ada.id(), amy, false, 2, after));
      seen.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);
    assertThat(seen).containsExactly(shared, mine, staff);
    assertThat(this.<Long>tx(s -> s.notes().count(orgA.id(), ada.id(), amy))).isEqualTo(3L);

    NoteScope everything = new NoteScope(EnumSet.allOf(NoteVisibility.class), null);
    assertThat(tx(s -> s.notes().list(orgA.id(), ada.id(), everything, false, 10, null)).items())
        .containsExactly(shared, admins, theirs, mine, staff);
    assertThat(tx(s -> s.notes().list(orgA.id(), ada.id(), everything, true, 10, null)).items())
        .containsExactly(admins, mine);
    NoteScope customer = new NoteScope(EnumSet.of(NoteVisibility.CUSTOMER), "self:x");
    assertThat(tx(s -> s.notes().list(orgA.id(), ada.id(), customer, false, 10, null)).items())
        .containsExactly(shared);
    NoteScope nothing = new NoteScope(Set.of(), null);
    assertThat(this.<Long>tx(s -> s.notes().count(orgA.id(), ada.id(), nothing))).isZero();
    assertThat(this.<Long>tx(s -> s.notes().count(orgB.id(), ada.id(), everything))).isZero();
  }

  @Test
  void notes_revisions_oldestFirst() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    Note note = note(orgA, ada.id(), "staff:amy", NoteVisibility.STAFF, false, false);
    NoteRevision first = new NoteRevision(note.id(), 1, "staff:amy", later(), "first text");
    NoteRevision second =
        new NoteRevision(note.id(), 2, "system:import", later(), "second text\nover two lines");
    run(s -> s.notes().addRevision(orgA.id(), first));
    run(s -> s.notes().addRevision(orgA.id(), second));
    assertThat(list(s -> s.notes().revisions(orgA.id(), note.id()))).containsExactly(first, second);
    assertThat(list(s -> s.notes().revisions(orgB.id(), note.id()))).isEmpty();
  }
}
