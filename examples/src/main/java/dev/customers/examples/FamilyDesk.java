package dev.customers.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.InvalidStateException;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.ValidationException;
import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.accounts.ClaimedAccount;
import dev.customers.api.accounts.LoginResult;
import dev.customers.api.family.Family;
import dev.customers.api.family.FamilyMember;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.Relationship;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.forms.Form;
import dev.customers.api.forms.FormItem;
import dev.customers.api.forms.FormKind;
import dev.customers.api.forms.FormSpec;
import dev.customers.api.forms.PersonDetail;
import dev.customers.api.forms.Submission;
import dev.customers.api.forms.SubmissionReceipt;
import dev.customers.api.profile.ProfileView;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.core.json.FormAnswersJson;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The family part of the front desk: a parent signs up with her son through the studio's family
 * sign-up form (he becomes a guest account), a retried and a bad submission change nothing, she
 * acts for him within her permissions and is refused outside them, staff widen the link and read
 * the family, and the parent is invited to claim her account, claims it and logs in.
 */
final class FamilyDesk {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Customers customers;
  private final ExampleMailer mailer;
  private final PrintStream out;

  FamilyDesk(Customers customers, ExampleMailer mailer, PrintStream out) {
    this.customers = customers;
    this.mailer = mailer;
    this.out = out;
  }

