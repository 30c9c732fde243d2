package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.customers.api.FieldError;
import dev.customers.api.ValidationException;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.forms.Form;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.FormItem;
import dev.customers.api.forms.FormKind;
import dev.customers.api.forms.FormSpec;
import dev.customers.api.forms.PersonDetail;
import dev.customers.api.forms.Submission;
import dev.customers.api.forms.SubmissionReceipt;
import dev.customers.api.forms.SubmittedForm;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.core.json.CustomersJsonModule;
import dev.customers.core.json.FormAnswersJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A family sign-up's answers as a web front end sends them: JSON that the form's exported JSON
 * Schema (draft 2020-12, checked with the networknt validator) accepts, and any mix of bad answers,
 * each of which the schema rejects and the SDK names by its own path, all at once, storing nothing.
 */
class FormSubmissionPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestCustomers t;
  private Form form;
  private JsonSchema schema;
  private int sent;

  /** One kind of bad answer: how to plant it in good JSON, and the name the SDK gives it. */
  record Bad(String name, Consumer<ObjectNode> plant) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Bad> BAD =
      List.of(
          new Bad("firstName", j -> j.remove("firstName")),
          new Bad("lastName", j -> j.put("lastName", "   ")),
          new Bad("email", j -> j.put("email", "not-an-email")),
          new Bad("phone", j -> j.put("phone", "call me")),
          new Bad("consents.waiver_2026", j -> consents(j).put("waiver_2026", false)),
          new Bad("fields.website", j -> fields(j).put("website", "ftp://files.example.com")),
          new Bad("dependants[0].birthday", j -> dependant(j, 0).put("birthday", "01/05/2017")),
          new Bad(
              "dependants[0].fields.shoe_size",
              j -> fields(dependant(j, 0)).put("shoe_size", "large")),
          new Bad(
              "dependants[0].fields.level", j -> fields(dependant(j, 0)).put("level", "expert")),
          new Bad(
              "dependants[0].fields.classes",
              j -> fields(dependant(j, 0)).putArray("classes").add("yoga").add("yoga")),
          new Bad(
              "dependants[1].fields.shirt",
              j -> fields(dependant(j, 1)).put("shirt", "x".repeat(300))),
          new Bad("dependants[1].firstName", j -> dependant(j, 1).remove("firstName")));

  private static ObjectNode fields(ObjectNode person) {
    return person.has("fields") ? (ObjectNode) person.get("fields") : person.putObject("fields");
  }

  private static ObjectNode consents(ObjectNode person) {
    return (ObjectNode) person.get("consents");
  }

  private static ObjectNode dependant(ObjectNode json, int index) {
    return (ObjectNode) json.get("dependants").get(index);
  }

  private static ObjectNode good() {
    ObjectNode json = JSON.createObjectNode();
    json.put("firstName", "Mia").put("lastName", "Stone").put("email", "mia@example.com");
    json.put("phone", "+44 20 7946 0000");
    json.putObject("fields").put("website", "https://mia.example.com");
    json.putObject("consents").put("waiver_2026", true).put("marketing_email", false);
    ArrayNode dependants = json.putArray("dependants");
    ObjectNode kit = dependants.addObject();
    kit.put("relationship", "PARENT").put("firstName", "Kit").put("birthday", "2017-05-01");
    ObjectNode kitFields = kit.putObject("fields").put("shoe_size", 31).put("level", "beginner");
    kitFields.putArray("classes").add("yoga").add("climbing");
    ObjectNode bo = dependants.addObject();
    bo.put("relationship", "LEGAL_GUARDIAN").put("firstName", "Bo").put("birthday", "2020-01-09");
    bo.putObject("fields").put("level", "advanced").put("shirt", "XS");
    return json;
  }

  @BeforeProperty
  @BeforeEach
  void start() {
    t = TestCustomers.inMemory();
    for (FieldSpec spec :
        List.of(
            FieldSpec.of("shoe_size", "Shoe size", FieldType.NUMBER),
            FieldSpec.of("level", "Level", FieldType.SINGLE_CHOICE)
                .withChoices(List.of("beginner", "advanced")),
            FieldSpec.of("classes", "Classes", FieldType.MULTIPLE_CHOICE)
                .withChoices(List.of("yoga", "pilates", "climbing")),
            FieldSpec.of("shirt", "Shirt", FieldType.TEXT),
            FieldSpec.of("website", "Website", FieldType.URL))) {
      t.sdk().fields().define(t.admin(), spec.withAccess(FieldAccess.customerEditable()));
    }
    t.sdk().consent().addPurpose(t.admin(), "waiver_2026", "Waiver 2026");
    form =
        t.sdk()
            .forms()
            .publish(
                t.admin(),
                FormSpec.of(
                        "family",
                        "Family sign-up",
                        FormKind.FAMILY_SIGN_UP,
                        List.of(
                            FormItem.text("Welcome"),
                            FormItem.required(PersonDetail.FIRST_NAME),
                            FormItem.required(PersonDetail.LAST_NAME),
                            FormItem.required(PersonDetail.EMAIL),
                            FormItem.optional(PersonDetail.PHONE),
                            FormItem.field("website", false),
                            FormItem.consent("waiver_2026", true),
                            FormItem.consent("marketing_email", false)))
                    .withDependantItems(
                        List.of(
                            FormItem.required(PersonDetail.FIRST_NAME),
                            FormItem.required(PersonDetail.BIRTHDAY),
                            FormItem.field("shoe_size", false),
                            FormItem.field("level", true),
                            FormItem.field("classes", false),
                            FormItem.field("shirt", false)))
                    .withGuardianPermissions(Set.of(GuardianPermission.VIEW_PROFILE)));
    schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(t.sdk().forms().jsonSchema(t.staff(), form.id()));
  }

  @AfterProperty
  @AfterEach
  void stop() {
    t.close();
  }

  private int roster() {
    return t.roster().list(t.staff(), CustomerQuery.active()).items().size();
  }

  private SubmissionReceipt send(JsonNode json) {
    return t.sdk()
        .forms()
        .signUp(t.staff(), new Submission("web-" + ++sent, form.id(), FormAnswersJson.read(json)));
  }

  @Test
  void aGoodSubmission_passesTheSchema_andTheSdkStoresItAsSent() throws Exception {
    ObjectNode json = good();
    assertThat(schema.validate(json)).isEmpty();
    SubmissionReceipt receipt = send(json);
    assertThat(receipt.dependants()).hasSize(2);
    SubmittedForm kit = t.sdk().forms().submissions(t.staff(), receipt.dependants().get(0)).get(0);
    assertThat(kit.answers().fields())
        .containsEntry("shoe_size", List.of("31"))
        .containsEntry("classes", List.of("yoga", "climbing"));
    // The Jackson module reads the same JSON, and writes stored answers back in the same shape.
    ObjectMapper mapper = new ObjectMapper().registerModule(new CustomersJsonModule());
    FormAnswers read = mapper.readValue(json.toString(), FormAnswers.class);
    assertThat(read).isEqualTo(FormAnswersJson.read(json));
    assertThat(mapper.readValue(mapper.writeValueAsString(read), FormAnswers.class))
        .isEqualTo(read);
  }

  @Property(tries = 150)
  void anyMixOfBadAnswers_theSchemaRejectsIt_andTheSdkNamesEachOne_storingNothing(
      @ForAll("bads") Set<Bad> bads) {
    ObjectNode json = good();
    bads.forEach(bad -> bad.plant().accept(json));
    Set<ValidationMessage> schemaErrors = schema.validate(json);
    assertThat(schemaErrors).as("the schema's verdict on %s", bads).isNotEmpty();
    int before = roster();
    assertThatThrownBy(() -> send(json))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrderElementsOf(bads.stream().map(Bad::name).toList()));
    assertThat(roster()).isEqualTo(before);
  }

  @Provide
  Arbitrary<Set<Bad>> bads() {
    return Arbitraries.of(BAD).set().ofMinSize(1).ofMaxSize(5);
  }

  @Test
  void eachBadAnswerAlone_isRejectedByTheSchema() {
    Map<String, Set<ValidationMessage>> verdicts = new LinkedHashMap<>();
    for (Bad bad : BAD) {
      ObjectNode json = good();
      bad.plant().accept(json);
      verdicts.put(bad.name(), schema.validate(json));
    }
    assertThat(verdicts).allSatisfy((name, errors) -> assertThat(errors).as(name).isNotEmpty());
  }

  @Test
  void jsonThatIsNotAnswers_isNamedByItsPath_beforeAnythingIsSent() {
    ObjectNode json = good();
    json.put("nickname", "Mimi");
    dependant(json, 1).put("relationship", "UNCLE");
    fields(dependant(json, 0)).putObject("shoe_size").put("eu", 31);
    consents(json).put("marketing_email", "yes");
    assertThat(schema.validate(json)).isNotEmpty();
    assertThatThrownBy(() -> FormAnswersJson.read(json))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "nickname",
                        "dependants[1].relationship",
                        "dependants[0].fields.shoe_size",
                        "consents.marketing_email"));
    ObjectMapper mapper = new ObjectMapper().registerModule(new CustomersJsonModule());
    assertThatThrownBy(() -> mapper.readValue(json.toString(), FormAnswers.class))
        .isInstanceOf(ValidationException.class);
    ObjectNode noDependants = good();
    noDependants.putArray("dependants");
    assertThat(schema.validate(noDependants)).isNotEmpty();
    assertThatThrownBy(() -> send(noDependants))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("dependants"));
    assertThat(roster()).isZero();
  }
}
