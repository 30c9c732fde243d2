package dev.customers.api.spi;

/**
 * The stores of one transaction; valid only while the transaction runs.
 *
 * <p>The SPI grows with each capability. The roster's stores are abstract: every adapter has them.
 * Every store added later is a {@code default} method that throws {@link StoreNotProvidedException}
 * ("this adapter does not provide X"), so an adapter written against an older SPI keeps compiling,
 * and a service that needs a store the adapter lacks fails with that error rather than a
 * NullPointerException. An adapter provides a store by overriding its accessor and passing the
 * store's contract in {@code customers-testkit}.
 */
public interface StoreSession {
  /**
   * Organizations (tenants).
   *
   * @return the organization store
   */
  OrganizationStore organizations();

  /**
   * Persons, shared by the rosters they are on.
   *
   * @return the person store
   */
  PersonStore persons();

  /**
   * Customers: persons on a roster.
   *
   * @return the customer store
   */
  CustomerStore customers();

  /**
   * The audit trail.
   *
   * @return the audit trail
   */
  AuditStore audit();

  /**
   * Events waiting to be delivered after commit.
   *
   * @return the event outbox
   */
  EventOutbox outbox();

  /**
   * Custom field definitions and values; the default says this adapter does not provide them.
   *
   * @return the default field store
   */
  default FieldStore fields() {
    throw new StoreNotProvidedException(this, "FieldStore", "fields()", "custom fields");
  }

  /**
   * Tags and their assignments; the default says this adapter does not provide them.
   *
   * @return the default tag store
   */
  default TagStore tags() {
    throw new StoreNotProvidedException(this, "TagStore", "tags()", "tags");
  }

  /**
   * Notes and their revisions; the default says this adapter does not provide them.
   *
   * @return the default note store
   */
  default NoteStore notes() {
    throw new StoreNotProvidedException(this, "NoteStore", "notes()", "notes");
  }

  /**
   * Metric definitions and readings; the default says this adapter does not provide them.
   *
   * @return the default metric store
   */
  default MetricStore metrics() {
    throw new StoreNotProvidedException(this, "MetricStore", "metrics()", "metrics");
  }

  /**
   * Consent purposes and records; the default says this adapter does not provide them.
   *
   * @return the default consent store
   */
  default ConsentStore consent() {
    throw new StoreNotProvidedException(this, "ConsentStore", "consent()", "consent");
  }

  /**
   * Guardian links and the age of majority (family accounts).
   *
   * @return the family store
   * @throws StoreNotProvidedException if this adapter does not store family links
   */
  default FamilyStore family() {
    throw new StoreNotProvidedException(this, "FamilyStore", "family()", "family accounts");
  }

  /**
   * Account invites and credentials.
   *
   * @return the account store
   * @throws StoreNotProvidedException if this adapter does not store accounts
   */
  default AccountStore accounts() {
    throw new StoreNotProvidedException(this, "AccountStore", "accounts()", "customer accounts");
  }

  /**
   * The form store, for forms and their submissions.
   *
   * @return the form store
   * @throws StoreNotProvidedException if this adapter does not store forms
   */
  default FormStore forms() {
    throw new StoreNotProvidedException(this, "FormStore", "forms()", "forms");
  }

  /**
   * The import store, for import jobs, saved mappings and external ids.
   *
   * @return the import store
   * @throws StoreNotProvidedException if this adapter does not store imports
   */
  default ImportStore imports() {
    throw new StoreNotProvidedException(this, "ImportStore", "imports()", "roster imports");
  }

  /**
   * Whether this session's adapter provides the store that {@code accessor} (such as {@code
   * "fields"}) returns: false when the adapter left the accessor to its default.
   *
   * @param accessor the StoreSession accessor's name, such as fields
   * @return whether this session's adapter provides the store that {@code accessor} (such as {@code
   *     "fields"}) returns: false when the adapter left the accessor to its default
   */
  default boolean provides(String accessor) {
    return StoreNotProvidedException.provides(getClass(), accessor);
  }
}
