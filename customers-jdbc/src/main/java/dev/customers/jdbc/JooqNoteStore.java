package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.NoteTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;
import static org.jooq.impl.DSL.row;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteRevision;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.spi.NoteStore;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** Notes and their revisions in SQL. */
final class JooqNoteStore implements NoteStore {
  private final DSLContext db;

  JooqNoteStore(DSLContext db) {
    this.db = db;
  }

  private static final String TAG = "notes";

  private Map<Field<?>, @Nullable Object> columns(Note note) {
    Map<Field<?>, @Nullable Object> columns = new java.util.LinkedHashMap<>();
    columns.put(N_BODY, note.text());
    columns.put(N_VISIBILITY, note.visibility().name());
    columns.put(N_PINNED, note.pinned());
    columns.put(N_ALERT, note.alert());
    columns.put(N_UPDATED, Rows.utc(note.updatedAt()));
    columns.put(N_DELETED, Rows.utcOrNull(note.deletedAt()));
    columns.put(N_VERSION, note.version());
    return columns;
  }

  @Override
  public void insert(Note note) {
    if (db.fetchExists(
        NOTES, N_ORG.eq(note.organizationId().value()).and(N_ID.eq(note.id().value())))) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "note " + note.id() + " already exists",
          note.id().toString());
    }
    db.insertInto(NOTES)
        .set(N_ORG, note.organizationId().value())
        .set(N_ID, note.id().value())
        .set(N_CUSTOMER, note.customerId().value())
        .set(N_AUTHOR, note.author())
        .set(N_CREATED, Rows.utc(note.createdAt()))
        .set(columns(note))
        .execute();
  }

  @Override
  public void update(Note note, long expectedVersion) {
    UUID org = note.organizationId().value();
    Sql.guardedUpdate(
        db,
        "note",
        note.id(),
        NOTES,
        N_ORG.eq(org).and(N_ID.eq(note.id().value())),
        N_VERSION,
        expectedVersion,
        columns(note));
  }

  private Note note(Record r) {
    LocalDateTime deleted = r.get(N_DELETED);
    return new Note(
        NoteId.of(r.get(N_ID)),
        OrganizationId.of(r.get(N_ORG)),
        CustomerId.of(r.get(N_CUSTOMER)),
        r.get(N_AUTHOR),
        r.get(N_BODY),
        NoteVisibility.valueOf(r.get(N_VISIBILITY)),
        r.get(N_PINNED),
        r.get(N_ALERT),
        Rows.instant(r.get(N_CREATED)),
        Rows.instant(r.get(N_UPDATED)),
        deleted == null ? null : Rows.instant(deleted),
        r.get(N_VERSION));
  }

  private List<Field<?>> fields() {
    return List.of(
        N_ORG,
        N_ID,
        N_CUSTOMER,
        N_AUTHOR,
        N_BODY,
        N_VISIBILITY,
        N_PINNED,
        N_ALERT,
        N_CREATED,
        N_UPDATED,
        N_DELETED,
        N_VERSION);
  }

  @Override
  public Optional<Note> find(OrganizationId organizationId, NoteId id) {
    return db.select(fields())
        .from(NOTES)
        .where(N_ORG.eq(organizationId.value()).and(N_ID.eq(id.value())))
        .fetchOptional(this::note);
  }

  private Condition visible(OrganizationId organizationId, CustomerId customerId, NoteScope scope) {
    Condition inScope =
        scope.visibilities().isEmpty()
            ? DSL.falseCondition()
            : N_VISIBILITY.in(scope.visibilities().stream().map(Enum::name).sorted().toList());
    if (scope.author() != null) {
      inScope =
          inScope.or(
              N_VISIBILITY.eq(NoteVisibility.AUTHOR.name()).and(N_AUTHOR.eq(scope.author())));
    }
    return N_ORG
        .eq(organizationId.value())
        .and(N_CUSTOMER.eq(customerId.value()))
        .and(N_DELETED.isNull())
        .and(inScope);
  }

  @Override
  public Page<Note> list(
      OrganizationId organizationId,
      CustomerId customerId,
      NoteScope scope,
      boolean flaggedOnly,
      int limit,
      @Nullable String cursor) {
    Condition where = visible(organizationId, customerId, scope);
    if (flaggedOnly) {
      where = where.and(N_PINNED.isTrue().or(N_ALERT.isTrue()));
    }
    if (cursor != null) {
      Cursors.Keys keys = Cursors.read(cursor, TAG, 2);
      where = where.and(row(N_CREATED, N_ID).lt(Rows.utc(keys.instant(0)), keys.uuid(1)));
    }
    List<Note> rows =
        db.select(fields())
            .from(NOTES)
            .where(where)
            .orderBy(N_CREATED.desc(), N_ID.desc())
            .limit(limit + 1)
            .fetch(this::note);
    return Cursors.page(
        rows, limit, n -> Cursors.encode(TAG, n.createdAt().toString(), n.id().toString()));
  }

  @Override
  public long count(OrganizationId organizationId, CustomerId customerId, NoteScope scope) {
    return db.fetchCount(NOTES, visible(organizationId, customerId, scope));
  }

  @Override
  public void addRevision(OrganizationId organizationId, NoteRevision revision) {
    db.insertInto(NOTE_REVISIONS)
        .set(NR_ORG, organizationId.value())
        .set(NR_NOTE, revision.noteId().value())
        .set(NR_NUMBER, revision.number())
        .set(NR_BY, revision.editedBy())
        .set(NR_AT, Rows.utc(revision.editedAt()))
        .set(NR_TEXT, revision.previousText())
        .execute();
  }

  @Override
  public List<NoteRevision> revisions(OrganizationId organizationId, NoteId id) {
    return db.select(NR_NOTE, NR_NUMBER, NR_BY, NR_AT, NR_TEXT)
        .from(NOTE_REVISIONS)
        .where(NR_ORG.eq(organizationId.value()).and(NR_NOTE.eq(id.value())))
        .orderBy(NR_NUMBER)
        .fetch(
            r ->
                new NoteRevision(
                    NoteId.of(r.get(NR_NOTE)),
                    r.get(NR_NUMBER),
                    r.get(NR_BY),
                    Rows.instant(r.get(NR_AT)),
                    r.get(NR_TEXT)));
  }
}
