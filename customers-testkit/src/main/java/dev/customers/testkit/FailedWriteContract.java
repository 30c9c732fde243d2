package dev.customers.testkit;

import static dev.customers.api.family.GuardianPermission.VIEW_PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.accounts.AccountService;
import dev.customers.api.audit.AuditTrail;
import dev.customers.api.consent.ConsentService;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.family.FamilyService;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.Relationship;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldService;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.forms.Form;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.FormItem;
import dev.customers.api.forms.FormKind;
import dev.customers.api.forms.FormService;
import dev.customers.api.forms.FormSpec;
import dev.customers.api.forms.PersonDetail;
import dev.customers.api.forms.Submission;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricService;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.notes.NoteService;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.org.Organization;
import dev.customers.api.org.OrganizationService;
import dev.customers.api.profile.ProfileService;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.RosterService;
import dev.customers.api.spi.Storage;
import dev.customers.api.tags.Tag;
import dev.customers.api.tags.TagService;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A write that fails at any store call, or at commit, leaves no change, no audit entry and no
 * event, for every write method of every service. Each write runs over a {@link FaultyStorage}:
 * first with its commit failing, then failing at its first, second, ... store call until it runs
 * through; after each failure the whole stored state of both organizations (read through the
 * stores) is what it was before, and no listener heard anything.
 */
public abstract class FailedWriteContract {
  private static final String PASSWORD = "a long enough pass phrase";

  /** The adapter under test: fresh, empty storage for each write. */
  protected abstract StorageUnderTest storageUnderTest();

  /** The setup every write starts from: two organizations with customers and profile data. */
  protected static final class Scene {
    final TestCustomers t;
    final Caller owner;
    final Organization other;
    final CustomerProfile ada;
    final CustomerProfile ben;
    final CustomerProfile dan;
    final CustomerProfile cara;
    final FieldDefinition level;
    final FieldDefinition city;
    final Tag vip;
    final Tag beginner;
    final Note note;
    final MetricDefinition visits;
    final CustomerProfile eve;
    final String benToken;
    final FieldDefinition shirt;
    final Form signUp;
    final Form intake;
    final dev.customers.api.imports.ImportJob queuedImport;

    Scene(TestCustomers t) {
      this.t = t;
      this.owner = t.owner();
      Customers sdk = t.sdk();
      other = t.newOrganization("Other Studio");
      ada = t.roster().add(owner, Fixtures.details("Ada", "Lovelace"));
      ben = t.roster().add(owner, Fixtures.details("Ben", "Adams"));
      dan = t.roster().archive(owner, t.roster().add(owner, Fixtures.details("Dan", "Brown")).id());
      cara = t.roster().add(Fixtures.owner(other.id()), Fixtures.details("Cara", "Jones"));
      level =
          sdk.fields()
              .define(
                  owner,
                  FieldSpec.of("level", "Level", FieldType.SINGLE_CHOICE)
                      .withChoices(List.of("A", "B")));
      city = sdk.fields().define(owner, FieldSpec.of("city", "City", FieldType.TEXT));
      sdk.fields().setValues(owner, ada.id(), FieldValues.of("level", "A"));
      vip = sdk.tags().create(owner, "VIP", "#ff0000");
      beginner = sdk.tags().create(owner, "Beginner", "#00ff00");
      sdk.tags().assign(owner, vip.id(), List.of(ada.id()));
      note = sdk.notes().add(owner, ada.id(), NoteDraft.of("Prefers mornings"));
      visits = sdk.metrics().define(owner, MetricSpec.counter("visits", "Visits"));
      sdk.metrics().increment(owner, ada.id(), "visits", BigDecimal.ONE, "desk");
      sdk.consent().addPurpose(owner, "newsletter", "Newsletter");
      sdk.consent().record(owner, ada.id(), "marketing_email", ConsentStatus.GRANTED, "desk");
      eve = t.roster().add(owner, Fixtures.details("Eve", "Young"));
      sdk.family().link(owner, ada.id(), ben.id(), Relationship.PARENT, Set.of(VIEW_PROFILE));
      sdk.accounts().invite(owner, eve.id());
      sdk.accounts().claim(t.organization().id(), t.notifier().lastToken(), PASSWORD);
      sdk.accounts().invite(owner, ben.id());
      benToken = t.notifier().lastToken();
      shirt =
          sdk.fields()
              .define(
                  owner,
                  FieldSpec.of("shirt", "Shirt", FieldType.TEXT)
                      .withAccess(dev.customers.api.fields.FieldAccess.customerEditable()));
      signUp =
          sdk.forms()
              .publish(
                  owner,
                  FormSpec.of(
                          "family",
                          "Family sign-up",
                          FormKind.FAMILY_SIGN_UP,
                          List.of(
                              FormItem.required(PersonDetail.FIRST_NAME),
                              FormItem.required(PersonDetail.EMAIL),
                              FormItem.consent("newsletter", false)))
                      .withDependantItems(
                          List.of(
                              FormItem.required(PersonDetail.FIRST_NAME),
                              FormItem.field("shirt", true)))
                      .withGuardianPermissions(Set.of(VIEW_PROFILE)));
      intake =
          sdk.forms()
              .publish(
                  owner,
                  FormSpec.of(
                      "intake",
                      "Intake",
                      FormKind.INTAKE,
                      List.of(
                          FormItem.optional(PersonDetail.PHONE),
                          FormItem.field("shirt", false),
                          FormItem.consent("marketing_email", false))));
      sdk.forms()
          .submit(
              owner,
              ada.id(),
              new Submission("ada-first", intake.id(), FormAnswers.none().withField("shirt", "B")));
      queuedImport = ImportFailedWrites.submit(this);
    }

