/**
 * Forms: sign-up, family sign-up, intake and waiver forms made of person details, custom fields,
 * consent purposes and text; published in immutable versions, exported as JSON Schema, and
 * submitted whole.
 */
@NullMarked
package dev.customers.api.forms;

import org.jspecify.annotations.NullMarked;
