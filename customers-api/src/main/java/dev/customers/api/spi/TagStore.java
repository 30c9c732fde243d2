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

  /**
   * The form names are compared in: trimmed, lower-cased.
   *
   * @param name the name
   * @return the form names are compared in: trimmed, lower-cased
   */
  static String nameKey(String name) {
    return StoredText.lowerCase(name.strip());
  }

  /**
   * Stores a new tag; a name already used (ignoring case) is a duplicate.
   *
   * @param tag the tag
   */
  void insert(Tag tag);

  /**
   * Replaces a tag if the stored version is {@code expectedVersion}, else a STALE_VERSION conflict.
   *
   * @param expectedVersion the version the caller read; another stored version is a conflict
   * @param tag the tag
   */
  void update(Tag tag, long expectedVersion);

  /**
   * Deletes the tag and its assignments; returns the customers that had it.
   *
   * @param id the id
   * @param organizationId the organization
   * @return the customers that had the tag, by id
   */
  List<CustomerId> delete(OrganizationId organizationId, TagId id);

  /**
   * The tag with this id.
   *
   * @param id the id
   * @param organizationId the organization
   * @return the tag with this id
   */
  Optional<Tag> find(OrganizationId organizationId, TagId id);

  /**
   * Every tag, by name key.
   *
   * @param organizationId the organization
   * @return every tag, by name key
   */
  List<Tag> list(OrganizationId organizationId);

  /**
   * Assigns the tag to those of {@code customers} without it; returns them.
   *
   * @param customers the customers
   * @param id the id
   * @param organizationId the organization
   * @return the customers that gained the tag
   */
  List<CustomerId> assign(
      OrganizationId organizationId, TagId id, Collection<CustomerId> customers);

  /**
   * Removes the tag from those of {@code customers} with it; returns them.
   *
   * @param customers the customers
   * @param id the id
   * @param organizationId the organization
   * @return the customers that lost the tag
   */
  List<CustomerId> unassign(
      OrganizationId organizationId, TagId id, Collection<CustomerId> customers);

  /**
   * The customer's tags, by name key.
   *
   * @param customerId the customer
   * @param organizationId the organization
   * @return the customer's tags, by name key
   */
  List<Tag> tagsOf(OrganizationId organizationId, CustomerId customerId);

  /**
   * The tags of several customers at once (an export's page), each list by name; a customer with no
   * tags may be left out. The default asks {@link #tagsOf} once per customer; a store that can
   * answer in one query should.
   *
   * @param organizationId the organization
   * @param customerIds the customers
   * @return each customer's tags, by name
   */
  default Map<CustomerId, List<Tag>> tagsOfAll(
      OrganizationId organizationId, java.util.Collection<CustomerId> customerIds) {
    Map<CustomerId, List<Tag>> tags = new java.util.HashMap<>();
    for (CustomerId id : customerIds) {
      tags.put(id, tagsOf(organizationId, id));
    }
    return tags;
  }

  /**
   * Active customers per tag; tags no active customer has are absent.
   *
   * @param organizationId the organization
   * @return the map
   */
  Map<TagId, Long> activeCounts(OrganizationId organizationId);
}