    Customers sdk() {
      return t.sdk();
    }
  }

  /** Every write method of every service, by service type and method name. */
  static Map<String, Consumer<Scene>> writes() {
    Map<String, Consumer<Scene>> w = new LinkedHashMap<>();
    w.put(
        "OrganizationService.create",
        s -> s.sdk().organizations().create("New Studio", ZoneId.of("UTC")));
    w.put("RosterService.add", s -> s.t.roster().add(s.owner, Fixtures.details("Eve", "Stone")));
    w.put(
        "RosterService.addAll",
        s ->
            s.t
                .roster()
                .addAll(
                    s.owner,
                    java.util.List.of(
                        Fixtures.details("Eve", "Stone"), Fixtures.details("Ivy", "Stone"))));
    w.put(
        "RosterService.addExisting",
        s ->
            s.t
                .roster()
                .addExisting(
                    Caller.of(s.owner.organizationId(), Actor.self(s.cara.person().id())),
                    s.cara.person().id()));
    w.put(
        "RosterService.update",
        s ->
            s.t
                .roster()
                .update(
                    s.owner, s.ada.id(), s.ada.version(), s.ada.details().withLastName("King")));
    w.put("RosterService.archive", s -> s.t.roster().archive(s.owner, s.ben.id()));
    w.put("RosterService.unarchive", s -> s.t.roster().unarchive(s.owner, s.dan.id()));
    w.put(
        "FieldService.define",
        s -> s.sdk().fields().define(s.owner, FieldSpec.of("size", "Size", FieldType.NUMBER)));
    w.put(
        "FieldService.update",
        s ->
            s.sdk()
                .fields()
                .update(s.owner, s.city.id(), s.city.version(), s.city.spec().withLabel("Town")));
    w.put("FieldService.archive", s -> s.sdk().fields().archive(s.owner, s.level.id()));
    w.put(
        "FieldService.reorder",
        s -> s.sdk().fields().reorder(s.owner, List.of(s.city.id(), s.level.id(), s.shirt.id())));
    w.put(
        "FieldService.setValues",
        s ->
            s.sdk()
                .fields()
                .setValues(
                    s.owner, s.ada.id(), FieldValues.of(Map.of("level", "B", "city", "Leeds"))));
    w.put("TagService.create", s -> s.sdk().tags().create(s.owner, "Member", "#0000ff"));
    w.put("TagService.rename", s -> s.sdk().tags().rename(s.owner, s.vip.id(), "V.I.P."));
    w.put("TagService.recolour", s -> s.sdk().tags().recolour(s.owner, s.vip.id(), "#123456"));
    w.put("TagService.delete", s -> s.sdk().tags().delete(s.owner, s.vip.id()));
    w.put(
        "TagService.assign",
        s -> s.sdk().tags().assign(s.owner, s.beginner.id(), List.of(s.ada.id(), s.ben.id())));
    w.put(
        "TagService.unassign",
        s -> s.sdk().tags().unassign(s.owner, s.vip.id(), List.of(s.ada.id())));
    w.put(
        "NoteService.add",
        s -> s.sdk().notes().add(s.owner, s.ben.id(), NoteDraft.of("New here").asAlert()));
    w.put(
        "NoteService.edit",
        s -> s.sdk().notes().edit(s.owner, s.note.id(), s.note.version(), "Prefers evenings"));
    w.put(
        "NoteService.changeVisibility",
        s -> s.sdk().notes().changeVisibility(s.owner, s.note.id(), NoteVisibility.ADMINS));
    w.put("NoteService.pin", s -> s.sdk().notes().pin(s.owner, s.note.id(), true));
    w.put("NoteService.markAlert", s -> s.sdk().notes().markAlert(s.owner, s.note.id(), true));
    w.put("NoteService.delete", s -> s.sdk().notes().delete(s.owner, s.note.id()));
    w.put(
        "MetricService.define",
        s -> s.sdk().metrics().define(s.owner, MetricSpec.gauge("weight", "Weight", "kg", 1)));
    w.put(
        "MetricService.update",
        s ->
            s.sdk()
                .metrics()
                .update(
                    s.owner,
                    s.visits.id(),
                    s.visits.version(),
                    MetricSpec.counter("visits", "Check-ins")));
    w.put(
        "MetricService.record",
        s ->
            s.sdk()
                .metrics()
                .record(
                    s.owner,
                    s.ben.id(),
                    "visits",
                    BigDecimal.TEN,
                    s.t.clock().instant(),
                    "import"));
    w.put(
        "MetricService.increment",
        s -> s.sdk().metrics().increment(s.owner, s.ada.id(), "visits", BigDecimal.ONE, "desk"));
    w.put(
        "ConsentService.addPurpose",
        s -> s.sdk().consent().addPurpose(s.owner, "sms_offers", "SMS offers"));
    w.put(
        "ConsentService.record",
        s ->
            s.sdk()
                .consent()
                .record(
                    s.owner, s.ada.id(), "marketing_email", ConsentStatus.REVOKED, "self-service"));
    w.put(
        "FamilyService.link",
        s -> s.sdk().family().link(s.owner, s.ada.id(), s.eve.id(), Relationship.OTHER, Set.of()));
    w.put(
        "FamilyService.changeLink",
        s ->
            s.sdk()
                .family()
                .changeLink(
                    s.owner,
                    s.ada.id(),
                    s.ben.id(),
                    Relationship.LEGAL_GUARDIAN,
                    Set.of(VIEW_PROFILE, GuardianPermission.EDIT_PROFILE)));
    w.put("FamilyService.unlink", s -> s.sdk().family().unlink(s.owner, s.ada.id(), s.ben.id()));
    w.put(
        "FamilyService.addDependant",
        s ->
            s.sdk()
                .family()
                .addDependant(
                    s.owner,
                    s.ada.id(),
                    CustomerDetails.of("Kit", "Lovelace"),
                    Relationship.PARENT,
                    Set.of(VIEW_PROFILE)));
    w.put("FamilyService.setAgeOfMajority", s -> s.sdk().family().setAgeOfMajority(s.owner, 16));
    w.put("AccountService.invite", s -> s.sdk().accounts().invite(s.owner, s.ada.id()));
    w.put("AccountService.resend", s -> s.sdk().accounts().resend(s.owner, s.ben.id()));
    w.put("AccountService.revoke", s -> s.sdk().accounts().revoke(s.owner, s.ben.id()));
    w.put(
        "AccountService.claim",
        s -> s.sdk().accounts().claim(s.t.organization().id(), s.benToken, PASSWORD));
    w.put(
        "AccountService.verifyPassword",
        s ->
            s.sdk()
                .accounts()
                .verifyPassword(
                    s.t.organization().id(), "eve.young@example.com", "not the password"));
    FormFailedWrites.addTo(w);
    ImportFailedWrites.addTo(w);
    // Unarchive needs an archived field: failEveryStep archives it first, outside the measured
    // write.
    w.put("FieldService.unarchive", s -> s.sdk().fields().unarchive(s.owner, s.level.id()));
    return w;
  }

