package dev.customers.testkit;

import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.Relationship;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.forms.Form;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.FormItem;
import dev.customers.api.forms.FormKind;
import dev.customers.api.forms.FormService;
import dev.customers.api.forms.FormSpec;
import dev.customers.api.forms.PersonDetail;
import dev.customers.api.roster.CustomerQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the form contracts share: customer-editable fields (a number and a choice), a staff-only
 * one, a waiver purpose, and the family sign-up and intake forms they publish.
 */
public abstract class FormContractSupport extends ServiceContractSupport {
  static final Set<GuardianPermission> VIEW_EDIT =
      EnumSet.of(GuardianPermission.VIEW_PROFILE, GuardianPermission.EDIT_PROFILE);

  FieldDefinition shoeSize;
  FieldDefinition level;

  final FormService forms() {
    return sdk().sdk().forms();
  }

  @BeforeEach
  void defineFieldsAndPurposes() {
    shoeSize =
        fields()
            .define(
                sdk().admin(),
                FieldSpec.of("shoe_size", "Shoe size", FieldType.NUMBER)
                    .withAccess(FieldAccess.customerEditable()));
    level =
        fields()
            .define(
                sdk().admin(),
                FieldSpec.of("level", "Level", FieldType.SINGLE_CHOICE)
                    .withChoices(List.of("beginner", "advanced"))
                    .withAccess(FieldAccess.customerEditable()));
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("medical", "Medical", FieldType.TEXT).withAccess(FieldAccess.staffOnly()));
    sdk().sdk().consent().addPurpose(sdk().admin(), "waiver_2026", "Waiver 2026");
  }

  final Form familySignUp() {
    return forms()
        .publish(
            sdk().admin(),
            FormSpec.of(
                    "family",
                    "Family sign-up",
                    FormKind.FAMILY_SIGN_UP,
                    List.of(
                        FormItem.text("Welcome! Tell us about your family."),
                        FormItem.required(PersonDetail.FIRST_NAME),
                        FormItem.required(PersonDetail.LAST_NAME),
                        FormItem.required(PersonDetail.EMAIL),
                        FormItem.optional(PersonDetail.PHONE),
                        FormItem.consent("marketing_email", false),
                        FormItem.consent("waiver_2026", true)))
                .withDependantItems(
                    List.of(
                        FormItem.required(PersonDetail.FIRST_NAME),
                        FormItem.optional(PersonDetail.LAST_NAME),
                        FormItem.required(PersonDetail.BIRTHDAY),
                        FormItem.field("shoe_size", false),
                        FormItem.field("level", true)))
                .withGuardianPermissions(VIEW_EDIT));
  }

  final Form intake() {
    return forms()
        .publish(
            sdk().admin(),
            FormSpec.of(
                "intake",
                "Intake",
                FormKind.INTAKE,
                List.of(
                    FormItem.optional(PersonDetail.PHONE),
                    FormItem.field("shoe_size", false),
                    FormItem.field("level", false),
                    FormItem.consent("marketing_email", false))));
  }

  static FormAnswers family(String email) {
    return FormAnswers.none()
        .with(PersonDetail.FIRST_NAME, "Mia")
        .with(PersonDetail.LAST_NAME, "Stone")
        .with(PersonDetail.EMAIL, email)
        .withConsent("waiver_2026", true)
        .withConsent("marketing_email", false)
        .withDependant(
            Relationship.PARENT,
            FormAnswers.none()
                .with(PersonDetail.FIRST_NAME, "Kit")
                .with(PersonDetail.BIRTHDAY, "2017-05-01")
                .withField("shoe_size", "31")
                .withField("level", "beginner"))
        .withDependant(
            Relationship.LEGAL_GUARDIAN,
            FormAnswers.none()
                .with(PersonDetail.FIRST_NAME, "Bo")
                .with(PersonDetail.LAST_NAME, "Lake")
                .with(PersonDetail.BIRTHDAY, "2020-01-09")
                .withField("level", "advanced"));
  }

  final int rosterSize() {
    return sdk().roster().list(sdk().staff(), CustomerQuery.active()).items().size();
  }

  /** The call fails with a validation error that names exactly these answers, in any order. */
  static void assertRefusedNaming(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String... names) {
    org.assertj.core.api.Assertions.assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            dev.customers.api.ValidationException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.errors())
                    .extracting(dev.customers.api.FieldError::field)
                    .containsExactlyInAnyOrder(names));
  }
}
