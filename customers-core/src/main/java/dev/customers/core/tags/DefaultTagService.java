package dev.customers.core.tags;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.NotFoundException;
import dev.customers.api.StaffRole;
import dev.customers.api.TagId;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.spi.StoredText;
import dev.customers.api.tags.Tag;
import dev.customers.api.tags.TagCount;
import dev.customers.api.tags.TagService;
import dev.customers.core.internal.Arguments;
import dev.customers.core.internal.Lookups;
import dev.customers.core.internal.Texts;
import dev.customers.core.internal.Transactions;
import dev.customers.core.internal.Work;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

final class DefaultTagService implements TagService {
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  static final int MAX_NAME = StoredText.TAG_NAME;

  private final Transactions transactions;

  @Inject
  DefaultTagService(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Tag create(Caller caller, String name, String colour) {
    List<FieldError> errors = new ArrayList<>();
    String checkedName = Texts.line("name", name, 1, MAX_NAME, errors);
    String checkedColour = colour(colour, errors);
    Texts.check(errors);
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "create tags");
          Tag tag =
              new Tag(
                  TagId.of(work.newId()),
                  work.organization().id(),
                  checkedName,
                  checkedColour,
                  work.now(),
                  1);
          work.session().tags().insert(tag);
          return tag;
        });
  }

  @Override
  public Tag rename(Caller caller, TagId id, String name) {
    List<FieldError> errors = new ArrayList<>();
    String checked = Texts.line("name", name, 1, MAX_NAME, errors);
    return change(caller, id, "rename tags", errors, tag -> tag.renamed(checked));
  }

  @Override
  public Tag recolour(Caller caller, TagId id, String colour) {
    List<FieldError> errors = new ArrayList<>();
    String checked = colour(colour, errors);
    return change(caller, id, "recolour tags", errors, tag -> tag.recoloured(checked));
  }

  private Tag change(
      Caller caller, TagId id, String action, List<FieldError> errors, UnaryOperator<Tag> how) {
    requireNonNull(id, "id");
    Texts.check(errors);
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, action);
          Tag stored = find(work, id);
          Tag changed = how.apply(stored);
          work.session().tags().update(changed, stored.version());
          return changed;
        });
  }

  @Override
  public void delete(Caller caller, TagId id) {
    requireNonNull(id, "id");
    transactions.run(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "delete tags");
          Tag stored = find(work, id);
          for (CustomerId customer : work.session().tags().delete(work.organization().id(), id)) {
            work.audit(
                customer, "tag.deleted", List.of(new FieldChange("tags", stored.name(), null)));
            work.publish(
                new CustomerEvent.TagChanged(
                    work.newId(),
                    work.organization().id(),
                    customer,
                    id,
                    false,
                    work.now(),
                    caller.actor().describe()));
          }
        });
  }

  @Override
  public List<Tag> list(Caller caller) {
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          permissions.requireStaff(StaffRole.STAFF, "read tags");
          return session.tags().list(organization.id());
        });
  }

  @Override
  public int assign(Caller caller, TagId id, Collection<CustomerId> customers) {
    return change(caller, id, customers, true);
  }

  @Override
  public int unassign(Caller caller, TagId id, Collection<CustomerId> customers) {
    return change(caller, id, customers, false);
  }

  private int change(Caller caller, TagId id, Collection<CustomerId> customers, boolean assign) {
    requireNonNull(id, "id");
    Set<CustomerId> distinct = new LinkedHashSet<>(Arguments.noNulls(customers, "customers"));
    return transactions.write(
        caller,
        work -> {
          work.permissions()
              .requireStaff(StaffRole.STAFF, assign ? "assign tags" : "unassign tags");
          Tag tag = find(work, id);
          for (CustomerId customer : distinct) {
            Lookups.customer(work.session(), work.organization().id(), customer);
          }
          List<CustomerId> changed = TagWrites.change(work, tag, distinct, assign);
          return changed.size();
        });
  }

  @Override
  public List<Tag> tagsOf(Caller caller, CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          permissions.requireStaff(StaffRole.STAFF, "read tags");
          Lookups.customer(session, organization.id(), customerId);
          return session.tags().tagsOf(organization.id(), customerId);
        });
  }

  @Override
  public List<TagCount> counts(Caller caller) {
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          permissions.requireStaff(StaffRole.STAFF, "count tags");
          Map<TagId, Long> counts = session.tags().activeCounts(organization.id());
          return session.tags().list(organization.id()).stream()
              .map(tag -> new TagCount(tag, counts.getOrDefault(tag.id(), 0L)))
              .toList();
        });
  }

  private static Tag find(Work work, TagId id) {
    return work.session()
        .tags()
        .find(work.organization().id(), id)
        .orElseThrow(() -> new NotFoundException("tag", id));
  }

  private static String colour(String colour, List<FieldError> errors) {
    if (colour != null && !Texts.characters("colour", colour, false, errors)) {
      return "";
    }
    if (colour == null || !COLOUR.matcher(colour.strip()).matches()) {
      errors.add(new FieldError("colour", colour, "must be written #rrggbb, like #3a7bd5"));
      return "";
    }
    return colour.strip().toLowerCase(Locale.ROOT);
  }
}