  /** The read-only methods of each service: every other method must be in {@link #writes()}. */
  private static final Set<String> READS =
      Set.of(
          "OrganizationService.list",
          "OrganizationService.get",
          "RosterService.profile",
          "RosterService.list",
          "RosterService.search",
          "RosterService.upcomingBirthdays",
          "FieldService.definitions",
          "FieldService.values",
          "TagService.list",
          "TagService.tagsOf",
          "TagService.counts",
          "NoteService.get",
          "NoteService.list",
          "NoteService.revisions",
          "MetricService.definitions",
          "MetricService.current",
          "MetricService.history",
          "MetricService.summary",
          "ConsentService.purposes",
          "ConsentService.current",
          "ConsentService.history",
          "ProfileService.view",
          "FamilyService.dependants",
          "FamilyService.family",
          "FamilyService.ageOfMajority",
          "AccountService.status",
          "FormService.form",
          "FormService.latest",
          "FormService.forms",
          "FormService.versions",
          "FormService.jsonSchema",
          "FormService.submissions",
          "ExportService.exportRoster",
          "ExportService.exportPerson",
          "DuplicateService.find",
          "ImportService.suggestMapping",
          "ImportService.savedMapping",
          "ImportService.savedMappings",
          "ImportService.dryRun",
          "ImportService.job",
          "ImportService.jobs",
          "ImportService.failures",
          "ImportService.writeFailedRows",
          // start is run() on the host's executor, which logs a failure rather than throwing it
          // to the caller; run() is the write covered above.
          "ImportService.start",
          "AuditTrail.forCustomer");

