package dev.customers.api.notes;

/** Who may read a note. The system actor reads every note. */
public enum NoteVisibility {
  /** Only the note's author. */
  AUTHOR,
  /** Staff with the ADMIN or OWNER role. */
  ADMINS,
  /** All staff. */
  STAFF,
  /** All staff and the customer (and a guardian acting for them). */
  CUSTOMER
}
