package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.ValidationException;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.StoredText;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BadInputTest {
  private final TestCustomers t = TestCustomers.inMemory();

  @AfterEach
  void close() {
    t.close();
  }

  static Stream<Arguments> badDetails() {
    CustomerDetails ok = Fixtures.details("Ada", "Lovelace");
    return Stream.of(
        Arguments.of(ok.withFirstName("   "), "firstName", "   "),
        Arguments.of(ok.withFirstName("x".repeat(101)), "firstName", "x".repeat(101)),
        Arguments.of(ok.withEmail("ada@"), "email", "ada@"),
        Arguments.of(ok.withEmail("ada lovelace@example.com"), "email", "ada lovelace@example.com"),
        Arguments.of(ok.withEmail("ada@example"), "email", "ada@example"),
        Arguments.of(ok.withUsername("a!"), "username", "a!"),
        Arguments.of(ok.withPhone("call me"), "phone", "call me"),
        Arguments.of(ok.withPhone("12"), "phone", "12"),
        Arguments.of(ok.withBirthday(LocalDate.of(2026, 3, 3)), "birthday", "2026-03-03"),
        Arguments.of(ok.withBirthday(LocalDate.of(1850, 1, 1)), "birthday", "1850-01-01"));
  }

  @ParameterizedTest(name = "{1} = {2}")
  @MethodSource("badDetails")
  void add_badDetail_isAValidationErrorNamingFieldAndValue_andStoresNothing(
      CustomerDetails details, String field, String value) {
    assertThatThrownBy(() -> t.roster().add(t.staff(), details))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::field, FieldError::value)
                  .containsExactly(org.assertj.core.groups.Tuple.tuple(field, value));
              // The message quotes a bad value as far as StoredText.QUOTED characters.
              assertThat(e.getMessage())
                  .contains(field)
                  .contains(StoredText.cap(value, StoredText.QUOTED));
            });
    assertThat(
            t.roster().list(t.staff(), CustomerQuery.active().withStatus(StatusFilter.ALL)).items())
        .isEmpty();
    assertThat(t.events().events()).isEmpty();
  }

  @ParameterizedTest(name = "{1} = {2}")
  @MethodSource("badDetails")
  void update_badDetail_isAValidationError_andChangesNothing(
      CustomerDetails details, String field, String value) {
    CustomerProfile ada = t.roster().add(t.staff(), Fixtures.details("Grace", "Hopper"));
    assertThatThrownBy(() -> t.roster().update(t.staff(), ada.id(), 1, details))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
    assertThat(t.roster().profile(t.staff(), ada.id())).isEqualTo(ada);
  }

  @Test
  void add_severalBadFields_namesEveryOne() {
    CustomerDetails bad =
        new CustomerDetails("", "Lovelace", "nope", null, "abc", LocalDate.of(2030, 1, 1));
    assertThatThrownBy(() -> t.roster().add(t.staff(), bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("firstName", "email", "phone", "birthday"));
  }

  @Test
  void malformedIdsAndQueries_areValidationErrorsNamingTheField() {
    assertThatThrownBy(() -> CustomerId.parse("customer-42"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("customerId"));
    assertThatThrownBy(() -> SearchQuery.of("   "))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("text"));
    assertThatThrownBy(() -> CustomerQuery.active().withLimit(0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.errors().get(0).value()).isEqualTo("0"));
    assertThatThrownBy(() -> t.roster().upcomingBirthdays(t.staff(), 400))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("withinDays"));
    assertThatThrownBy(() -> t.roster().search(t.staff(), SearchQuery.of("\u0301")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("text"));
    assertThatThrownBy(() -> t.sdk().organizations().create(" ", java.time.ZoneOffset.UTC))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("name"));
  }
}
