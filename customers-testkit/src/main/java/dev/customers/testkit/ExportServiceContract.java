package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.export.ExportRequest;
import dev.customers.api.export.ExportService;
import dev.customers.api.export.ExportSummary;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.tags.Tag;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The roster export end to end over the storage the subclass supplies in {@link
 * #storageUnderTest()}: every customer across pages, the columns chosen, only what the caller may
 * see, formula cells neutralised, and JSON.
 */
public abstract class ExportServiceContract extends ServiceContractSupport {
  private CustomerProfile ada;
  private Tag vip;

  private ExportService export() {
    return sdk().sdk().export();
  }

  @BeforeEach
  void roster() {
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("level", "Level", FieldType.SINGLE_CHOICE)
                .withChoices(List.of("beginner", "advanced")));
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("classes", "Classes", FieldType.MULTIPLE_CHOICE)
                .withChoices(List.of("yoga", "pilates")));
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("injuries", "Injuries", FieldType.TEXT)
                .withAccess(FieldAccess.restrictedTo(StaffRole.ADMIN)));
    ada =
        sdk()
            .roster()
            .add(
                sdk().staff(),
                CustomerDetails.of("Ada", "Lovelace")
                    .withEmail("ada@example.com")
                    .withBirthday(LocalDate.of(1990, 12, 10)));
    fields()
        .setValues(
            sdk().admin(),
            ada.id(),
            FieldValues.of("level", "advanced")
                .and("classes", List.of("pilates", "yoga"))
                .and("injuries", "knee"));
    vip = sdk().sdk().tags().create(sdk().admin(), "VIP", "#ff0000");
    Tag early = sdk().sdk().tags().create(sdk().admin(), "Early bird", "#00ff00");
    sdk().sdk().tags().assign(sdk().staff(), vip.id(), List.of(ada.id()));
    sdk().sdk().tags().assign(sdk().staff(), early.id(), List.of(ada.id()));
  }

  private String run(dev.customers.api.Caller caller, ExportRequest request) {
    StringWriter out = new StringWriter();
    try {
      export().exportRoster(caller, request, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<CSVRecord> csv(String text) {
    try {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new StringReader(text))
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void csv_everyCustomerAcrossPages_withTheColumnsStaffMaySee() throws IOException {
    List<CustomerDetails> many = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      many.add(CustomerDetails.of("Member" + i, "Many"));
    }
    sdk().roster().addAll(sdk().staff(), many);
    sdk()
        .roster()
        .archive(
            sdk().admin(),
            sdk().roster().add(sdk().staff(), CustomerDetails.of("Gone", "Away")).id());
    StringWriter out = new StringWriter();
    ExportSummary summary = export().exportRoster(sdk().staff(), ExportRequest.csv(), out);
    assertThat(summary.customers()).isEqualTo(1_101);
    assertThat(summary.columns())
        .containsExactly(
            "id",
            "firstName",
            "lastName",
            "email",
            "phone",
            "birthday",
            "username",
            "status",
            "joinedOn",
            "fields.level",
            "fields.classes",
            "tags");
    List<CSVRecord> rows = csv(out.toString());
    assertThat(rows).hasSize(1_101);
    assertThat(rows).extracting(r -> r.get("id")).doesNotHaveDuplicates();
    assertThat(rows).extracting(r -> r.get("firstName")).doesNotContain("Gone");
    CSVRecord first =
        rows.stream()
            .filter(r -> r.get("id").equals(ada.id().toString()))
            .findFirst()
            .orElseThrow();
    assertThat(first.get("email")).isEqualTo("ada@example.com");
    assertThat(first.get("birthday")).isEqualTo("1990-12-10");
    assertThat(first.get("phone")).isEmpty();
    assertThat(first.get("status")).isEqualTo("ACTIVE");
    assertThat(first.get("fields.level")).isEqualTo("advanced");
    assertThat(first.get("fields.classes")).isEqualTo("yoga; pilates");
    assertThat(first.get("tags")).isEqualTo("Early bird; VIP");
    assertThat(out.toString()).doesNotContain("knee");
    // An admin sees the restricted field.
    assertThat(csv(run(sdk().admin(), ExportRequest.csv().withColumns("id", "fields.injuries"))))
        .filteredOn(r -> r.get("id").equals(ada.id().toString()))
        .extracting(r -> r.get("fields.injuries"))
        .containsExactly("knee");
  }

  @Test
  void columns_chosenInOrder_andEveryBadOneNamed() {
    List<CSVRecord> rows =
        csv(
            run(
                sdk().staff(),
                ExportRequest.csv().withColumns("tags", "lastName", "fields.level")));
    assertThat(rows.get(0).getParser().getHeaderNames())
        .containsExactly("tags", "lastName", "fields.level");
    assertThatThrownBy(
            () ->
                run(
                    sdk().staff(),
                    ExportRequest.csv()
                        .withColumns("firstName", "nickname", "fields.injuries", "firstName")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("columns[1]", "columns[2]", "columns[3]"));
  }

  @Test
  void export_isForStaff_only() {
    assertThatThrownBy(() -> run(self(ada), ExportRequest.csv()))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void csv_cellsASpreadsheetWouldRun_areNeutralised() {
    CustomerProfile evil =
        sdk()
            .roster()
            .add(
                sdk().staff(),
                CustomerDetails.of("=HYPERLINK(\"http://x\")", "-2+3")
                    .withPhone("+44 20 7946 0000"));
    fields().setValues(sdk().staff(), evil.id(), FieldValues.of("level", "beginner"));
    CSVRecord row =
        csv(
                run(
                    sdk().staff(),
                    ExportRequest.csv().withColumns("id", "firstName", "lastName", "phone")))
            .stream()
            .filter(r -> r.get("id").equals(evil.id().toString()))
            .findFirst()
            .orElseThrow();
    assertThat(row.get("firstName")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(row.get("lastName")).isEqualTo("'-2+3");
    assertThat(row.get("phone")).isEqualTo("'+44 20 7946 0000");
    sdk().sdk().tags().create(sdk().admin(), "@admins", "#000000");
    assertThat(run(sdk().staff(), ExportRequest.json().withColumns("firstName")))
        .contains("\"=HYPERLINK(\\\"http://x\\\")\"");
  }

  @Test
  void json_oneObjectPerCustomer_fieldsNested_severalValuesAsArrays() throws IOException {
    sdk().roster().add(sdk().staff(), CustomerDetails.of("Ben", "Adams"));
    JsonNode json = new ObjectMapper().readTree(run(sdk().staff(), ExportRequest.json()));
    assertThat(json.isArray()).isTrue();
    assertThat(json).hasSize(2);
    int adaAt = json.get(0).get("firstName").asText().equals("Ada") ? 0 : 1;
    JsonNode first = json.get(adaAt);
    JsonNode ben = json.get(1 - adaAt);
    assertThat(first.get("firstName").asText()).isEqualTo("Ada");
    assertThat(first.get("fields").get("level").asText()).isEqualTo("advanced");
    assertThat(first.get("fields").get("classes").isArray()).isTrue();
    assertThat(first.get("fields").get("classes")).hasSize(2);
    assertThat(first.get("tags").get(1).asText()).isEqualTo("VIP");
    assertThat(first.has("injuries")).isFalse();
    assertThat(ben.get("email").isNull()).isTrue();
    assertThat(ben.get("fields").get("level").isNull()).isTrue();
    assertThat(ben.get("tags")).isEmpty();
  }

  @Test
  void export_ofAFilter_andOfAStatus() {
    CustomerProfile ben = sdk().roster().add(sdk().staff(), CustomerDetails.of("Ben", "Adams"));
    CustomerProfile cy = sdk().roster().add(sdk().staff(), CustomerDetails.of("Cy", "Gone"));
    sdk().roster().archive(sdk().admin(), cy.id());
    assertThat(
            csv(
                run(
                    sdk().staff(),
                    ExportRequest.csv()
                        .withFilter(CustomerFilter.tag(vip.id()))
                        .withColumns("id"))))
        .extracting(r -> r.get("id"))
        .containsExactly(ada.id().toString());
    assertThat(
            csv(
                run(
                    sdk().staff(),
                    ExportRequest.csv().withStatus(StatusFilter.ARCHIVED).withColumns("id"))))
        .extracting(r -> CustomerId.parse(r.get("id")))
        .containsExactly(cy.id());
    assertThat(csv(run(sdk().staff(), ExportRequest.csv().withStatus(StatusFilter.ALL))))
        .extracting(r -> r.get("firstName"))
        .containsExactlyInAnyOrder("Ada", "Ben", "Cy");
    assertThat(ben.id()).isNotNull();
  }

  @Test
  void personalData_holdsEverythingAboutThePerson_andNoSecret() throws IOException {
    sdk()
        .sdk()
        .notes()
        .add(sdk().staff(), ada.id(), dev.customers.api.notes.NoteDraft.of("Prefers the window"));
    sdk()
        .sdk()
        .metrics()
        .define(sdk().admin(), dev.customers.api.metrics.MetricSpec.counter("visits", "Visits"));
    sdk()
        .sdk()
        .metrics()
        .increment(sdk().staff(), ada.id(), "visits", java.math.BigDecimal.ONE, "desk");
    sdk()
        .sdk()
        .consent()
        .record(
            sdk().staff(),
            ada.id(),
            "marketing_email",
            dev.customers.api.consent.ConsentStatus.GRANTED,
            "desk");
    CustomerProfile kit = sdk().roster().add(sdk().staff(), CustomerDetails.of("Kit", "Lovelace"));
    sdk()
        .sdk()
        .family()
        .link(
            sdk().staff(),
            ada.id(),
            kit.id(),
            dev.customers.api.family.Relationship.PARENT,
            java.util.Set.of());
    sdk().sdk().accounts().invite(sdk().staff(), ada.id());
    String token = sdk().notifier().lastToken();
    sdk().sdk().accounts().claim(sdk().organization().id(), token, "seven quiet herons");
    StringWriter out = new StringWriter();
    export().exportPerson(sdk().admin(), ada.id(), out);
    String text = out.toString();
    JsonNode json = new ObjectMapper().readTree(text);
    assertThat(json.get("person").get("email").asText()).isEqualTo("ada@example.com");
    assertThat(json.get("customer").get("id").asText()).isEqualTo(ada.id().toString());
    assertThat(json.get("fields").findValuesAsText("key"))
        .containsExactlyInAnyOrder("level", "classes", "injuries");
    assertThat(text).contains("knee", "Prefers the window", "Early bird", "marketing_email");
    assertThat(json.get("metrics").get(0).get("key").asText()).isEqualTo("visits");
    assertThat(json.get("family").get("dependants")).hasSize(1);
    assertThat(json.get("account").get("status").asText()).isEqualTo("CLAIMED");
    assertThat(json.get("account").get("passwordSet").asBoolean()).isTrue();
    assertThat(json.get("audit").findValuesAsText("action")).contains("customer.created");
    assertThat(text).doesNotContain(token).doesNotContain("$argon2").doesNotContain("tokenHash");
    assertThat(text).doesNotContain("Kit");
    assertThatThrownBy(() -> export().exportPerson(sdk().staff(), ada.id(), new StringWriter()))
        .isInstanceOf(PermissionDeniedException.class);
  }
}
