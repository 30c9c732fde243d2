package dev.customers.core.fields;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.FieldId;
import dev.customers.api.InvalidStateException;
import dev.customers.api.NotFoundException;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldService;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.StoreSession;
import dev.customers.core.internal.Arguments;
import dev.customers.core.internal.FieldReads;
import dev.customers.core.internal.FieldRules;
import dev.customers.core.internal.Lookups;
import dev.customers.core.internal.Permissions;
import dev.customers.core.internal.Texts;
import dev.customers.core.internal.Transactions;
import dev.customers.core.internal.Work;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class DefaultFieldService implements FieldService {
  private final Transactions transactions;

  @Inject
  DefaultFieldService(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public FieldDefinition define(Caller caller, FieldSpec spec) {
    requireNonNull(spec, "spec");
    FieldSpec checked = FieldRules.check(spec);
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "define custom fields");
          List<FieldDefinition> existing =
              work.session().fields().definitions(work.organization().id());
          int position = existing.stream().mapToInt(FieldDefinition::position).max().orElse(-1) + 1;
          FieldDefinition definition =
              new FieldDefinition(
                  FieldId.of(work.newId()),
                  work.organization().id(),
                  checked,
                  position,
                  false,
                  work.now(),
                  work.now(),
                  1);
          work.session().fields().insert(definition);
          return definition;
        });
  }

  @Override
  public FieldDefinition update(Caller caller, FieldId id, long expectedVersion, FieldSpec spec) {
    requireNonNull(id, "id");
    requireNonNull(spec, "spec");
    FieldSpec checked = FieldRules.check(spec);
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "change custom fields");
          FieldDefinition stored = visibleDefinition(work, id);
          if (stored.version() != expectedVersion) {
            throw ConflictException.staleVersion("field", id, expectedVersion, stored.version());
          }
          List<FieldError> errors = new ArrayList<>();
          if (!checked.key().equals(stored.key())) {
            errors.add(
                new FieldError(
                    "key",
                    checked.key(),
                    "cannot change (it is " + stored.key() + "); define a new field"));
          }
          if (checked.type() != stored.type()) {
            errors.add(
                new FieldError(
                    "type", checked.type().name(), "cannot change (it is " + stored.type() + ")"));
          }
          if (checked.scope() != stored.scope()) {
            errors.add(
                new FieldError(
                    "scope",
                    checked.scope().name(),
                    "cannot change (it is " + stored.scope() + ")"));
          }
          for (String removed : stored.spec().choices()) {
            if (!checked.choices().contains(removed)
                && work.session().fields().anyHolds(work.organization().id(), id, removed)) {
              errors.add(
                  new FieldError("choices", removed, "is held by customers and cannot be removed"));
            }
          }
          Texts.check(errors);
          FieldDefinition updated = stored.withSpec(checked, work.now());
          work.session().fields().update(updated, stored.version());
          return updated;
        });
  }

  @Override
  public FieldDefinition archive(Caller caller, FieldId id) {
    return setArchived(caller, id, true);
  }

  @Override
  public FieldDefinition unarchive(Caller caller, FieldId id) {
    return setArchived(caller, id, false);
  }

  private FieldDefinition setArchived(Caller caller, FieldId id, boolean archived) {
    requireNonNull(id, "id");
    return transactions.write(
        caller,
        work -> {
          work.permissions()
              .requireStaff(
                  StaffRole.ADMIN, archived ? "archive custom fields" : "unarchive custom fields");
          FieldDefinition stored = visibleDefinition(work, id);
          if (stored.archived() == archived) {
            throw new InvalidStateException(
                "field " + stored.key() + " is " + (archived ? "already" : "not") + " archived");
          }
          FieldDefinition updated = stored.withArchived(archived, work.now());
          work.session().fields().update(updated, stored.version());
          return updated;
        });
  }

  @Override
  public List<FieldDefinition> reorder(Caller caller, List<FieldId> given) {
    List<FieldId> order = Arguments.noNulls(given, "order");
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "reorder custom fields");
          List<FieldDefinition> all = work.session().fields().definitions(work.organization().id());
          Map<FieldId, FieldDefinition> movable = new HashMap<>();
          List<Integer> slots = new ArrayList<>();
          for (FieldDefinition definition : all) {
            if (!definition.archived() && work.permissions().canView(definition, null)) {
              movable.put(definition.id(), definition);
              slots.add(definition.position());
            }
          }
          List<FieldError> errors = new ArrayList<>();
          Set<FieldId> seen = new HashSet<>();
          for (FieldId id : order) {
            if (!movable.containsKey(id)) {
              errors.add(
                  new FieldError("order", id.toString(), "is not an active field you can see"));
            } else if (!seen.add(id)) {
              errors.add(new FieldError("order", id.toString(), "is listed twice"));
            }
          }
          for (FieldId id : movable.keySet()) {
            if (!seen.contains(id)) {
              errors.add(
                  new FieldError(
                      "order",
                      movable.get(id).key(),
                      "is missing: list every active field, each once"));
            }
          }
          Texts.check(errors);
          // The moved fields take the places they held between them, so hidden and archived ones
          // stay put.
          slots.sort(null);
          for (int i = 0; i < order.size(); i++) {
            FieldDefinition definition =
                java.util.Objects.requireNonNull(movable.get(order.get(i)), "checked above");
            if (definition.position() != slots.get(i)) {
              work.session()
                  .fields()
                  .update(definition.withPosition(slots.get(i), work.now()), definition.version());
            }
          }
          return work.session().fields().definitions(work.organization().id()).stream()
              .filter(d -> !d.archived() && work.permissions().canView(d, null))
              .toList();
        });
  }

  @Override
  public List<FieldDefinition> definitions(Caller caller, boolean includeArchived) {
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          permissions.requireMember("read custom field definitions");
          return session.fields().definitions(organization.id()).stream()
              .filter(d -> includeArchived || !d.archived())
              .filter(d -> viewableSomewhere(permissions, d))
              .toList();
        });
  }

  @Override
  public List<FieldValue> values(Caller caller, CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          RosterEntry entry = Lookups.customer(session, organization.id(), customerId);
          permissions.requireAccount(
              StaffRole.STAFF,
              entry.person().id(),
              GuardianPermission.VIEW_PROFILE,
              "read the fields of customer " + customerId);
          return FieldReads.visibleValues(
              session,
              organization.id(),
              permissions,
              entry,
              session.fields().definitions(organization.id()));
        });
  }

  @Override
  public List<FieldValue> setValues(Caller caller, CustomerId customerId, FieldValues values) {
    requireNonNull(customerId, "customerId");
    requireNonNull(values, "values");
    return transactions.write(
        caller,
        work -> {
          StoreSession session = work.session();
          RosterEntry entry = Lookups.customer(session, work.organization().id(), customerId);
          Actor actor = caller.actor();
          work.permissions()
              .requireAccount(
                  StaffRole.STAFF,
                  entry.person().id(),
                  GuardianPermission.EDIT_PROFILE,
                  "change the fields of customer " + customerId);
          List<FieldDefinition> definitions =
              session.fields().definitions(work.organization().id());
          Map<String, FieldDefinition> byKey = new HashMap<>();
          definitions.forEach(d -> byKey.put(d.key(), d));
          Map<FieldId, List<String>> before =
              FieldReads.storedValues(session, work.organization().id(), entry);
          List<FieldError> errors = new ArrayList<>();
          List<FieldWrites.Write> writes = new ArrayList<>();
          for (Map.Entry<String, List<String>> input : values.byKey().entrySet()) {
            String name = "fields." + input.getKey();
            FieldDefinition field = byKey.get(input.getKey());
            // A field the caller may not see is answered exactly as one that does not exist, so a
            // write cannot tell anyone that a hidden field is there.
            if (field == null || !work.permissions().canView(field, entry.person().id())) {
              errors.add(
                  new FieldError(name, String.join(", ", input.getValue()), "no such field"));
              continue;
            }
            if (field.archived()) {
              errors.add(
                  new FieldError(
                      name,
                      String.join(", ", input.getValue()),
                      "is archived; unarchive it to set values"));
              continue;
            }
            if (!work.permissions().canEdit(field, entry.person().id())) {
              throw new PermissionDeniedException(
                  actor.describe() + " may not edit field " + field.key());
            }
            List<String> canonical = FieldRules.canonical(field, name, input.getValue(), errors);
            List<String> old = before.getOrDefault(field.id(), List.of());
            if (canonical.isEmpty()
                && field.spec().required()
                && errors.stream().noneMatch(e -> e.field().equals(name))) {
              errors.add(
                  new FieldError(
                      name,
                      String.join(", ", input.getValue()),
                      "is required and cannot be cleared"));
            }
            if (canonical.equals(old)) {
              continue;
            }
            if (field.spec().writeOnce()
                && !old.isEmpty()
                && !FieldRules.mayRewriteWriteOnce(actor)) {
              throw new PermissionDeniedException(
                  actor.describe()
                      + " may not change field "
                      + field.key()
                      + ": it is write-once, set to "
                      + String.join(", ", old)
                      + ", and only an owner may change it");
            }
            writes.add(new FieldWrites.Write(field, old, canonical));
          }
          if (!errors.isEmpty()) {
            throw new ValidationException(errors);
          }
          FieldWrites.apply(work, entry, writes);
          return FieldReads.visibleValues(
              session, work.organization().id(), work.permissions(), entry, definitions);
        });
  }

  /**
   * Staff see a field by role; a customer sees it when it is shown to customers, and so does a
   * guardian whose link lets them view their dependant's profile.
   */
  private static boolean viewableSomewhere(Permissions permissions, FieldDefinition definition) {
    if (permissions.actor() instanceof Actor.Self self) {
      return permissions.canView(definition, self.personId());
    }
    if (permissions.actor() instanceof Actor.Guardian guardian) {
      return permissions.canView(definition, guardian.dependant());
    }
    return permissions.canView(definition, null);
  }

  private FieldDefinition visibleDefinition(Work work, FieldId id) {
    FieldDefinition found =
        work.session().fields().definitions(work.organization().id()).stream()
            .filter(d -> d.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("field", id));
    if (!work.permissions().canView(found, null)) {
      throw new NotFoundException("field", id);
    }
    return found;
  }
}
