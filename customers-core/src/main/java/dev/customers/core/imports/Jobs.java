package dev.customers.core.imports;

import dev.customers.api.ImportJobId;
import dev.customers.api.InvalidStateException;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.imports.ImportJob;
import dev.customers.api.spi.ImportStore;
import dev.customers.api.spi.StoredImportJob;

/** Finding a stored job, showing it to callers, and saying why it cannot be claimed. */
final class Jobs {
  private Jobs() {}

  static StoredImportJob find(ImportStore store, OrganizationId org, ImportJobId id) {
    return store.job(org, id).orElseThrow(() -> new NotFoundException("import job", id));
  }

  static InvalidStateException notClaimable(StoredImportJob job, java.time.Instant now) {
    if (job.status().isFinal()) {
      return new InvalidStateException(
          "import "
              + job.id()
              + " has ended ("
              + job.status()
              + "); submit the source again to import it again");
    }
    return new InvalidStateException(
        "import "
            + job.id()
            + " is running on another instance, which holds it until "
            + job.claimedUntil()
            + " (now "
            + now
            + "); it can be resumed here if that instance stops");
  }

  static ImportJob view(StoredImportJob job) {
    return new ImportJob(
        job.id(),
        job.status(),
        job.counts(),
        ImportCodec.options(job.options()),
        Sources.publicKind(job.sourceKind()),
        job.createdAt(),
        job.updatedAt(),
        job.cancelRequested(),
        job.problem());
  }
}
