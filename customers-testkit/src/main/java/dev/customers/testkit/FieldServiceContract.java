package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.InvalidStateException;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.roster.CustomerProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the custom field service: definitions, order, archive, values and their rules,
 * end to end over the storage the subclass supplies in {@link #storageUnderTest()}.
 */
public abstract class FieldServiceContract extends ServiceContractSupport {
  @Test
  void fields_defineReorderArchive_keepOrderAndValues() {
    FieldDefinition a = fields().define(sdk().admin(), FieldSpec.of("a", "A", FieldType.TEXT));
    FieldDefinition secret =
        fields()
            .define(
                sdk().owner(),
                FieldSpec.of("secret", "Secret", FieldType.TEXT)
                    .withAccess(FieldAccess.restrictedTo(StaffRole.OWNER)));
    FieldDefinition b = fields().define(sdk().admin(), FieldSpec.of("b", "B", FieldType.NUMBER));
    FieldDefinition c = fields().define(sdk().admin(), FieldSpec.of("c", "C", FieldType.DATE));
    assertThat(fields().definitions(sdk().admin(), false))
        .extracting(FieldDefinition::key)
        .containsExactly("a", "b", "c");

    // The admin drags c to the top; the owner-only field they cannot see keeps its place.
    List<FieldDefinition> reordered =
        fields().reorder(sdk().admin(), List.of(c.id(), a.id(), b.id()));
    assertThat(reordered).extracting(FieldDefinition::key).containsExactly("c", "a", "b");
    assertThat(fields().definitions(sdk().owner(), false))
        .extracting(FieldDefinition::key)
        .containsExactly("c", "secret", "a", "b");
    assertThat(fields().reorder(sdk().admin(), List.of(c.id(), a.id(), b.id())))
        .isEqualTo(reordered);
    assertThatThrownBy(() -> fields().reorder(sdk().admin(), List.of(c.id(), a.id())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.getMessage()).contains("b").contains("missing"));
    assertThatThrownBy(
            () -> fields().reorder(sdk().admin(), List.of(c.id(), a.id(), b.id(), secret.id())))
        .isInstanceOf(ValidationException.class);

    CustomerProfile ada = add("Ada", "Lovelace");
    fields().setValues(sdk().staff(), ada.id(), FieldValues.of("a", "kept").and("b", "7"));
    fields().archive(sdk().admin(), a.id());
    assertThat(fields().values(sdk().staff(), ada.id()))
        .extracting(FieldValue::key)
        .containsExactly("b");
    assertThat(fields().definitions(sdk().admin(), true))
        .extracting(FieldDefinition::key)
        .contains("a");
    assertThatThrownBy(() -> fields().setValues(sdk().staff(), ada.id(), FieldValues.of("a", "x")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> fields().archive(sdk().admin(), a.id()))
        .isInstanceOf(InvalidStateException.class);
    fields().unarchive(sdk().admin(), a.id());
    assertThat(fields().values(sdk().staff(), ada.id()))
        .extracting(FieldValue::text)
        .containsExactly("kept", "7");
  }

  @Test
  void fields_defineAndUpdate_refuseWhatWouldBreakValues() {
    FieldDefinition level =
        fields()
            .define(
                sdk().admin(),
                FieldSpec.of("level", "Level", FieldType.SINGLE_CHOICE)
                    .withChoices(List.of("Beginner", "Advanced")));
    assertThatThrownBy(
            () -> fields().define(sdk().admin(), FieldSpec.of("level", "Again", FieldType.TEXT)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.existingId()).contains(level.id().toString()));
    assertThatThrownBy(
            () -> fields().define(sdk().admin(), FieldSpec.of("Bad Key", "x", FieldType.TEXT)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("key"));
    assertThatThrownBy(
            () ->
                fields()
                    .define(sdk().admin(), FieldSpec.of("pick", "Pick", FieldType.SINGLE_CHOICE)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("choices"));
    assertThatThrownBy(() -> fields().define(sdk().staff(), FieldSpec.of("x", "x", FieldType.TEXT)))
        .isInstanceOf(PermissionDeniedException.class);

    CustomerProfile ada = add("Ada", "Lovelace");
    fields().setValues(sdk().staff(), ada.id(), FieldValues.of("level", "Advanced"));
    assertThatThrownBy(
            () ->
                fields()
                    .update(
                        sdk().admin(),
                        level.id(),
                        level.version(),
                        level.spec().withChoices(List.of("Beginner"))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).value()).isEqualTo("Advanced"));
    assertThatThrownBy(
            () ->
                fields()
                    .update(
                        sdk().admin(),
                        level.id(),
                        level.version(),
                        FieldSpec.of("level", "Level", FieldType.TEXT)))
        .isInstanceOf(ValidationException.class);
    FieldDefinition updated =
        fields()
            .update(
                sdk().admin(),
                level.id(),
                level.version(),
                level
                    .spec()
                    .withLabel("Class level")
                    .withChoices(List.of("Beginner", "Intermediate", "Advanced")));
    assertThat(updated.spec().label()).isEqualTo("Class level");
    assertThatThrownBy(
            () -> fields().update(sdk().admin(), level.id(), level.version(), level.spec()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
  }

  @Test
  void fields_setValues_isAllOrNothing_andListsEveryBadValue() {
    fields().define(sdk().admin(), FieldSpec.of("size", "Size", FieldType.NUMBER));
    fields().define(sdk().admin(), FieldSpec.of("since", "Since", FieldType.DATE));
    fields().define(sdk().admin(), FieldSpec.of("city", "City", FieldType.TEXT));
    CustomerProfile ada = add("Ada", "Lovelace");
    fields().setValues(sdk().staff(), ada.id(), FieldValues.of("city", "York"));
    assertThatThrownBy(
            () ->
                fields()
                    .setValues(
                        sdk().staff(),
                        ada.id(),
                        FieldValues.of(
                            Map.of("size", "big", "since", "yesterday", "city", "Leeds"))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(error -> error.field() + "=" + error.value())
                    .containsExactlyInAnyOrder("fields.size=big", "fields.since=yesterday"));
    assertThatThrownBy(
            () -> fields().setValues(sdk().staff(), ada.id(), FieldValues.of("nope", "x")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.getMessage()).contains("fields.nope"));
    assertThat(fields().values(sdk().staff(), ada.id()))
        .extracting(FieldValue::text)
        .containsExactly("York");
    List<FieldValue> after =
        fields()
            .setValues(
                sdk().staff(),
                ada.id(),
                FieldValues.of("size", "41").and("since", "2020-05-01").cleared("city"));
    assertThat(after).extracting(FieldValue::key).containsExactly("size", "since");
    List<AuditEntry> audit =
        sdk().sdk().audit().forCustomer(sdk().owner(), ada.id(), PageRequest.first(50)).items();
    assertThat(audit.get(audit.size() - 1).changes())
        .containsExactlyInAnyOrder(
            new FieldChange("field.size", null, "41"),
            new FieldChange("field.since", null, "2020-05-01"),
            new FieldChange("field.city", "York", null));
  }

  @Test
  void fields_requiredWriteOnceAndCustomerEditing_areEnforced() {
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("emergency", "Emergency contact", FieldType.PHONE)
                .withRequired(true)
                .withScope(FieldScope.PERSON)
                .withAccess(FieldAccess.customerEditable())
                .withPersonalData(true));
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("waiver", "Waiver signed", FieldType.DATE)
                .withWriteOnce(true)
                .withAccess(FieldAccess.customerVisible()));
    CustomerProfile ada = add("Ada", "Lovelace");
    Caller asAda = self(ada);
    fields().setValues(asAda, ada.id(), FieldValues.of("emergency", "0113 496 0000"));
    assertThatThrownBy(
            () ->
                fields()
                    .setValues(asAda, ada.id(), new FieldValues(Map.of("emergency", List.of()))))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.getMessage()).contains("required"));
    assertThatThrownBy(
            () -> fields().setValues(asAda, ada.id(), FieldValues.of("waiver", "2026-03-01")))
        .isInstanceOf(PermissionDeniedException.class);
    fields().setValues(sdk().staff(), ada.id(), FieldValues.of("waiver", "2026-03-01"));
    fields()
        .setValues(
            sdk().staff(), ada.id(), FieldValues.of("waiver", "2026-03-01")); // unchanged: allowed
    assertThatThrownBy(
            () ->
                fields().setValues(sdk().admin(), ada.id(), FieldValues.of("waiver", "2026-03-02")))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class,
            e -> assertThat(e.getMessage()).contains("write-once"));
    fields().setValues(sdk().owner(), ada.id(), FieldValues.of("waiver", "2026-03-02"));
    assertThat(fields().values(asAda, ada.id()))
        .extracting(FieldValue::text)
        .containsExactly("0113 496 0000", "2026-03-02");
    CustomerProfile ben = add("Ben", "Adams");
    assertThatThrownBy(() -> fields().values(asAda, ben.id()))
        .isInstanceOf(PermissionDeniedException.class);
  }
}
