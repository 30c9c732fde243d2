package dev.customers.api.export;

import dev.customers.api.Caller;
import java.io.IOException;
import java.io.Writer;

/**
 * Roster export (staff): the roster or a filtered part of it, with the columns chosen, streamed to
 * a writer page by page, so memory does not grow with the roster. A caller's export holds only what
 * they may see: a field their role may not view is neither a default column nor one they can ask
 * for.
 */
public interface ExportService {

  /**
   * Writes the customers the request selects, by name, to {@code out}, which is flushed and left
   * open. Each page of customers is read in its own transaction, so a long export never holds the
   * storage; a customer changed while it runs is written as it was when its page was read.
   *
   * @param caller who is calling, for which organization
   * @param request which customers, columns and format
   * @param out where to write
   * @return how many customers and which columns were written
   * @throws IOException if writing to {@code out} fails
   */
  ExportSummary exportRoster(Caller caller, ExportRequest request, Writer out) throws IOException;

  /**
   * Writes everything the SDK holds about one customer of the organization as one JSON document, to
   * answer a right of access request (admins): the person and customer, every field value (staff-
   * only ones included), tags, notes with their revisions, metric readings, consent history,
   * guardian links, account invites and sign-in state, form answers and the audit trail, read in
   * one transaction. Secrets are described, not copied: an invite without its token, a password as
   * whether one is set.
   *
   * @param caller who is calling, for which organization
   * @param customer the customer
   * @param out where to write; flushed and left open
   * @throws IOException if writing to {@code out} fails
   */
  void exportPerson(Caller caller, dev.customers.api.CustomerId customer, Writer out)
      throws IOException;
}
