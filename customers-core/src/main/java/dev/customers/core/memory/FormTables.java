package dev.customers.core.memory;

import dev.customers.api.CustomerId;
import dev.customers.api.FormId;
import dev.customers.api.OrganizationId;
import dev.customers.api.spi.StoredForm;
import dev.customers.api.spi.StoredSubmission;
import java.util.HashMap;
import java.util.Map;

/** The in-memory tables of forms: versions by id and by key, and submissions by id and customer. */
final class FormTables {
  /** Per organization: version id to version. */
  final Map<OrganizationId, Map<FormId, StoredForm>> formsById = new HashMap<>();

  /** Per organization: key, then version number, to version (a TreeMap, oldest first). */
  final Map<OrganizationId, Map<String, Map<Integer, StoredForm>>> formsByKey = new HashMap<>();

  /** Per organization: submission id to submission. */
  final Map<OrganizationId, Map<String, StoredSubmission>> submissions = new HashMap<>();

  /** Per organization: customer, then submission id, to the submission holding their answers. */
  final Map<OrganizationId, Map<CustomerId, Map<String, StoredSubmission>>> byCustomer =
      new HashMap<>();
}