  @Test
  void everyServiceMethod_isAWriteHereOrAKnownRead() {
    Set<String> methods =
        Stream.of(
                OrganizationService.class,
                RosterService.class,
                FieldService.class,
                TagService.class,
                NoteService.class,
                MetricService.class,
                ConsentService.class,
                ProfileService.class,
                FamilyService.class,
                AccountService.class,
                FormService.class,
                dev.customers.api.export.ExportService.class,
                dev.customers.api.duplicates.DuplicateService.class,
                dev.customers.api.imports.ImportService.class,
                AuditTrail.class)
            .flatMap(
                type ->
                    Arrays.stream(type.getMethods())
                        .map(Method::getName)
                        .map(n -> type.getSimpleName() + "." + n))
            .collect(Collectors.toSet());
    Set<String> covered = new java.util.HashSet<>(writes().keySet());
    covered.addAll(READS);
    assertThat(covered)
        .as("writes() and READS name exactly the services' methods")
        .isEqualTo(methods);
  }

  @TestFactory
  Stream<DynamicTest> everyWrite_failingAtAnyStoreCallOrAtCommit_leavesNothingBehind() {
    return writes().entrySet().stream()
        .map(
            write ->
                DynamicTest.dynamicTest(
                    write.getKey(), () -> failEveryStep(write.getKey(), write.getValue())));
  }

  private void failEveryStep(String name, Consumer<Scene> write) {
    StorageUnderTest under = storageUnderTest();
    FaultyStorage faulty = FaultyStorage.over(under.open());
    try (TestCustomers t =
        TestCustomers.with(binder -> binder.bind(Storage.class).toInstance(faulty))) {
      Scene scene = new Scene(t);
      if (name.equals("FieldService.unarchive")) {
        t.sdk().fields().archive(scene.owner, scene.level.id());
      }
      t.sdk().deliverPendingEvents();
      t.events().clear();
      StoredState before = StoredState.read(faulty, scene);

      faulty.failNextCommit();
      assertThatThrownBy(() -> write.accept(scene))
          .as(name + " with a failing commit")
          .isInstanceOf(FaultyStorage.InjectedFault.class);
      assertUnchanged(name + " with a failing commit", faulty, scene, before);

      for (int step = 1; ; step++) {
        faulty.failCall(step);
        try {
          write.accept(scene);
        } catch (FaultyStorage.InjectedFault expected) {
          assertUnchanged(name + " failing at store call " + step, faulty, scene, before);
          continue;
        }
        // It ran through: store call `step` is past the write's transaction (not reached, or the
        // outbox bookkeeping after the commit, whose failure leaves the events for redelivery).
        faulty.disarm();
        assertThat(step).as(name + " made no store call").isGreaterThan(1);
        assertThat(StoredState.read(faulty, scene))
            .as(name + " changed nothing when it ran through")
            .isNotEqualTo(before);
        break;
      }
    } finally {
      under.drop();
    }
  }

  private static void assertUnchanged(
      String what, FaultyStorage faulty, Scene scene, StoredState before) {
    faulty.disarm();
    assertThat(scene.t.events().events()).as(what + ": events delivered").isEmpty();
    StoredState after = StoredState.read(faulty, scene);
    if (!after.equals(before)) {
      fail(what + " left a change behind:\n" + after.differenceFrom(before));
    }
  }
}
