package dev.customers.core.consent;

import dev.customers.api.CustomerId;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.event.CustomerEvent;
import dev.customers.core.internal.Work;

/**
 * Records a consent decision with its event inside another capability's transaction (a form's
 * submission) as the consent service does. The purpose must be known, the values checked and the
 * caller's rights checked by whoever calls.
 */
public final class ConsentWrites {
  private ConsentWrites() {}

  /**
   * Appends the decision to the customer's consent history and publishes the change.
   *
   * @param work the transaction
   * @param customerId the customer
   * @param purpose a known purpose's key
   * @param status GRANTED or REVOKED
   * @param source where it came from, at most 50 characters
   * @return the record
   */
  public static ConsentRecord record(
      Work work, CustomerId customerId, String purpose, ConsentStatus status, String source) {
    ConsentRecord record =
        new ConsentRecord(
            work.newId(),
            work.organization().id(),
            customerId,
            purpose,
            status,
            work.now(),
            source,
            work.caller().actor().key());
    work.session().consent().append(record);
    work.publish(
        new CustomerEvent.ConsentChanged(
            work.newId(),
            work.organization().id(),
            customerId,
            purpose,
            status,
            work.now(),
            work.caller().actor().describe()));
    return record;
  }
}
