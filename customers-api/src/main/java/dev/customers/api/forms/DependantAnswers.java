package dev.customers.api.forms;

import static java.util.Objects.requireNonNull;

import dev.customers.api.family.Relationship;

/**
 * One dependant's answers on a family sign-up.
 *
 * @param relationship how the guardian is related to the dependant
 * @param answers the dependant's answers (without dependants of their own)
 */
public record DependantAnswers(Relationship relationship, FormAnswers answers) {
  /**
   * Checks the components.
   *
   * @param relationship how the guardian is related to the dependant
   * @param answers the dependant's answers
   */
  public DependantAnswers {
    requireNonNull(relationship, "relationship");
    requireNonNull(answers, "answers");
  }
}
