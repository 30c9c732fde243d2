package dev.customers.testkit;

import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.FormItem;
import dev.customers.api.forms.FormKind;
import dev.customers.api.forms.FormSpec;
import dev.customers.api.forms.PersonDetail;
import dev.customers.api.forms.Submission;
import dev.customers.api.forms.SubmissionReceipt;
import dev.customers.api.spi.StoredText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The text inputs of forms, for {@link HostileTextContract}: a form's key, title and text block,
 * and a submission's id, a detail and a field value.
 */
final class FormTextInputs {
  private FormTextInputs() {}

  static List<TextInput> all() {
    List<TextInput> in = new ArrayList<>();
    UnaryOperator<String> asIs = UnaryOperator.identity();
    in.add(
        new TextInput(
            "FormService.publish",
            "key",
            StoredText.KEY,
            asIs,
            (s, v) -> {
              s.t.sdk().forms().publish(s.owner, intake(v, "Intake", "Text"));
              return () -> s.t.sdk().forms().latest(s.owner, v).key();
            }));
    in.add(
        new TextInput(
            "FormService.publish",
            "title",
            StoredText.FORM_TITLE,
            asIs,
            (s, v) -> {
              String key = s.fresh("form");
              s.t.sdk().forms().publish(s.owner, intake(key, v, "Text"));
              return () -> s.t.sdk().forms().latest(s.owner, key).spec().title();
            }));
    in.add(
        new TextInput(
            "FormService.publish",
            "items[0].text",
            StoredText.FORM_TEXT,
            asIs,
            (s, v) -> {
              String key = s.fresh("form");
              s.t.sdk().forms().publish(s.owner, intake(key, "Intake", v));
              return () ->
                  ((FormItem.Text) s.t.sdk().forms().latest(s.owner, key).spec().items().get(0))
                      .text();
            }));
    in.add(
        new TextInput(
            "FormService.signUp",
            "submissionId",
            StoredText.SUBMISSION_ID,
            asIs,
            (s, v) -> {
              SubmissionReceipt receipt =
                  s.t
                      .sdk()
                      .forms()
                      .signUp(
                          s.owner,
                          new Submission(
                              v,
                              s.signUp().id(),
                              FormAnswers.none().with(PersonDetail.FIRST_NAME, "Gia")));
              return () ->
                  s.t.sdk().forms().submissions(s.owner, receipt.customer()).get(0).submissionId();
            }));
    in.add(
        new TextInput(
            "FormService.signUp",
            "firstName",
            StoredText.PERSON_NAME,
            asIs,
            (s, v) -> {
              SubmissionReceipt receipt =
                  s.t
                      .sdk()
                      .forms()
                      .signUp(
                          s.owner,
                          new Submission(
                              s.fresh("sub"),
                              s.signUp().id(),
                              FormAnswers.none().with(PersonDetail.FIRST_NAME, v)));
              return () -> s.t.roster().profile(s.owner, receipt.customer()).person().firstName();
            }));
    in.add(
        new TextInput(
            "FormService.submit",
            "fields.shirt",
            StoredText.FIELD_TEXT,
            asIs,
            (s, v) -> {
              s.t
                  .sdk()
                  .forms()
                  .submit(
                      s.owner,
                      s.base.ada.id(),
                      new Submission(
                          s.fresh("sub"),
                          s.base.intake.id(),
                          FormAnswers.none().withField("shirt", v)));
              return () -> s.value("shirt");
            }));
    return in;
  }

  private static FormSpec intake(String key, String title, String text) {
    return FormSpec.of(
        key,
        title,
        FormKind.INTAKE,
        List.of(FormItem.text(text), FormItem.optional(PersonDetail.PHONE)));
  }
}
