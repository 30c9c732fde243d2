/**
 * Roster import: CSV files and records from code, mapped to customers' details, fields, tags and
 * consent, run as stored, resumable jobs with a report of every row that failed.
 */
@NullMarked
package dev.customers.api.imports;

import org.jspecify.annotations.NullMarked;
