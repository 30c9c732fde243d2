package dev.customers.api.spi;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.TagId;
import dev.customers.api.tags.Tag;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores tags and their assignments, scoped to one organization. Names are unique per organization,
 * compared by {@link #nameKey}: a clash is a DUPLICATE conflict naming the holder.
 */
public interface TagStore {

  /** The form names are compared in: trimmed, lower-cased. */
  static String nameKey(String name) {
    return name.strip().toLowerCase(java.util.Locale.ROOT);
  }

  void insert(Tag tag);

  /**
   * Replaces a tag if the stored version is {@code expectedVersion}, else a STALE_VERSION conflict.
   */
  void update(Tag tag, long expectedVersion);

  /** Deletes the tag and its assignments; returns the customers that had it. */
  List<CustomerId> delete(OrganizationId organizationId, TagId id);

  Optional<Tag> find(OrganizationId organizationId, TagId id);

  /** Every tag, by name key. */
  List<Tag> list(OrganizationId organizationId);

  /** Assigns the tag to those of {@code customers} without it; returns them. */
  List<CustomerId> assign(
      OrganizationId organizationId, TagId id, Collection<CustomerId> customers);

  /** Removes the tag from those of {@code customers} with it; returns them. */
  List<CustomerId> unassign(
      OrganizationId organizationId, TagId id, Collection<CustomerId> customers);

  /** The customer's tags, by name key. */
  List<Tag> tagsOf(OrganizationId organizationId, CustomerId customerId);

  /** Active customers per tag; tags no active customer has are absent. */
  Map<TagId, Long> activeCounts(OrganizationId organizationId);
}
