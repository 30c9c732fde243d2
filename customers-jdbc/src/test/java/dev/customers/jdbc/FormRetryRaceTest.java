package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.family.Relationship;
import dev.customers.api.forms.Form;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.FormItem;
import dev.customers.api.forms.FormKind;
import dev.customers.api.forms.FormSpec;
import dev.customers.api.forms.PersonDetail;
import dev.customers.api.forms.Submission;
import dev.customers.api.forms.SubmissionReceipt;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.testkit.Fixtures;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A front end that retries: two SDK instances, each with its own pool, send the same family sign-up
 * under the same submission id at the same moment. Both get the same receipt, exactly one of them
 * wrote it, and the roster holds one family, every round.
 */
class FormRetryRaceTest {
  private static final int ROUNDS = 10;
  private SdkInstances instances;

  @AfterEach
  void close() {
    if (instances != null) {
      instances.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres", "mariadb"})
  void oneSignUpSentTwiceAtOnce_createsOneFamily(String kind) throws Exception {
    instances = new SdkInstances(kind);
    Customers first = instances.open();
    Customers second = instances.open();
    Organization org = first.organizations().create("Studio", ZoneOffset.UTC);
    Caller admin = Fixtures.owner(org.id());
    Form form =
        first
            .forms()
            .publish(
                admin,
                FormSpec.of(
                        "family",
                        "Family sign-up",
                        FormKind.FAMILY_SIGN_UP,
                        List.of(
                            FormItem.required(PersonDetail.FIRST_NAME),
                            FormItem.required(PersonDetail.EMAIL)))
                    .withDependantItems(List.of(FormItem.required(PersonDetail.FIRST_NAME))));
    for (int round = 0; round < ROUNDS; round++) {
      Submission submission =
          new Submission(
              "signup-" + round,
              form.id(),
              FormAnswers.none()
                  .with(PersonDetail.FIRST_NAME, "Mia" + round)
                  .with(PersonDetail.EMAIL, "mia" + round + "@example.com")
                  .withDependant(
                      Relationship.PARENT,
                      FormAnswers.none().with(PersonDetail.FIRST_NAME, "Kit" + round)));
      List<SubmissionReceipt> receipts =
          AtOnce.run(
              List.of(
                  () -> first.forms().signUp(admin, submission),
                  () -> second.forms().signUp(admin, submission)));
      assertThat(receipts.get(0).customer())
          .as("round %d", round)
          .isEqualTo(receipts.get(1).customer());
      assertThat(receipts.get(0).dependants()).isEqualTo(receipts.get(1).dependants());
      assertThat(receipts.stream().filter(SubmissionReceipt::repeated))
          .as("round %d: exactly one of the two wrote it", round)
          .hasSize(1);
      assertThat(first.roster().list(admin, CustomerQuery.active().withLimit(100)).items())
          .as("round %d", round)
          .hasSize(2 * (round + 1));
    }
  }
}
