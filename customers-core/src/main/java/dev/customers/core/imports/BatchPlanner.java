package dev.customers.core.imports;

import dev.customers.api.Actor;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.FieldId;
import dev.customers.api.OrganizationId;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportTarget;
import dev.customers.api.imports.MatchBy;
import dev.customers.api.imports.MatchMode;
import dev.customers.api.imports.RowFailure;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoredFieldValue;
import dev.customers.api.spi.TagStore;
import dev.customers.api.tags.Tag;
import dev.customers.core.fields.FieldWrites;
import dev.customers.core.internal.FieldReads;
import dev.customers.core.internal.FieldRules;
import dev.customers.core.roster.RosterWrites;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Decides what each row of a batch does, reading the matched customers and what they hold in a few
 * queries for the whole batch. It writes nothing: a dry run is this alone, and a real run writes
 * its decisions in the same transaction.
 */
final class BatchPlanner {
  private final ResolvedMapping mapping;
  private final ImportOptions options;
  private final Actor actor;
  private final boolean byEmail;

  BatchPlanner(ResolvedMapping mapping, ImportOptions options, Actor actor) {
    this.mapping = mapping;
    this.options = options;
    this.actor = actor;
    this.byEmail = options.matchBy() == MatchBy.EMAIL;
  }

  /** What the customers matched by a batch hold now. */
  private record Current(
      Map<UUID, Map<FieldId, List<String>>> fields,
      Map<CustomerId, Set<String>> tags,
      Map<CustomerId, Map<String, ConsentStatus>> consents,
      Map<CustomerId, String> externalIds) {}

  List<Decision> plan(
      StoreSession session, OrganizationId org, LocalDate today, List<ImportRow> rows) {
    Set<String> emails = new HashSet<>();
    Set<String> externalIds = new HashSet<>();
    for (ImportRow row : rows) {
      String email = row.details().get(RosterColumn.EMAIL);
      if (email != null) {
        emails.add(email);
      }
      if (row.externalId() != null) {
        externalIds.add(row.externalId());
      }
    }
    Map<String, RosterEntry> holders =
        emails.isEmpty() ? Map.of() : session.customers().findActiveByEmails(org, emails);
    Map<String, CustomerId> byExternalId =
        externalIds.isEmpty()
            ? Map.of()
            : session.imports().customersByExternalId(org, externalIds);
    java.util.IdentityHashMap<ImportRow, RosterEntry> matches = new java.util.IdentityHashMap<>();
    for (ImportRow row : rows) {
      String key = row.key(byEmail);
      if (key == null || !row.failures().isEmpty()) {
        continue;
      }
      RosterEntry match = null;
      if (byEmail) {
        match = holders.get(key);
      } else {
        CustomerId id = byExternalId.get(key);
        match = id == null ? null : session.customers().find(org, id).orElse(null);
      }
      if (match != null) {
        matches.put(row, match);
      }
    }
    Current current = current(session, org, matches.values());
    List<Decision> decisions = new ArrayList<>(rows.size());
    for (ImportRow row : rows) {
      if (!row.failures().isEmpty()) {
        decisions.add(Decision.fail(row, row.failures()));
        continue;
      }
      RosterEntry match = matches.get(row);
      decisions.add(
          match == null
              ? create(row, today, holders, byExternalId)
              : update(row, match, today, holders, byExternalId, current));
    }
    return decisions;
  }

  private Decision create(
      ImportRow row,
      LocalDate today,
      Map<String, RosterEntry> holders,
      Map<String, CustomerId> byExternalId) {
    List<RowFailure> failures = new ArrayList<>();
    String key = row.key(byEmail);
    if (options.mode() == MatchMode.UPDATE_ONLY) {
      failures.add(
          new RowFailure(
              row.line(),
              keyColumn(),
              key,
              key == null
                  ? "has no " + what() + " to match a customer by"
                  : "matches no customer by " + what() + ", and this import only updates"));
      return Decision.fail(row, failures);
    }
    Map<RosterColumn, String> d = row.details();
    CustomerDetails details =
        new CustomerDetails(
            d.getOrDefault(RosterColumn.FIRST_NAME, ""),
            d.getOrDefault(RosterColumn.LAST_NAME, ""),
            d.get(RosterColumn.EMAIL),
            d.get(RosterColumn.USERNAME),
            d.get(RosterColumn.PHONE),
            birthday(d.get(RosterColumn.BIRTHDAY)));
    problems(row, details, today, failures);
    String email = d.get(RosterColumn.EMAIL);
    RosterEntry holder = email == null ? null : holders.get(email);
    if (holder != null && email != null) {
      failures.add(taken(row, RosterColumn.EMAIL, email, holder.id(), holder.displayName()));
    }
    String externalId = row.externalId();
    CustomerId owner = externalId == null ? null : byExternalId.get(externalId);
    if (owner != null && externalId != null && byEmail) {
      failures.add(externalIdTaken(row, externalId, owner));
    }
    if (!failures.isEmpty()) {
      return Decision.fail(row, failures);
    }
    List<FieldWrites.Write> fields = new ArrayList<>();
    for (Map.Entry<FieldDefinition, List<String>> field : row.fields().entrySet()) {
      fields.add(new FieldWrites.Write(field.getKey(), List.of(), field.getValue()));
    }
    Map<String, ConsentStatus> consents = new LinkedHashMap<>(row.consents());
    return new Decision(
        row,
        Decision.Outcome.CREATE,
        null,
        details,
        fields,
        List.copyOf(row.tags()),
        consents,
        externalId,
        List.of());
  }

