package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FormId;
import dev.customers.api.org.Organization;
import dev.customers.api.spi.StoredForm;
import dev.customers.api.spi.StoredSubmission;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.FormStore}: versions found by id and key, the latest
 * of each key, submissions found by id and listed per customer newest first, each per organization
 * and each refused when stored twice. An adapter's test extends it (or nests it) and says how to
 * make its storage in {@link #storageUnderTest()}.
 */
public abstract class FormStoreContract extends StoreContractSupport {
  private StoredForm form(Organization org, String key, int version, String definition) {
    return new StoredForm(
        FormId.of(newId()), org.id(), key, version, definition, now(), "staff:ann(ADMIN)");
  }

  private StoredSubmission submission(
      Organization org, String id, FormId form, Instant at, List<StoredSubmission.Answers> a) {
    return new StoredSubmission(org.id(), id, form, "ab".repeat(32), at, "system:web", a);
  }

  @Test
  void forms_versions_foundByIdAndKey_latestPerKey_perOrganization() {
    StoredForm waiver1 = form(orgA, "waiver", 1, "{\"v\":1}");
    StoredForm waiver2 = form(orgA, "waiver", 2, "{\"v\":2}");
    StoredForm intake1 = form(orgA, "intake", 1, "{\"i\":1}");
    StoredForm other = form(orgB, "waiver", 1, "{\"b\":1}");
    run(
        s -> {
          s.forms().insertForm(waiver1);
          s.forms().insertForm(intake1);
          s.forms().insertForm(waiver2);
          s.forms().insertForm(other);
        });
    assertThat(optional(s -> s.forms().form(orgA.id(), waiver1.id()))).contains(waiver1);
    assertThat(optional(s -> s.forms().form(orgB.id(), waiver1.id()))).isEmpty();
    assertThat(list(s -> s.forms().versions(orgA.id(), "waiver")))
        .containsExactly(waiver1, waiver2);
    assertThat(list(s -> s.forms().versions(orgA.id(), "nothing"))).isEmpty();
    assertThat(list(s -> s.forms().latestForms(orgA.id()))).containsExactly(intake1, waiver2);
    assertThat(list(s -> s.forms().latestForms(orgB.id()))).containsExactly(other);
  }

  @Test
  void forms_sameKeyAndVersionTwice_isDuplicate_andTheFirstStays() {
    StoredForm first = form(orgA, "waiver", 1, "{\"first\":true}");
    run(s -> s.forms().insertForm(first));
    assertThatThrownBy(() -> run(s -> s.forms().insertForm(form(orgA, "waiver", 1, "{}"))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    assertThat(list(s -> s.forms().versions(orgA.id(), "waiver"))).containsExactly(first);
  }

  @Test
  void forms_definition_keepsLongTextAndEveryCharacterExactly() {
    String definition =
        "{\"text\":\"" + "Zoë signs 🧗 \\n ".repeat(20_000) + "\", \"quote\": \"\\\"\"}";
    StoredForm big = form(orgA, "big", 1, definition);
    run(s -> s.forms().insertForm(big));
    assertThat(optional(s -> s.forms().form(orgA.id(), big.id())))
        .hasValueSatisfying(f -> assertThat(f.definition()).isEqualTo(definition));
  }

  @Test
  void submissions_foundById_andListedPerCustomer_newestFirst_withTheirOwnAnswers() {
    FormId form = FormId.of(newId());
    CustomerId mum = CustomerId.of(newId());
    CustomerId kid = CustomerId.of(newId());
    CustomerId other = CustomerId.of(newId());
    StoredSubmission family =
        submission(
            orgA,
            "signup-1",
            form,
            now(),
            List.of(
                new StoredSubmission.Answers(mum, "{\"firstName\":\"Mia\"}"),
                new StoredSubmission.Answers(kid, "{\"firstName\":\"Kit\"}")));
    StoredSubmission waiver =
        submission(
            orgA,
            "waiver-1",
            form,
            later(),
            List.of(new StoredSubmission.Answers(kid, "{\"consents\":{\"w\":true}}")));
    StoredSubmission elsewhere =
        submission(
            orgB, "signup-1", form, now(), List.of(new StoredSubmission.Answers(other, "{}")));
    run(
        s -> {
          s.forms().insertSubmission(family);
          s.forms().insertSubmission(waiver);
          s.forms().insertSubmission(elsewhere);
        });
    assertThat(optional(s -> s.forms().submission(orgA.id(), "signup-1"))).contains(family);
    assertThat(optional(s -> s.forms().submission(orgB.id(), "signup-1"))).contains(elsewhere);
    assertThat(optional(s -> s.forms().submission(orgA.id(), "SIGNUP-1"))).isEmpty();
    List<StoredSubmission> kids = list(s -> s.forms().submissionsOf(orgA.id(), kid));
    assertThat(kids)
        .extracting(StoredSubmission::submissionId)
        .containsExactly("waiver-1", "signup-1");
    assertThat(kids.get(1).answers())
        .containsExactly(new StoredSubmission.Answers(kid, "{\"firstName\":\"Kit\"}"));
    assertThat(kids.get(1).fingerprint()).isEqualTo(family.fingerprint());
    assertThat(kids.get(1).submittedAt()).isEqualTo(family.submittedAt());
    assertThat(list(s -> s.forms().submissionsOf(orgA.id(), mum)))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.answers())
                    .containsExactly(new StoredSubmission.Answers(mum, "{\"firstName\":\"Mia\"}")));
    assertThat(list(s -> s.forms().submissionsOf(orgB.id(), kid))).isEmpty();
  }

  @Test
  void submissions_sameIdTwice_isDuplicate_idsAreCaseSensitive() {
    FormId form = FormId.of(newId());
    CustomerId one = CustomerId.of(newId());
    StoredSubmission first =
        submission(orgA, "Req-7", form, now(), List.of(new StoredSubmission.Answers(one, "{}")));
    run(s -> s.forms().insertSubmission(first));
    assertThatThrownBy(
            () ->
                run(
                    s ->
                        s.forms()
                            .insertSubmission(
                                submission(
                                    orgA,
                                    "Req-7",
                                    form,
                                    later(),
                                    List.of(new StoredSubmission.Answers(one, "{\"x\":1}"))))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    StoredSubmission lower =
        submission(orgA, "req-7", form, later(), List.of(new StoredSubmission.Answers(one, "{}")));
    run(s -> s.forms().insertSubmission(lower));
    assertThat(optional(s -> s.forms().submission(orgA.id(), "Req-7"))).contains(first);
    assertThat(list(s -> s.forms().submissionsOf(orgA.id(), one)))
        .extracting(StoredSubmission::submissionId)
        .containsExactly("req-7", "Req-7");
  }
}
