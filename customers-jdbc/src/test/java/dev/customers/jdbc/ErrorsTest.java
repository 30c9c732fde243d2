package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.ConflictException;
import dev.customers.api.StorageException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vendor failures become the SDK's errors at the adapter's edge, keeping the vendor's as cause. */
class ErrorsTest {

  @ParameterizedTest
  @CsvSource({"23505, 0", "23000, 1062"})
  void uniqueViolation_isADuplicateConflict_keepingTheVendorExceptionAsCause(
      String state, int code) {
    SQLException vendor =
        new SQLIntegrityConstraintViolationException("duplicate key", state, code);
    DataAccessException jooq = new DataAccessException("insert failed", vendor);
    RuntimeException translated = Errors.translate(jooq);
    assertThat(translated)
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE))
        .hasCause(jooq)
        .hasRootCause(vendor);
  }

  @ParameterizedTest
  @CsvSource({"08006, 0", "40001, 0", "23000, 1451"})
  void otherFailures_areStorageErrors_keepingTheCause(String state, int code) {
    SQLException vendor = new SQLException("connection lost", state, code);
    DataAccessException jooq = new DataAccessException("query failed", vendor);
    assertThat(Errors.translate(jooq))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("rolled back")
        .hasMessageContaining(state)
        .hasRootCause(vendor);
  }
}
