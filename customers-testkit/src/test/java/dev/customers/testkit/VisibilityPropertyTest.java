package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.NotFoundException;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.profile.ProfileView;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random field access rules, note visibilities, data and callers: no read (profile, values,
 * notes, a note by id, audit), search or filter shows the caller a value or note the rules hide
 * from them, a filter on a hidden field is refused, and every refused write leaves the data as it
 * was. The rules are restated here as the oracle, independently of the SDK's own code.
 */
class VisibilityPropertyTest {
  private static final List<StaffRole> ROLES =
      List.of(StaffRole.OWNER, StaffRole.ADMIN, StaffRole.STAFF);

  /** Note authors: amy (STAFF), bob (ADMIN), olga (OWNER). */
  private static final List<String> AUTHORS = List.of("amy", "bob", "olga");

  private static final Map<String, StaffRole> ROLE_OF =
      Map.of(
          "amy",
          StaffRole.STAFF,
          "bob",
          StaffRole.ADMIN,
          "olga",
          StaffRole.OWNER,
          "dan",
          StaffRole.STAFF);

  enum Who {
    AMY,
    BOB,
    OLGA,
    DAN,
    SELF_0,
    SELF_1,
    GUARDIAN,
    SYSTEM
  }

  record FieldPlan(
      StaffRole view,
      StaffRole edit,
      boolean customerView,
      boolean customerEdit,
      FieldScope scope,
      boolean writeOnce) {
    FieldAccess access() {
      StaffRole editRole = edit.atLeast(view) ? edit : view;
      return new FieldAccess(view, editRole, customerView || customerEdit, customerEdit);
    }
  }

  record NotePlan(
      int author, NoteVisibility visibility, boolean pinned, boolean alert, int customer) {}

  record WritePlan(int field, int customer, int value) {}

