package dev.customers.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.customers.api.ConflictException;
import dev.customers.api.FieldError;
import dev.customers.api.OrganizationId;
import dev.customers.api.ValidationException;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.event.DomainEvent;
import dev.customers.api.org.Organization;
import dev.customers.api.tags.Tag;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A host's plain {@code ObjectMapper} with {@link CustomersJsonModule} writes every API record and
 * event, generated at random, and reads back an equal one; ids are plain strings, times ISO text,
 * events typed, errors problem details.
 */
class JsonRoundTripPropertyTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new CustomersJsonModule());
  private static final List<Class<?>> RECORDS = ApiInstances.records();

  @Provide
  Arbitrary<Class<?>> records() {
    return Arbitraries.of(RECORDS);
  }

  @Property(tries = 600)
  void everyApiRecord_writtenAndReadBack_isEqual(
      @ForAll("records") Class<?> type, @ForAll long seed) throws Exception {
    Object value = new ApiInstances(new Random(seed)).record(type, 0, Tag.class);
    JavaType javaType =
        type.getTypeParameters().length == 0
            ? MAPPER.constructType(type)
            : MAPPER.getTypeFactory().constructParametricType(type, Tag.class);
    String json = MAPPER.writeValueAsString(value);
    assertThat(MAPPER.<Object>readValue(json, javaType)).as(json).isEqualTo(value);
  }

  @Property(tries = 200)
  void everyEvent_readAsADomainEvent_isTheSameKindAndEqual(@ForAll long seed) throws Exception {
    ApiInstances make = new ApiInstances(new Random(seed));
    List<Class<?>> kinds = CustomersJsonModule.kinds(DomainEvent.class);
    Object event = make.record(kinds.get(new Random(seed).nextInt(kinds.size())), 0, Tag.class);
    String json = MAPPER.writerFor(DomainEvent.class).writeValueAsString(event);
    assertThat(MAPPER.readTree(json).get("type").asText())
        .isEqualTo(CustomersJsonModule.typeName(event.getClass(), "customer."));
    assertThat(MAPPER.readValue(json, DomainEvent.class)).isEqualTo(event);
  }

  @Example
  void theRecordsCovered_includeEveryKindOfApiValue() {
    assertThat(RECORDS)
        .contains(
            Organization.class,
            CustomerEvent.Created.class,
            dev.customers.api.profile.ProfileView.class,
            dev.customers.api.Page.class,
            dev.customers.api.roster.CustomerQuery.class)
        .hasSizeGreaterThan(40);
  }

  @Example
  void idsArePlainStrings_andTimesIsoText() throws Exception {
    UUID id = UUID.fromString("019c0000-0000-7000-8000-000000000001");
    Organization org =
        new Organization(
            OrganizationId.of(id),
            "Studio",
            ZoneId.of("Europe/London"),
            Instant.parse("2026-03-02T10:00:00.123456Z"));
    JsonNode json = MAPPER.valueToTree(org);
    assertThat(json.get("id").asText()).isEqualTo(id.toString());
    assertThat(json.get("createdAt").asText()).isEqualTo("2026-03-02T10:00:00.123456Z");
    assertThat(json.get("timeZone").asText()).isEqualTo("Europe/London");
  }

  @Example
  void errors_areProblemDetails_aValidationErrorWithItsFieldErrors() throws Exception {
    ValidationException invalid =
        new ValidationException(
            List.of(
                new FieldError("firstName", "", "must not be blank"),
                new FieldError("email", "x".repeat(1000), "is not an email address")));
    JsonNode json = MAPPER.valueToTree(invalid);
    assertThat(json.get("type").asText()).isEqualTo("urn:customers:problem:invalid-input");
    assertThat(json.get("status").asInt()).isEqualTo(400);
    assertThat(json.get("detail").asText()).isEqualTo(invalid.getMessage());
    assertThat(json.get("errors")).hasSize(2);
    assertThat(json.get("errors").get(0).get("field").asText()).isEqualTo("firstName");
    assertThat(json.get("errors").get(1).get("problem").asText())
        .isEqualTo("is not an email address");
    assertThat(json.get("errors").get(1).get("value").asText()).hasSizeLessThan(200);
    assertThat(MAPPER.treeToValue(json, ProblemDetails.class))
        .isEqualTo(ProblemDetails.of(invalid));

    JsonNode conflict =
        MAPPER.valueToTree(
            new ConflictException(ConflictException.Reason.DUPLICATE, "taken", "abc"));
    assertThat(conflict.get("status").asInt()).isEqualTo(409);
    assertThat(conflict.get("reason").asText()).isEqualTo("DUPLICATE");
    assertThat(conflict.get("existingId").asText()).isEqualTo("abc");
  }
}
