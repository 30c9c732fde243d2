package dev.customers.core.memory;

import dev.customers.api.CustomerId;
import dev.customers.api.ImportJobId;
import dev.customers.api.OrganizationId;
import dev.customers.api.spi.StoredFailedRow;
import dev.customers.api.spi.StoredImportJob;
import java.util.HashMap;
import java.util.Map;

/** The in-memory tables of imports: jobs, their sources and failed rows, mappings, external ids. */
final class ImportTables {
  /** Per organization: job id (as text, which sorts as the time-ordered id does) to job. */
  final Map<OrganizationId, Map<String, StoredImportJob>> jobs = new HashMap<>();

  /** Per job: chunk number to bytes. */
  final Map<ImportJobId, Map<Integer, byte[]>> sources = new HashMap<>();

  /** Per job: line to failed row (a TreeMap, in line order). */
  final Map<ImportJobId, Map<Long, StoredFailedRow>> failedRows = new HashMap<>();

  /** Per organization: name to mapping (a TreeMap, in name order). */
  final Map<OrganizationId, Map<String, String>> mappings = new HashMap<>();

  /** Per organization: external id to customer. */
  final Map<OrganizationId, Map<String, CustomerId>> customers = new HashMap<>();

  /** Per organization: customer to external id. */
  final Map<OrganizationId, Map<CustomerId, String>> externalIds = new HashMap<>();
}