  @Provide
  Arbitrary<List<FieldPlan>> fieldPlans() {
    Arbitrary<StaffRole> role = Arbitraries.of(ROLES);
    return Combinators.combine(
            role,
            role,
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(FieldScope.class),
            Arbitraries.of(true, false))
        .as(FieldPlan::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<NotePlan>> notePlans() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(NoteVisibility.class),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 1))
        .as(NotePlan::new)
        .list()
        .ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<WritePlan>> writePlans() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 1),
            Arbitraries.integers().between(0, 3))
        .as(WritePlan::new)
        .list()
        .ofMaxSize(6);
  }

  @Property(tries = 100)
  void theCallerSeesOnlyWhatTheRulesAllow_andRefusedWritesChangeNothing(
      @ForAll("fieldPlans") List<FieldPlan> fieldPlans,
      @ForAll("notePlans") List<NotePlan> notePlans,
      @ForAll("writePlans") List<WritePlan> writes,
      @ForAll Who who) {
    try (TestCustomers t = TestCustomers.inMemory()) {
      Caller system = Fixtures.system(t.organization().id());
      List<CustomerProfile> customers =
          List.of(
              t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace")),
              t.roster().add(t.staff(), Fixtures.details("Ben", "Adams")));
      List<FieldDefinition> fields = new ArrayList<>();
      for (int i = 0; i < fieldPlans.size(); i++) {
        FieldPlan plan = fieldPlans.get(i);
        fields.add(
            t.sdk()
                .fields()
                .define(
                    system,
                    FieldSpec.of("f" + i, "Field " + i, FieldType.TEXT)
                        .withAccess(plan.access())
                        .withScope(plan.scope())
                        .withWriteOnce(plan.writeOnce())));
      }
      for (int c = 0; c < customers.size(); c++) {
        FieldValues values = new FieldValues(Map.of());
        for (int i = 0; i < fields.size(); i++) {
          if ((i + c) % 3 != 2) { // some fields stay empty
            values = values.and("f" + i, "v" + i + "c" + c);
          }
        }
        t.sdk().fields().setValues(system, customers.get(c).id(), values);
      }
      List<Note> notes = new ArrayList<>();
      for (NotePlan plan : notePlans) {
        String author = AUTHORS.get(plan.author());
        NoteDraft draft =
            new NoteDraft("note " + notes.size(), plan.visibility(), plan.pinned(), plan.alert());
        notes.add(
            t.sdk().notes().add(staff(t, author), customers.get(plan.customer()).id(), draft));
      }
      Caller caller = caller(t, who, customers);

      for (int index = 0; index < customers.size(); index++) {
        int c = index;
        CustomerProfile customer = customers.get(c);
        boolean mayRead = mayReadCustomer(who, c);
        Set<String> visibleFields =
            fields.stream()
                .filter(f -> canView(who, c, f))
                .map(FieldDefinition::key)
                .collect(Collectors.toSet());
        List<Note> visibleNotes =
            notes.stream()
                .filter(n -> n.customerId().equals(customer.id()) && canRead(who, c, n))
                .sorted((a, b) -> b.id().compareTo(a.id()))
                .toList();
        Set<String> hiddenValues = new HashSet<>();
        for (FieldValue value : t.sdk().fields().values(system, customer.id())) {
          if (!visibleFields.contains(value.key())) {
            hiddenValues.add(value.text());
          }
        }

        if (!mayRead) {
          assertThatThrownBy(() -> t.sdk().profiles().view(caller, customer.id()))
              .isInstanceOf(PermissionDeniedException.class);
          assertThatThrownBy(() -> t.sdk().fields().values(caller, customer.id()))
              .isInstanceOf(PermissionDeniedException.class);
          assertThatThrownBy(
                  () -> t.sdk().notes().list(caller, customer.id(), PageRequest.first(50)))
              .isInstanceOf(PermissionDeniedException.class);
        } else {
          ProfileView view = t.sdk().profiles().view(caller, customer.id());
          assertThat(view.fields()).extracting(FieldValue::key).allMatch(visibleFields::contains);
          assertThat(view.fields()).extracting(FieldValue::text).noneMatch(hiddenValues::contains);
          assertThat(t.sdk().fields().values(caller, customer.id())).isEqualTo(view.fields());
          assertThat(view.noteCount()).isEqualTo(visibleNotes.size());
          assertThat(view.alerts()).allMatch(visibleNotes::contains);
          assertThat(view.pinnedNotes()).allMatch(visibleNotes::contains);
          assertThat(t.sdk().notes().list(caller, customer.id(), PageRequest.first(50)).items())
              .containsExactlyInAnyOrderElementsOf(visibleNotes);
        }
        for (Note note : notes) {
          if (!note.customerId().equals(customer.id())) {
            continue;
          }
          if (visibleNotes.contains(note)) {
            assertThat(t.sdk().notes().get(caller, note.id())).isEqualTo(note);
          } else {
            assertThatThrownBy(() -> t.sdk().notes().get(caller, note.id()))
                .isInstanceOf(NotFoundException.class);
          }
        }
      }

      // Filters: a hidden field is refused before any query; a visible one filters.
      for (FieldDefinition field : fields) {
        CustomerQuery query =
            CustomerQuery.active().withFilter(CustomerFilter.fieldSet(field.key()));
        SearchQuery search =
            SearchQuery.of("a")
                .withFilter(CustomerFilter.field(field.key(), Comparison.EQ, "v0c0"));
        if (!isStaff(who) && who != Who.SYSTEM) {
          assertThatThrownBy(() -> t.roster().list(caller, query))
              .isInstanceOf(PermissionDeniedException.class);
        } else if (!canView(who, -1, field)) {
          // Hidden: answered exactly as a field that does not exist.
          assertThatThrownBy(() -> t.roster().list(caller, query))
              .isInstanceOfSatisfying(
                  ValidationException.class, e -> isNoSuchField(e, "filter.field"));
          assertThatThrownBy(() -> t.roster().search(caller, search))
              .isInstanceOfSatisfying(
                  ValidationException.class, e -> isNoSuchField(e, "filter.field"));
        } else {
          assertThat(t.roster().list(caller, query).items())
              .extracting(RosterEntry::id)
              .containsExactlyInAnyOrderElementsOf(holders(t, system, customers, field));
          assertThat(t.roster().search(caller, search).items())
              .extracting(SearchHit::entry)
              .extracting(RosterEntry::id)
              .allMatch(id -> id.equals(customers.get(0).id()));
        }
        // Searching a field's values (they are "v<field>c<customer>") finds their holders only when
        // the field is visible.
        if (isStaff(who) || who == Who.SYSTEM) {
          List<CustomerId> found =
              t
                  .roster()
                  .search(caller, SearchQuery.of("v" + field.key().substring(1) + "c"))
                  .items()
                  .stream()
                  .map(hit -> hit.entry().id())
                  .toList();
          if (canView(who, -1, field)) {
            assertThat(found)
                .containsExactlyInAnyOrderElementsOf(holders(t, system, customers, field));
          } else {
            assertThat(found).isEmpty();
          }
        }
      }

      // The audit trail (admins and owners) leaves out changes of fields the reader may not view.
      if (who == Who.BOB || who == Who.OLGA || who == Who.SYSTEM) {
        for (CustomerProfile customer : customers) {
          List<AuditEntry> trail =
              t.sdk().audit().forCustomer(caller, customer.id(), PageRequest.first(100)).items();
          Set<String> auditedFields =
              trail.stream()
                  .flatMap(e -> e.changes().stream())
                  .map(FieldChange::field)
                  .filter(f -> f.startsWith("field."))
                  .collect(Collectors.toSet());
          for (FieldDefinition field : fields) {
            if (!canView(who, -1, field)) {
              assertThat(auditedFields).doesNotContain("field." + field.key());
            }
          }
        }
      }

      // Writes: allowed ones succeed; refused ones throw and change nothing.
      for (WritePlan write : writes) {
        if (write.field() >= fields.size()) {
          continue;
        }
        FieldDefinition field = fields.get(write.field());
        CustomerProfile customer = customers.get(write.customer());
        String value = "new" + write.value();
        Snapshot before = snapshot(t, system, customers);
        String old = before.values.get(customer.id()).get(field.key());
        boolean allowed =
            mayReadCustomer(who, write.customer())
                && canView(who, write.customer(), field)
                && canEdit(who, write.customer(), field)
                && (!field.spec().writeOnce()
                    || old == null
                    || old.equals(value)
                    || who == Who.OLGA);
        if (allowed) {
          t.sdk().fields().setValues(caller, customer.id(), FieldValues.of(field.key(), value));
          assertThat(snapshot(t, system, customers).values.get(customer.id()))
              .containsEntry(field.key(), value);
        } else {
          var refused =
              assertThatThrownBy(
                  () ->
                      t.sdk()
                          .fields()
                          .setValues(caller, customer.id(), FieldValues.of(field.key(), value)));
          if (mayReadCustomer(who, write.customer()) && !canView(who, write.customer(), field)) {
            // A hidden field is answered exactly as a field that does not exist.
            refused.isInstanceOfSatisfying(
                ValidationException.class, e -> isNoSuchField(e, "fields." + field.key()));
          } else {
            refused.isInstanceOf(PermissionDeniedException.class);
          }
          assertThat(snapshot(t, system, customers)).isEqualTo(before);
        }
      }
      for (Note note : notes) {
        CustomerProfile customer =
            customers.stream()
                .filter(c -> c.id().equals(note.customerId()))
                .findFirst()
                .orElseThrow();
        int index = customers.indexOf(customer);
        boolean isAuthor =
            who == Who.SYSTEM || (isStaff(who) && note.author().equals("staff:" + name(who)));
        if (!(canRead(who, index, note) && isAuthor)) {
          Snapshot before = snapshot(t, system, customers);
          Note current = t.sdk().notes().get(system, note.id());
          // A note the caller may not read is not found, as one that does not exist; one they
          // may read but did not write is theirs to read only.
          assertThatThrownBy(
                  () -> t.sdk().notes().edit(caller, note.id(), current.version(), "rewritten"))
              .isInstanceOf(
                  canRead(who, index, note)
                      ? PermissionDeniedException.class
                      : NotFoundException.class);
          assertThat(snapshot(t, system, customers)).isEqualTo(before);
        }
      }
    }
  }

  private static void isNoSuchField(ValidationException e, String field) {
    assertThat(e.errors())
        .extracting(FieldError::field, FieldError::problem)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(field, "no such field"));
  }

  /** Everything stored, as the system sees it: field values by customer and key, and notes. */
  record Snapshot(Map<CustomerId, Map<String, String>> values, List<Note> notes) {}

  private static Snapshot snapshot(
      TestCustomers t, Caller system, List<CustomerProfile> customers) {
    Map<CustomerId, Map<String, String>> values = new HashMap<>();
    List<Note> notes = new ArrayList<>();
    for (CustomerProfile customer : customers) {
      Map<String, String> byKey = new HashMap<>();
      t.sdk().fields().values(system, customer.id()).forEach(v -> byKey.put(v.key(), v.text()));
      values.put(customer.id(), byKey);
      notes.addAll(t.sdk().notes().list(system, customer.id(), PageRequest.first(100)).items());
    }
    return new Snapshot(values, notes);
  }

  private static List<CustomerId> holders(
      TestCustomers t, Caller system, List<CustomerProfile> customers, FieldDefinition field) {
    return customers.stream()
        .filter(
            c ->
                t.sdk().fields().values(system, c.id()).stream()
                    .anyMatch(v -> v.key().equals(field.key())))
        .map(CustomerProfile::id)
        .toList();
  }

  // ---- the oracle: the rules as the documentation states them

  private static boolean isStaff(Who who) {
    return who == Who.AMY || who == Who.BOB || who == Who.OLGA || who == Who.DAN;
  }

  private static String name(Who who) {
    return who.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean mayReadCustomer(Who who, int customer) {
    return isStaff(who)
        || who == Who.SYSTEM
        || (who == Who.SELF_0 && customer == 0)
        || (who == Who.SELF_1 && customer == 1);
  }

  private static boolean canView(Who who, int customer, FieldDefinition field) {
    if (who == Who.SYSTEM) {
      return true;
    }
    if (isStaff(who)) {
      return ROLE_OF.get(name(who)).atLeast(field.access().staffView());
    }
    return mayReadCustomer(who, customer)
        && customer >= 0
        && who != Who.GUARDIAN
        && field.access().customerView();
  }

  private static boolean canEdit(Who who, int customer, FieldDefinition field) {
    if (who == Who.SYSTEM) {
      return true;
    }
    if (isStaff(who)) {
      return ROLE_OF.get(name(who)).atLeast(field.access().staffEdit());
    }
    return mayReadCustomer(who, customer) && who != Who.GUARDIAN && field.access().customerEdit();
  }

  private static boolean canRead(Who who, int customer, Note note) {
    if (who == Who.SYSTEM) {
      return true;
    }
    if (isStaff(who)) {
      StaffRole role = ROLE_OF.get(name(who));
      return switch (note.visibility()) {
        case AUTHOR -> note.author().equals("staff:" + name(who));
        case ADMINS -> role.atLeast(StaffRole.ADMIN);
        case STAFF, CUSTOMER -> true;
      };
    }
    return mayReadCustomer(who, customer) && note.visibility() == NoteVisibility.CUSTOMER;
  }

  private static Caller staff(TestCustomers t, String name) {
    return Caller.of(t.organization().id(), Actor.staff(name, ROLE_OF.get(name)));
  }

  private static Caller caller(TestCustomers t, Who who, List<CustomerProfile> customers) {
    return switch (who) {
      case AMY, BOB, OLGA, DAN -> staff(t, name(who));
      case SELF_0 -> Caller.of(t.organization().id(), Actor.self(customers.get(0).person().id()));
      case SELF_1 -> Caller.of(t.organization().id(), Actor.self(customers.get(1).person().id()));
      case GUARDIAN ->
          Caller.of(
              t.organization().id(),
              Actor.guardian(customers.get(1).person().id(), customers.get(0).person().id()));
      case SYSTEM -> Fixtures.system(t.organization().id());
    };
  }
}