  void run(Caller desk, Caller manager, CustomerProfile stranger, LocalDate today) {
    Form form = publishFamilySignUp(manager);
    out.println(
        "-- a family signs up on the studio's website: form "
            + form.key()
            + " v"
            + form.version()
            + ", its JSON Schema names "
            + schemaProperties(desk, form));
    // What the website posts: the JSON the form's schema describes.
    String posted =
        """
        {"firstName": "Mia", "lastName": "Stone", "email": "mia.stone@example.com",
         "fields": {"emergency_phone": "+44 20 7946 0555"},
         "consents": {"studio_waiver": true, "marketing_email": false},
         "dependants": [{"relationship": "PARENT", "firstName": "Kit", "lastName": "Stone",
                         "birthday": "BIRTHDAY", "fields": {"shoe_size": 31}}]}
        """
            .replace("BIRTHDAY", today.minusYears(7).toString());
    Caller website = Caller.of(desk.organizationId(), Actor.system("website"));
    Submission submission =
        new Submission("web-signup-1", form.id(), FormAnswersJson.read(json(posted)));
    SubmissionReceipt receipt = customers.forms().signUp(website, submission);
    SubmissionReceipt retried = customers.forms().signUp(website, submission);
    CustomerProfile mia = customers.roster().profile(desk, receipt.customer());
    CustomerProfile kit = customers.roster().profile(desk, receipt.dependants().get(0));
    out.println(
        "  signed up "
            + mia.person().displayName()
            + " with "
            + kit.person().displayName()
            + " as a guest account (email "
            + kit.person().email()
            + "); sent again: repeated="
            + retried.repeated()
            + ", the same family "
            + retried.customer().equals(receipt.customer()));
    try {
      customers
          .forms()
          .signUp(
              website,
              new Submission(
                  "web-signup-2",
                  form.id(),
                  FormAnswersJson.read(
                      json(
                          """
                          {"firstName": "Al", "lastName": "Bad", "email": "al@example",
                           "consents": {"studio_waiver": false},
                           "dependants": [{"relationship": "OTHER", "firstName": "Bo",
                                           "birthday": "2019-02-02",
                                           "fields": {"shoe_size": "big"}}]}
                          """))));
    } catch (ValidationException e) {
      e.errors().forEach(error -> out.println("  bad answer: " + error));
    }
    Caller miaForKit =
        Caller.of(desk.organizationId(), Actor.guardian(mia.person().id(), kit.person().id()));
    ProfileView view = customers.profiles().view(miaForKit, kit.id());
    out.println(
        "  Mia reads Kit's profile: "
            + view.profile().person().displayName()
            + ", "
            + view.fields().size()
            + " field(s) shown to customers, account "
            + view.account());
    try {
      customers
          .roster()
          .update(miaForKit, kit.id(), kit.version(), CustomerDetails.of("Kitty", "Stone"));
    } catch (PermissionDeniedException e) {
      out.println("  denied: " + e.getMessage());
    }
    try {
      customers.profiles().view(miaForKit, stranger.id());
    } catch (PermissionDeniedException e) {
      out.println("  denied: " + e.getMessage());
    }
    customers
        .family()
        .changeLink(
            desk,
            mia.id(),
            kit.id(),
            Relationship.PARENT,
            EnumSet.of(
                GuardianPermission.VIEW_PROFILE,
                GuardianPermission.EDIT_PROFILE,
                GuardianPermission.BOOK));
    CustomerProfile renamed =
        customers
            .roster()
            .update(
                miaForKit,
                kit.id(),
                kit.version(),
                CustomerDetails.of("Kit", "Stone-Lee").withBirthday(today.minusYears(7)));
    out.println("  with EDIT_PROFILE granted, Mia renames him: " + renamed.person().displayName());

    Family family = customers.family().family(desk, kit.id());
    out.println("  Kit's family (age of majority " + family.ageOfMajority() + "):");
    for (FamilyMember member : family.members()) {
      out.println(
          "    "
              + member.customer().displayName()
              + (member.dependant() ? ", dependant" : "")
              + (member.age() == null ? "" : ", age " + member.age())
              + (member.reachedMajority() ? ", has reached the age of majority" : ""));
    }

    out.println(
        "  Kit's answers on the sign-up, as Mia may see them: "
            + customers.forms().submissions(miaForKit, kit.id()).get(0).answers().fields());

    out.println("-- Mia is invited to claim her account");
    customers.accounts().invite(desk, mia.id());
    out.println("  status: " + customers.accounts().status(desk, mia.id()));
    String token = mailer.lastToken();
    try {
      customers.accounts().claim(desk.organizationId(), token, "password1");
    } catch (RuntimeException e) {
      out.println("  refused: " + e.getMessage());
    }
    ClaimedAccount account =
        customers.accounts().claim(desk.organizationId(), token, "seven quiet herons");
    out.println(
        "  claimed by person "
            + account.personId()
            + "; status "
            + customers.accounts().status(manager, mia.id()));
    try {
      customers.accounts().claim(desk.organizationId(), token, "seven quiet herons");
    } catch (InvalidStateException e) {
      out.println("  the link again: " + e.getMessage());
    }
    LoginResult good =
        customers
            .accounts()
            .verifyPassword(desk.organizationId(), "Mia.Stone@example.com", "seven quiet herons");
    LoginResult bad =
        customers
            .accounts()
            .verifyPassword(desk.organizationId(), "mia.stone@example.com", "seven loud herons");
    out.println(
        "  login: "
            + good.getClass().getSimpleName()
            + "; with a wrong password: "
            + bad.getClass().getSimpleName());
    if (customers.accounts().status(desk, kit.id()) != ClaimStatus.NOT_INVITED) {
      throw new IllegalStateException("Kit was never invited");
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Form publishFamilySignUp(Caller manager) {
    customers
        .fields()
        .define(
            manager,
            FieldSpec.of("shoe_size", "Shoe size (EU)", FieldType.NUMBER)
                .withAccess(FieldAccess.customerEditable()));
    customers.consent().addPurpose(manager, "studio_waiver", "Studio waiver");
    return customers
        .forms()
        .publish(
            manager,
            FormSpec.of(
                    "family_sign_up",
                    "Join Sunrise Yoga as a family",
                    FormKind.FAMILY_SIGN_UP,
                    List.of(
                        FormItem.text("Tell us about you, then about each child."),
                        FormItem.required(PersonDetail.FIRST_NAME),
                        FormItem.required(PersonDetail.LAST_NAME),
                        FormItem.required(PersonDetail.EMAIL),
                        FormItem.field("emergency_phone", true),
                        FormItem.text("You join classes at your own risk."),
                        FormItem.consent("studio_waiver", true),
                        FormItem.consent("marketing_email", false)))
                .withDependantItems(
                    List.of(
                        FormItem.required(PersonDetail.FIRST_NAME),
                        FormItem.optional(PersonDetail.LAST_NAME),
                        FormItem.required(PersonDetail.BIRTHDAY),
                        FormItem.field("shoe_size", false)))
                .withGuardianPermissions(
                    EnumSet.of(GuardianPermission.VIEW_PROFILE, GuardianPermission.BOOK)));
  }

  private String schemaProperties(Caller desk, Form form) {
    JsonNode schema = json(customers.forms().jsonSchema(desk, form.id()));
    List<String> names = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(names::add);
    return names.toString();
  }
}
