package dev.customers.api.consent;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** The current consent to one purpose, with the record that set it (none when UNKNOWN). */
public record ConsentState(
    ConsentPurpose purpose, ConsentStatus status, @Nullable ConsentRecord record) {
  /**
   * Checks the components.
   *
   * @param purpose the consent purpose's key
   * @param record the record
   * @param status the status
   */
  public ConsentState {
    requireNonNull(purpose, "purpose");
    requireNonNull(status, "status");
  }
}