  private Decision update(
      ImportRow row,
      RosterEntry match,
      LocalDate today,
      Map<String, RosterEntry> holders,
      Map<String, CustomerId> byExternalId,
      Current current) {
    List<RowFailure> failures = new ArrayList<>();
    if (options.mode() == MatchMode.CREATE_ONLY) {
      failures.add(
          new RowFailure(
              row.line(),
              keyColumn(),
              row.key(byEmail),
              "matches customer "
                  + match.id()
                  + " ("
                  + match.displayName()
                  + "), and this import only creates customers"));
      return Decision.fail(row, failures);
    }
    CustomerDetails before = match.person().details();
    Map<RosterColumn, String> d = row.details();
    CustomerDetails merged =
        new CustomerDetails(
            d.getOrDefault(RosterColumn.FIRST_NAME, before.firstName()),
            d.getOrDefault(RosterColumn.LAST_NAME, before.lastName()),
            d.containsKey(RosterColumn.EMAIL) ? d.get(RosterColumn.EMAIL) : before.email(),
            d.containsKey(RosterColumn.USERNAME) ? d.get(RosterColumn.USERNAME) : before.username(),
            d.containsKey(RosterColumn.PHONE) ? d.get(RosterColumn.PHONE) : before.phone(),
            d.containsKey(RosterColumn.BIRTHDAY)
                ? birthday(d.get(RosterColumn.BIRTHDAY))
                : before.birthday());
    problems(row, merged, today, failures);
    String email = d.get(RosterColumn.EMAIL);
    RosterEntry holder = email == null ? null : holders.get(email);
    if (holder != null && email != null && !holder.id().equals(match.id())) {
      failures.add(taken(row, RosterColumn.EMAIL, email, holder.id(), holder.displayName()));
    }
    String externalId = row.externalId();
    CustomerId owner = externalId == null ? null : byExternalId.get(externalId);
    if (owner != null && externalId != null && !owner.equals(match.id())) {
      failures.add(externalIdTaken(row, externalId, owner));
    }
    List<FieldWrites.Write> fields = new ArrayList<>();
    for (Map.Entry<FieldDefinition, List<String>> field : row.fields().entrySet()) {
      FieldDefinition definition = field.getKey();
      List<String> stored =
          current
              .fields()
              .getOrDefault(FieldReads.owner(definition, match), Map.of())
              .getOrDefault(definition.id(), List.of());
      if (stored.equals(field.getValue())) {
        continue;
      }
      if (definition.spec().writeOnce()
          && !stored.isEmpty()
          && !FieldRules.mayRewriteWriteOnce(actor)) {
        failures.add(
            new RowFailure(
                row.line(),
                column(field.getKey()),
                String.join(";", field.getValue()),
                "is a write-once field already set to "
                    + String.join(";", stored)
                    + "; only an owner may change it"));
        continue;
      }
      fields.add(new FieldWrites.Write(definition, stored, field.getValue()));
    }
    if (!failures.isEmpty()) {
      return Decision.fail(row, failures);
    }
    Set<String> held = current.tags().getOrDefault(match.id(), Set.of());
    List<String> tags =
        row.tags().stream().filter(t -> !held.contains(TagStore.nameKey(t))).toList();
    Map<String, ConsentStatus> consents = new LinkedHashMap<>();
    Map<String, ConsentStatus> decided = current.consents().getOrDefault(match.id(), Map.of());
    row.consents()
        .forEach(
            (purpose, status) -> {
              if (decided.getOrDefault(purpose, ConsentStatus.UNKNOWN) != status) {
                consents.put(purpose, status);
              }
            });
    String newExternalId =
        externalId != null && !externalId.equals(current.externalIds().get(match.id()))
            ? externalId
            : null;
    boolean detailsChange = RosterWrites.differs(match.person(), merged, today);
    boolean changes =
        detailsChange
            || !fields.isEmpty()
            || !tags.isEmpty()
            || !consents.isEmpty()
            || newExternalId != null;
    return new Decision(
        row,
        changes ? Decision.Outcome.UPDATE : Decision.Outcome.UNCHANGED,
        match,
        detailsChange ? merged : null,
        fields,
        tags,
        consents,
        newExternalId,
        List.of());
  }

