package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.FieldError;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.consent.ConsentState;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.family.Family;
import dev.customers.api.family.GuardianLink;
import dev.customers.api.family.Relationship;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.forms.Form;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.FormItem;
import dev.customers.api.forms.FormKind;
import dev.customers.api.forms.FormSpec;
import dev.customers.api.forms.PersonDetail;
import dev.customers.api.forms.Submission;
import dev.customers.api.forms.SubmissionReceipt;
import dev.customers.api.roster.CustomerProfile;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The form service's versions, JSON Schema and sign-ups end to end over the storage the subclass
 * supplies in {@link #storageUnderTest()}: whole-submission checks that write nothing on any bad
 * answer, and family sign-ups that a retry does not repeat.
 */
public abstract class FormServiceContract extends FormContractSupport {
  @Test
  void forms_publishingAKeyAgain_makesTheNextVersion_andOldVersionsStayAsPublished() {
    Form v1 = intake();
    Form v2 =
        forms()
            .publish(
                sdk().admin(),
                FormSpec.of(
                    "intake",
                    "Intake (new)",
                    FormKind.INTAKE,
                    List.of(FormItem.required(PersonDetail.PHONE))));
    Form waiver =
        forms()
            .publish(
                sdk().admin(),
                FormSpec.of(
                    "waiver",
                    "  Waiver  ",
                    FormKind.WAIVER,
                    List.of(
                        FormItem.text("  You climb at your own risk.\nReally.  "),
                        FormItem.consent("waiver_2026", true))));
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(waiver.spec().title()).isEqualTo("Waiver");
    assertThat(waiver.spec().items().get(0))
        .isEqualTo(FormItem.text("You climb at your own risk.\nReally."));
    assertThat(forms().form(sdk().staff(), v1.id())).isEqualTo(v1);
    assertThat(forms().latest(sdk().staff(), "intake")).isEqualTo(v2);
    assertThat(forms().versions(sdk().staff(), "intake")).containsExactly(v1, v2);
    assertThat(forms().forms(sdk().staff())).containsExactly(v2, waiver);
    CustomerProfile ada = add("Ada", "Lovelace");
    assertThat(forms().form(self(ada), v1.id())).isEqualTo(v1);
    // An answer to the old version is checked against the old version and records it.
    forms()
        .submit(
            self(ada),
            ada.id(),
            new Submission("old-1", v1.id(), FormAnswers.none().withField("shoe_size", "40")));
    assertThat(forms().submissions(sdk().staff(), ada.id()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.formVersion()).isEqualTo(1);
              assertThat(s.form()).isEqualTo(v1.id());
            });
  }

  @Test
  void forms_aBadForm_namesEveryProblem_andPublishesNothing() {
    FormSpec bad =
        FormSpec.of(
                "Bad Key",
                " ",
                FormKind.FAMILY_SIGN_UP,
                List.of(
                    FormItem.optional(PersonDetail.FIRST_NAME),
                    FormItem.field("medical", false),
                    FormItem.field("nothing", false),
                    FormItem.consent("no_such_purpose", true),
                    FormItem.optional(PersonDetail.PHONE),
                    FormItem.required(PersonDetail.PHONE)))
            .withDependantItems(
                List.of(
                    FormItem.required(PersonDetail.FIRST_NAME),
                    FormItem.optional(PersonDetail.EMAIL)));
    assertRefusedNaming(
        () -> forms().publish(sdk().admin(), bad),
        "key",
        "title",
        "items[1].key",
        "items[2].key",
        "items[3].purpose",
        "items[5]",
        "dependantItems[1]",
        "items");
    assertThat(forms().forms(sdk().staff())).isEmpty();
    assertThatThrownBy(
            () ->
                forms()
                    .publish(
                        sdk().admin(),
                        FormSpec.of(
                                "intake",
                                "Intake",
                                FormKind.INTAKE,
                                List.of(FormItem.optional(PersonDetail.PHONE)))
                            .withGuardianPermissions(VIEW_EDIT)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .contains("guardianPermissions"));
  }

  @Test
  void forms_onlyAdminsPublish() {
    FormSpec spec =
        FormSpec.of(
            "intake", "Intake", FormKind.INTAKE, List.of(FormItem.optional(PersonDetail.PHONE)));
    CustomerProfile ada = add("Ada", "Lovelace");
    assertThatThrownBy(() -> forms().publish(sdk().staff(), spec))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> forms().publish(self(ada), spec))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(forms().forms(sdk().staff())).isEmpty();
  }

  @Test
  void familySignUp_createsTheGuardianGuestDependantsLinksFieldsAndConsents() {
    Form form = familySignUp();
    SubmissionReceipt receipt =
        forms()
            .signUp(
                Caller.of(sdk().organization().id(), Actor.system("web")),
                new Submission("signup-1", form.id(), family("mia@example.com")));
    assertThat(receipt.repeated()).isFalse();
    assertThat(receipt.dependants()).hasSize(2);
    CustomerProfile mia = sdk().roster().profile(sdk().staff(), receipt.customer());
    assertThat(mia.person().email()).hasToString("mia@example.com");
    Family family = sdk().sdk().family().family(sdk().staff(), receipt.customer());
    assertThat(family.links())
        .extracting(GuardianLink::relationship)
        .containsExactlyInAnyOrder(Relationship.PARENT, Relationship.LEGAL_GUARDIAN);
    assertThat(family.links()).allSatisfy(l -> assertThat(l.permissions()).isEqualTo(VIEW_EDIT));
    CustomerProfile kit = sdk().roster().profile(sdk().staff(), receipt.dependants().get(0));
    assertThat(kit.person().firstName()).isEqualTo("Kit");
    assertThat(kit.person().lastName()).isEmpty();
    assertThat(kit.person().email()).isNull();
    assertThat(kit.person().birthday()).isEqualTo(LocalDate.of(2017, 5, 1));
    assertThat(fields().values(sdk().staff(), kit.id()))
        .extracting(FieldValue::key, FieldValue::text)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("shoe_size", "31"),
            org.assertj.core.groups.Tuple.tuple("level", "beginner"));
    assertThat(sdk().sdk().consent().current(sdk().staff(), mia.id()))
        .extracting(s -> s.purpose().key(), ConsentState::status)
        .contains(
            org.assertj.core.groups.Tuple.tuple("waiver_2026", ConsentStatus.GRANTED),
            org.assertj.core.groups.Tuple.tuple("marketing_email", ConsentStatus.REVOKED));
    assertThat(forms().submissions(sdk().staff(), kit.id()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.submissionId()).isEqualTo("signup-1");
              assertThat(s.submittedBy()).isEqualTo("system:web");
              assertThat(s.answers().details())
                  .containsEntry(PersonDetail.FIRST_NAME, "Kit")
                  .containsEntry(PersonDetail.BIRTHDAY, "2017-05-01");
              assertThat(s.answers().fields()).containsEntry("shoe_size", List.of("31"));
              assertThat(s.answers().consents()).isEmpty();
            });
    assertThat(forms().submissions(sdk().staff(), mia.id()))
        .singleElement()
        .satisfies(s -> assertThat(s.answers().consents()).containsEntry("waiver_2026", true));
    assertThat(
            sdk().sdk().audit().forCustomer(sdk().admin(), mia.id(), PageRequest.first(50)).items())
        .extracting(AuditEntry::action)
        .contains("customer.created", "guardian.linked", "form.submitted");
  }

  @Test
  void familySignUp_sentTwiceWithTheSameId_createsOneFamily() {
    Form form = familySignUp();
    Submission submission = new Submission("signup-7", form.id(), family("mia@example.com"));
    SubmissionReceipt first = forms().signUp(sdk().staff(), submission);
    int roster = rosterSize();
    int events = sdk().events().events().size();
    SubmissionReceipt again = forms().signUp(sdk().staff(), submission);
    assertThat(again.repeated()).isTrue();
    assertThat(again.customer()).isEqualTo(first.customer());
    assertThat(again.dependants()).isEqualTo(first.dependants());
    assertThat(again.submittedAt()).isEqualTo(first.submittedAt());
    assertThat(rosterSize()).isEqualTo(roster).isEqualTo(3);
    assertThat(sdk().events().events()).hasSize(events);
    assertThat(sdk().sdk().family().dependants(sdk().staff(), first.customer())).hasSize(2);
    // The same id with other answers is a reuse of the id, not a retry.
    assertThatThrownBy(
            () ->
                forms()
                    .signUp(
                        sdk().staff(),
                        new Submission("signup-7", form.id(), family("other@example.com"))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    assertThat(rosterSize()).isEqualTo(3);
  }

  @Test
  void signUp_withThreeBadAnswers_listsAllThree_andStoresNothing() {
    Form form = familySignUp();
    CustomerProfile taken = add("Taken", "Person");
    sdk()
        .roster()
        .update(
            sdk().staff(),
            taken.id(),
            taken.version(),
            dev.customers.api.roster.CustomerDetails.of("Taken", "Person")
                .withEmail("taken@example.com"));
    int roster = rosterSize();
    int events = sdk().events().events().size();
    FormAnswers bad =
        family("taken@example.com")
            .withConsent("waiver_2026", false)
            .withDependant(
                Relationship.OTHER,
                FormAnswers.none()
                    .with(PersonDetail.FIRST_NAME, "Al")
                    .with(PersonDetail.BIRTHDAY, "2019-02-02")
                    .withField("level", "expert"));
    assertRefusedNaming(
        () -> forms().signUp(sdk().staff(), new Submission("bad-1", form.id(), bad)),
        "email",
        "consents.waiver_2026",
        "dependants[2].fields.level");
    assertThat(rosterSize()).isEqualTo(roster);
    assertThat(sdk().events().events()).hasSize(events);
    // Nothing was stored under the id: the corrected answers go through under it.
    SubmissionReceipt fixed =
        forms()
            .signUp(sdk().staff(), new Submission("bad-1", form.id(), family("mia@example.com")));
    assertThat(fixed.repeated()).isFalse();
  }

  @Test
  void signUp_namesAnswersTheFormDoesNotAsk_andEveryBadValue() {
    Form form = familySignUp();
    FormAnswers answers =
        FormAnswers.none()
            .with(PersonDetail.FIRST_NAME, " ")
            .with(PersonDetail.EMAIL, "not an email")
            .with(PersonDetail.BIRTHDAY, "2001-01-01")
            .withField("medical", "asthma")
            .withConsent("waiver_2026", true)
            .withConsent("marketing_sms", true)
            .withDependant(
                Relationship.PARENT,
                FormAnswers.none()
                    .with(PersonDetail.FIRST_NAME, "Kit")
                    .with(PersonDetail.BIRTHDAY, "next tuesday")
                    .withField("shoe_size", "large")
                    .withField("level", "beginner")
                    .with(PersonDetail.EMAIL, "kit@example.com"));
    assertRefusedNaming(
        () -> forms().signUp(sdk().staff(), new Submission("x", form.id(), answers)),
        "birthday",
        "fields.medical",
        "consents.marketing_sms",
        "firstName",
        "lastName",
        "email",
        "dependants[0].email",
        "dependants[0].fields.shoe_size",
        "dependants[0].birthday");
    assertThat(rosterSize()).isZero();
  }

  @Test
  void signUp_isSentByStaffOrTheSystem_andOnlyForASignUpForm() {
    Form form = familySignUp();
    Form intake = intake();
    CustomerProfile ada = add("Ada", "Lovelace");
    Submission submission = new Submission("s-1", form.id(), family("mia@example.com"));
    assertThatThrownBy(() -> forms().signUp(self(ada), submission))
        .isInstanceOf(PermissionDeniedException.class);
    assertRefusedNaming(
        () -> forms().signUp(sdk().staff(), new Submission("s-2", intake.id(), FormAnswers.none())),
        "form");
    assertThatThrownBy(() -> forms().submit(sdk().staff(), ada.id(), submission))
        .isInstanceOf(ValidationException.class);
    assertRefusedNaming(
        () ->
            forms()
                .signUp(sdk().staff(), new Submission(" ", form.id(), family("mia@example.com"))),
        "submissionId");
    assertThat(rosterSize()).isEqualTo(1);
  }

  @Test
  void jsonSchema_describesTheAnswers() {
    Form form = familySignUp();
    String schema = forms().jsonSchema(sdk().staff(), form.id());
    assertThat(schema)
        .contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("\"dependants\"")
        .contains("\"shoe_size\"")
        .contains("\"waiver_2026\"")
        .contains("Welcome! Tell us about your family.")
        .doesNotContain("medical");
  }
}
