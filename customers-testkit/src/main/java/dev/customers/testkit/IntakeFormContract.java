package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.consent.ConsentState;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.Relationship;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.forms.Form;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.PersonDetail;
import dev.customers.api.forms.Submission;
import dev.customers.api.forms.SubmissionReceipt;
import dev.customers.api.forms.SubmittedForm;
import dev.customers.api.roster.CustomerProfile;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Intake forms about existing customers over the storage the subclass supplies in {@link
 * #storageUnderTest()}: by the customer, by a guardian within the link, and the stored answers as
 * each may read them.
 */
public abstract class IntakeFormContract extends FormContractSupport {
  @Test
  void intake_byTheCustomer_updatesTheirDetailsFieldsAndConsent() {
    Form intake = intake();
    CustomerProfile ada = add("Ada", "Lovelace");
    SubmissionReceipt receipt =
        forms()
            .submit(
                self(ada),
                ada.id(),
                new Submission(
                    "ada-1",
                    intake.id(),
                    FormAnswers.none()
                        .with(PersonDetail.PHONE, " +44 20 7946 0000 ")
                        .withField("shoe_size", "38")
                        .withConsent("marketing_email", true)));
    assertThat(receipt.customer()).isEqualTo(ada.id());
    assertThat(receipt.dependants()).isEmpty();
    CustomerProfile after = sdk().roster().profile(sdk().staff(), ada.id());
    assertThat(after.person().phone()).isEqualTo("+44 20 7946 0000");
    assertThat(after.person().firstName()).isEqualTo("Ada");
    assertThat(fields().values(self(ada), ada.id()))
        .extracting(FieldValue::text)
        .containsExactly("38");
    assertThat(sdk().sdk().consent().current(self(ada), ada.id()))
        .filteredOn(s -> s.purpose().key().equals("marketing_email"))
        .extracting(ConsentState::status)
        .containsExactly(ConsentStatus.GRANTED);
    assertThat(forms().submissions(self(ada), ada.id()))
        .extracting(SubmittedForm::submissionId)
        .containsExactly("ada-1");
    CustomerProfile ben = add("Ben", "Adams");
    assertThatThrownBy(
            () ->
                forms()
                    .submit(
                        self(ben),
                        ada.id(),
                        new Submission("ben-1", intake.id(), FormAnswers.none())))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> forms().submissions(self(ben), ada.id()))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void intake_byAGuardian_withinTheLink_andTheAnswersTheyMaySee() {
    Form intake = intake();
    CustomerProfile mum = add("Mia", "Stone");
    CustomerProfile kit = add("Kit", "Stone");
    sdk().sdk().family().link(sdk().staff(), mum.id(), kit.id(), Relationship.PARENT, VIEW_EDIT);
    Caller guardian =
        Caller.of(sdk().organization().id(), Actor.guardian(mum.person().id(), kit.person().id()));
    forms()
        .submit(
            guardian,
            kit.id(),
            new Submission(
                "kit-1",
                intake.id(),
                FormAnswers.none().withField("shoe_size", "30").withField("level", "beginner")));
    assertThat(forms().submissions(guardian, kit.id()))
        .singleElement()
        .satisfies(s -> assertThat(s.answers().fields()).containsOnlyKeys("shoe_size", "level"));
    // A field made staff-only after the answer: staff still see it; the guardian no longer does.
    fields()
        .update(
            sdk().admin(),
            level.id(),
            level.version(),
            level.spec().withAccess(FieldAccess.staffOnly()));
    assertThat(forms().submissions(guardian, kit.id()))
        .singleElement()
        .satisfies(s -> assertThat(s.answers().fields()).containsOnlyKeys("shoe_size"));
    assertThat(forms().submissions(sdk().staff(), kit.id()))
        .singleElement()
        .satisfies(s -> assertThat(s.answers().fields()).containsOnlyKeys("shoe_size", "level"));
    // Answering it is now refused for the guardian, named with the field.
    assertRefusedNaming(
        () ->
            forms()
                .submit(
                    guardian,
                    kit.id(),
                    new Submission(
                        "kit-2", intake.id(), FormAnswers.none().withField("level", "advanced"))),
        "fields.level");
    sdk()
        .sdk()
        .family()
        .changeLink(
            sdk().staff(),
            mum.id(),
            kit.id(),
            Relationship.PARENT,
            EnumSet.of(GuardianPermission.VIEW_PROFILE));
    assertThatThrownBy(
            () ->
                forms()
                    .submit(
                        guardian,
                        kit.id(),
                        new Submission(
                            "kit-3", intake.id(), FormAnswers.none().withField("shoe_size", "31"))))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(forms().submissions(guardian, kit.id())).hasSize(1);
    sdk().sdk().family().unlink(sdk().staff(), mum.id(), kit.id());
    assertThatThrownBy(() -> forms().submissions(guardian, kit.id()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(shoeSize.key()).isEqualTo("shoe_size");
  }

  @Test
  void intake_anAnswerSentEmptyClearsIt_andOneLeftOutChangesNothing() {
    Form intake = intake();
    CustomerProfile ada =
        sdk()
            .roster()
            .add(
                sdk().staff(),
                dev.customers.api.roster.CustomerDetails.of("Ada", "Lovelace")
                    .withPhone("+44 20 7946 0000"));
    fields()
        .setValues(
            sdk().staff(),
            ada.id(),
            dev.customers.api.fields.FieldValues.of("shoe_size", "38").and("level", "beginner"));
    forms()
        .submit(
            self(ada),
            ada.id(),
            new Submission(
                "clear-1",
                intake.id(),
                FormAnswers.none().with(PersonDetail.PHONE, " ").withField("shoe_size", "")));
    assertThat(sdk().roster().profile(sdk().staff(), ada.id()).person().phone()).isNull();
    assertThat(fields().values(sdk().staff(), ada.id()))
        .extracting(dev.customers.api.fields.FieldValue::key)
        .containsExactly("level");
  }
}
