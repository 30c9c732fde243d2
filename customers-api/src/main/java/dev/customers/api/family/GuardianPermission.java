package dev.customers.api.family;

/**
 * One thing a guardian may do for a dependant. A guardian acting for a dependant ({@link
 * dev.customers.api.Actor#guardian}) gets exactly the permissions of their link, nothing more.
 */
public enum GuardianPermission {
  /** Read the dependant's profile, the fields and notes shown to customers, and their consent. */
  VIEW_PROFILE,
  /**
   * Change the dependant's details, the fields customers may edit, and their consent; includes
   * {@link #VIEW_PROFILE}, since an edit answers with what it changed.
   */
  EDIT_PROFILE,
  /** Book classes and appointments for the dependant (checked by the booking capability). */
  BOOK,
  /** Buy packages and products for the dependant (checked by the commerce capability). */
  PURCHASE,
  /** See the dependant's payments and invoices (checked by the billing capability). */
  VIEW_BILLING,
  /** Start, pause and cancel the dependant's subscriptions (checked by the billing capability). */
  MANAGE_SUBSCRIPTIONS,
  /** Receive the messages sent about the dependant (reminders, receipts, notices). */
  RECEIVE_NOTIFICATIONS
}
