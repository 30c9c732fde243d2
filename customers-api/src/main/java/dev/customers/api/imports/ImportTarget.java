package dev.customers.api.imports;

import static java.util.Objects.requireNonNull;

import dev.customers.api.export.RosterColumn;
import java.util.EnumSet;
import java.util.Set;

/** Where one column's values go: a detail, a custom field, tags, a consent or the external id. */
public sealed interface ImportTarget
    permits ImportTarget.Detail,
        ImportTarget.Field,
        ImportTarget.Tags,
        ImportTarget.Consent,
        ImportTarget.ExternalId {

  /** The details a column can fill. */
  Set<RosterColumn> DETAILS =
      EnumSet.of(
          RosterColumn.FIRST_NAME,
          RosterColumn.LAST_NAME,
          RosterColumn.EMAIL,
          RosterColumn.PHONE,
          RosterColumn.BIRTHDAY,
          RosterColumn.USERNAME);

  /**
   * The column fills a person's detail.
   *
   * @param column one of {@link #DETAILS}
   * @return the target
   */
  static Detail detail(RosterColumn column) {
    return new Detail(column);
  }

  /**
   * The column fills the custom field with this key (several choices separated by {@code ;}).
   *
   * @param key the field's key
   * @return the target
   */
  static Field field(String key) {
    return new Field(key);
  }

  /**
   * The column lists tag names separated by {@code separator}; missing tags are created.
   *
   * @param separator what separates the names, such as {@code ;}
   * @return the target
   */
  static Tags tags(String separator) {
    return new Tags(separator);
  }

  /**
   * The column holds a consent decision for the purpose: yes, true, 1 or granted grant it; no,
   * false, 0, revoked or withdrawn revoke it; an empty cell leaves it.
   *
   * @param purpose the purpose's key
   * @return the target
   */
  static Consent consent(String purpose) {
    return new Consent(purpose);
  }

  /**
   * The column holds the customer's id in the system the roster comes from.
   *
   * @return the target
   */
  static ExternalId externalId() {
    return new ExternalId();
  }

  /**
   * A person's detail.
   *
   * @param column the detail, one of {@link #DETAILS}
   */
  record Detail(RosterColumn column) implements ImportTarget {
    /**
     * Checks that the column is a detail.
     *
     * @param column the detail
     */
    public Detail {
      requireNonNull(column, "column");
      if (!DETAILS.contains(column)) {
        throw new IllegalArgumentException(
            column.columnName() + " is not a detail an import fills; use one of " + DETAILS);
      }
    }
  }

  /**
   * A custom field.
   *
   * @param key the field's key
   */
  record Field(String key) implements ImportTarget {
    /**
     * Checks the component.
     *
     * @param key the field's key
     */
    public Field {
      requireNonNull(key, "key");
    }
  }

  /**
   * Tag names.
   *
   * @param separator what separates the names
   */
  record Tags(String separator) implements ImportTarget {
    /**
     * Checks the component.
     *
     * @param separator what separates the names, not empty
     */
    public Tags {
      requireNonNull(separator, "separator");
      if (separator.isEmpty()) {
        throw new IllegalArgumentException("the tag separator must not be empty");
      }
    }
  }

  /**
   * A consent decision.
   *
   * @param purpose the purpose's key
   */
  record Consent(String purpose) implements ImportTarget {
    /**
     * Checks the component.
     *
     * @param purpose the purpose's key
     */
    public Consent {
      requireNonNull(purpose, "purpose");
    }
  }

  /** The id in the system the roster comes from, which later imports can match by. */
  record ExternalId() implements ImportTarget {}
}
