package dev.customers.core.tags;

import dev.customers.api.CustomerId;
import dev.customers.api.TagId;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.spi.TagStore;
import dev.customers.api.tags.Tag;
import dev.customers.core.internal.Work;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns tags with their audit entries and events inside another capability's transaction (an
 * import) as the tag service does; the caller's rights are checked by whoever calls.
 */
public final class TagWrites {
  /** The colour of a tag made by an import because a row named it. */
  public static final String IMPORTED_COLOUR = "#9e9e9e";

  private TagWrites() {}

  /**
   * Assigns or unassigns a tag and records an audit entry and an event for each customer it
   * changed.
   *
   * @param work the transaction
   * @param tag the tag
   * @param customers the customers, already checked to be on the roster
   * @param assign true to assign, false to unassign
   * @return the customers it changed
   */
  public static List<CustomerId> change(
      Work work, Tag tag, Collection<CustomerId> customers, boolean assign) {
    TagId id = tag.id();
    List<CustomerId> changed =
        assign
            ? work.session().tags().assign(work.organization().id(), id, customers)
            : work.session().tags().unassign(work.organization().id(), id, customers);
    for (CustomerId customer : changed) {
      work.audit(
          customer,
          assign ? "tag.assigned" : "tag.unassigned",
          List.of(
              assign
                  ? new FieldChange("tags", null, tag.name())
                  : new FieldChange("tags", tag.name(), null)));
      work.publish(
          new CustomerEvent.TagChanged(
              work.newId(),
              work.organization().id(),
              customer,
              id,
              assign,
              work.now(),
              work.caller().actor().describe()));
    }
    return changed;
  }

  /**
   * The organization's tags by name key, with a tag made (in {@link #IMPORTED_COLOUR}) for each
   * name that has none.
   *
   * @param work the transaction
   * @param names the names, already checked
   * @return every tag by {@link TagStore#nameKey}
   */
  public static Map<String, Tag> ensure(Work work, Collection<String> names) {
    Map<String, Tag> tags = new HashMap<>();
    for (Tag tag : work.session().tags().list(work.organization().id())) {
      tags.put(TagStore.nameKey(tag.name()), tag);
    }
    for (String name : names) {
      String key = TagStore.nameKey(name);
      if (!tags.containsKey(key)) {
        Tag tag =
            new Tag(
                TagId.of(work.newId()),
                work.organization().id(),
                name.strip(),
                IMPORTED_COLOUR,
                work.now(),
                1);
        work.session().tags().insert(tag);
        tags.put(key, tag);
      }
    }
    return tags;
  }
}
