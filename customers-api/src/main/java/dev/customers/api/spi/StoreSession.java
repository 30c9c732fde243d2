package dev.customers.api.spi;

/** The stores of one transaction; valid only while the transaction runs. */
public interface StoreSession {
  OrganizationStore organizations();

  PersonStore persons();

  CustomerStore customers();

  AuditStore audit();

  EventOutbox outbox();

  FieldStore fields();

  TagStore tags();

  NoteStore notes();

  MetricStore metrics();

  ConsentStore consent();
}
