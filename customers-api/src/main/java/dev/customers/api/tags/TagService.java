package dev.customers.api.tags;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.TagId;
import java.util.Collection;
import java.util.List;

/**
 * Tags of the caller's organization. Staff see, assign and unassign tags; admins and owners create,
 * rename, recolour and delete them. Customers by tag come from the roster's list with {@link
 * dev.customers.api.roster.CustomerFilter#tag}.
 */
public interface TagService {

  /**
   * A new tag; a name already used (ignoring case) is a DUPLICATE conflict naming that tag.
   *
   * @param caller who is calling, and in which organization
   * @param colour the colour, as #rrggbb
   * @param name the name
   * @return a new tag; a name already used (ignoring case) is a DUPLICATE conflict naming that tag
   */
  Tag create(Caller caller, String name, String colour);

  /**
   * Renames a tag; a name already used (ignoring case) is a conflict.
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   * @param name the name
   * @return the tag
   */
  Tag rename(Caller caller, TagId id, String name);

  /**
   * Changes a tag's colour.
   *
   * @param caller who is calling, and in which organization
   * @param colour the colour, as #rrggbb
   * @param id the id
   * @return the tag
   */
  Tag recolour(Caller caller, TagId id, String colour);

  /**
   * Deletes the tag and its assignments; each customer who had it gets an audit entry.
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   */
  void delete(Caller caller, TagId id);

  /**
   * Every tag, by name.
   *
   * @param caller who is calling, and in which organization
   * @return every tag, by name
   */
  List<Tag> list(Caller caller);

  /**
   * Puts the tag on each customer (duplicates in {@code customers} count once); customers who
   * already have it are left as they are. Returns how many customers newly got the tag. An unknown
   * customer fails the whole call.
   *
   * @param caller who is calling, and in which organization
   * @param customers the customers
   * @param id the id
   * @return how many
   */
  int assign(Caller caller, TagId id, Collection<CustomerId> customers);

  /**
   * Takes the tag off each customer that has it; returns how many had it.
   *
   * @param caller who is calling, and in which organization
   * @param customers the customers
   * @param id the id
   * @return how many
   */
  int unassign(Caller caller, TagId id, Collection<CustomerId> customers);

  /**
   * The customer's tags, by name.
   *
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @return the customer's tags, by name
   */
  List<Tag> tagsOf(Caller caller, CustomerId customerId);

  /**
   * Every tag with its count of active customers, by name.
   *
   * @param caller who is calling, and in which organization
   * @return every tag with its count of active customers, by name
   */
  List<TagCount> counts(Caller caller);
}
