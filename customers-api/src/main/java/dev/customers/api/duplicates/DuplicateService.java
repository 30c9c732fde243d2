package dev.customers.api.duplicates;

import dev.customers.api.Caller;
import java.util.List;

/**
 * Finds customers on a roster that look like the same person (staff), to review and merge. A value
 * many customers share (a studio's own phone number, a family's address) says little about any two
 * of them: a group of more than {@link #MAX_GROUP} customers with one value is not reported for it.
 */
public interface DuplicateService {

  /** The largest group of customers sharing one value that is still reported for it. */
  int MAX_GROUP = 20;

  /**
   * The likely duplicate pairs, the most reasons first, then by the strongest reason, then by the
   * customers' ids. The roster is read a page at a time, keeping only what is compared.
   *
   * @param caller who is calling, for which organization
   * @param query which customers to compare and how many pairs to return
   * @return the pairs
   */
  List<DuplicatePair> find(Caller caller, DuplicateQuery query);
}
