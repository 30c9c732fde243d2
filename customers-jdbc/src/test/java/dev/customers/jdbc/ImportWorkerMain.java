package dev.customers.jdbc;

import dev.customers.api.Customers;
import dev.customers.api.ImportJobId;
import dev.customers.api.OrganizationId;
import dev.customers.api.imports.ImportSettings;
import dev.customers.core.CustomersSdk;
import dev.customers.testkit.Fixtures;
import java.time.Duration;

/**
 * A separate instance that runs one import job, as another host's process would: started by {@link
 * PostgresImportKillTest}, which kills it mid-job. Arguments: the JDBC URL, the schema, the
 * organization and the job.
 */
final class ImportWorkerMain {
  private ImportWorkerMain() {}

  public static void main(String[] args) {
    JdbcSettings settings =
        JdbcSettings.of(args[0], "postgres", "").withMaximumPoolSize(2).withSchema(args[1]);
    try (Customers sdk =
        CustomersSdk.builder()
            .storage(JdbcStorageModule.forSettings(settings))
            .imports(ImportSettings.DEFAULTS.withClaimTimeout(Duration.ofSeconds(2)))
            .build()) {
      sdk.imports()
          .run(
              Fixtures.owner(OrganizationId.parse(args[2])),
              ImportJobId.parse(args[3]),
              job -> System.out.println("batch committed: " + job.counts().read()));
    }
  }
}
