package dev.customers.core.memory;

import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.spi.Credential;
import dev.customers.api.spi.StoredInvite;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The in-memory tables of accounts: invites by token hash and by person, and credentials. */
final class AccountTables {
  final Map<OrganizationId, Map<String, StoredInvite>> invites = new HashMap<>();

  /** Each person's token hashes, oldest first, as an immutable list replaced whole. */
  final Map<OrganizationId, Map<PersonId, List<String>>> invitesOf = new HashMap<>();

  final Map<OrganizationId, Map<PersonId, Credential>> credentials = new HashMap<>();
}
