package dev.customers.testkit;

import dev.customers.api.family.Relationship;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.FormItem;
import dev.customers.api.forms.FormKind;
import dev.customers.api.forms.FormSpec;
import dev.customers.api.forms.PersonDetail;
import dev.customers.api.forms.Submission;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The form service's writes, for {@link FailedWriteContract}: publish, a family sign-up, an intake.
 */
final class FormFailedWrites {
  private FormFailedWrites() {}

  static void addTo(Map<String, Consumer<FailedWriteContract.Scene>> w) {
    w.put(
        "FormService.publish",
        s ->
            s.sdk()
                .forms()
                .publish(
                    s.owner,
                    FormSpec.of(
                        "intake",
                        "Intake v2",
                        FormKind.INTAKE,
                        List.of(FormItem.required(PersonDetail.PHONE)))));
    w.put(
        "FormService.signUp",
        s ->
            s.sdk()
                .forms()
                .signUp(
                    s.owner,
                    new Submission(
                        "family-1",
                        s.signUp.id(),
                        FormAnswers.none()
                            .with(PersonDetail.FIRST_NAME, "Gia")
                            .with(PersonDetail.EMAIL, "gia@example.com")
                            .withConsent("newsletter", true)
                            .withDependant(
                                Relationship.PARENT,
                                FormAnswers.none()
                                    .with(PersonDetail.FIRST_NAME, "Tom")
                                    .withField("shirt", "A"))
                            .withDependant(
                                Relationship.OTHER,
                                FormAnswers.none()
                                    .with(PersonDetail.FIRST_NAME, "Ivy")
                                    .withField("shirt", "B")))));
    w.put(
        "FormService.submit",
        s ->
            s.sdk()
                .forms()
                .submit(
                    s.owner,
                    s.ada.id(),
                    new Submission(
                        "ada-2",
                        s.intake.id(),
                        FormAnswers.none()
                            .with(PersonDetail.PHONE, "+1 555 0100")
                            .withField("shirt", "A")
                            .withConsent("marketing_email", false))));
  }
}