  private Current current(
      StoreSession session, OrganizationId org, java.util.Collection<RosterEntry> matched) {
    if (matched.isEmpty()) {
      return new Current(Map.of(), Map.of(), Map.of(), Map.of());
    }
    List<CustomerId> ids = matched.stream().map(RosterEntry::id).toList();
    boolean anyField = false;
    boolean anyTags = false;
    boolean anyConsent = false;
    boolean anyExternal = false;
    for (ResolvedMapping.Column column : mapping.columns()) {
      anyField |= column.target() instanceof ImportTarget.Field;
      anyTags |= column.target() instanceof ImportTarget.Tags;
      anyConsent |= column.target() instanceof ImportTarget.Consent;
      anyExternal |= column.target() instanceof ImportTarget.ExternalId;
    }
    Map<UUID, Map<FieldId, List<String>>> fields = new HashMap<>();
    if (anyField) {
      List<UUID> owners = new ArrayList<>();
      for (RosterEntry entry : matched) {
        owners.add(entry.id().value());
        owners.add(entry.person().id().value());
      }
      for (StoredFieldValue value : session.fields().values(org, owners)) {
        fields
            .computeIfAbsent(value.owner(), o -> new HashMap<>())
            .put(value.field(), value.values());
      }
    }
    Map<CustomerId, Set<String>> tags = new HashMap<>();
    if (anyTags) {
      session
          .tags()
          .tagsOfAll(org, ids)
          .forEach(
              (id, list) -> {
                Set<String> keys = new HashSet<>();
                for (Tag tag : list) {
                  keys.add(TagStore.nameKey(tag.name()));
                }
                tags.put(id, keys);
              });
    }
    Map<CustomerId, Map<String, ConsentStatus>> consents = new HashMap<>();
    if (anyConsent) {
      for (CustomerId id : ids) {
        Map<String, ConsentStatus> states = new HashMap<>();
        for (ConsentRecord record : session.consent().current(org, id)) {
          states.put(record.purpose(), record.status());
        }
        consents.put(id, states);
      }
    }
    Map<CustomerId, String> externalIds =
        anyExternal ? session.imports().externalIdsOf(org, ids) : Map.of();
    return new Current(fields, tags, consents, externalIds);
  }

  private void problems(
      ImportRow row, CustomerDetails details, LocalDate today, List<RowFailure> failures) {
    for (FieldError error : RosterWrites.problems(details, today)) {
      String column = null;
      for (RosterColumn detail : ImportTarget.DETAILS) {
        if (detail.columnName().equals(error.field())) {
          ResolvedMapping.Column mapped = mapping.detail(detail);
          column = mapped == null ? error.field() : mapped.name();
        }
      }
      failures.add(new RowFailure(row.line(), column, error.value(), error.problem()));
    }
  }

  private RowFailure taken(
      ImportRow row, RosterColumn detail, String value, CustomerId holder, String name) {
    ResolvedMapping.Column column = mapping.detail(detail);
    return new RowFailure(
        row.line(),
        column == null ? null : column.name(),
        value,
        "already belongs to active customer " + holder + " (" + name + ")");
  }

  private RowFailure externalIdTaken(ImportRow row, String value, CustomerId owner) {
    ResolvedMapping.Column column = mapping.externalId();
    return new RowFailure(
        row.line(),
        column == null ? null : column.name(),
        value,
        "is already the external id of customer " + owner);
  }

  private @Nullable String keyColumn() {
    ResolvedMapping.Column column =
        byEmail ? mapping.detail(RosterColumn.EMAIL) : mapping.externalId();
    return column == null ? null : column.name();
  }

  private @Nullable String column(FieldDefinition field) {
    for (ResolvedMapping.Column column : mapping.columns()) {
      if (field.equals(column.field())) {
        return column.name();
      }
    }
    return null;
  }

  private String what() {
    return byEmail ? "email" : "external id";
  }

  private static java.time.@Nullable LocalDate birthday(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
