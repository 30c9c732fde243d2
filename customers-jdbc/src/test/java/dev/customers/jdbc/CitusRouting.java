package dev.customers.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rule that lets Citus route a statement to one shard: every reference to a table distributed
 * by {@code organization_id} (all but organizations, persons and the history) is filtered by an
 * organization bound as a value. Exempt, as docs/scaling.md says: statements that follow a person
 * across organizations ({@code person_id = ?}) and the start-up read of undelivered events.
 */
final class CitusRouting {
  static final Set<String> REFERENCE_TABLES =
      Set.of("cs_organizations", "cs_persons", "cs_schema_history");

  private static final Pattern TABLE =
      Pattern.compile("\\b(from|join|update|into)\\s+(?:\"?\\w+\"?\\.)?\"?(cs_\\w+)\"?");
  private static final Pattern ORG_JOIN =
      Pattern.compile("organization_id\"?\\s*=\\s*\"?\\w+\"?\\.\"?organization_id");
  private static final Pattern BOUND_ORG =
      Pattern.compile("organization_id\"?\\s*(?:=|in)\\s*\\(?\\s*(?:cast\\s*\\(\\s*)?\\?");
  private static final Pattern INSERT =
      Pattern.compile("^\\s*insert\\s+into\\s+(?:\"?\\w+\"?\\.)?\"?(cs_\\w+)\"?\\s*\\(([^)]*)\\)");
  private static final Pattern PERSON_FAN_OUT =
      Pattern.compile("person_id\"?\\s*=\\s*(?:cast\\s*\\(\\s*)?\\?");
  private static final Pattern PENDING_EVENTS =
      Pattern.compile("from\\s+\\S*cs_outbox\\s+where\\s+\\S*delivered\\s*=\\s*\\?\\s+order by");

  private CitusRouting() {}

  /** The statements that break the rule, each with why. */
  static List<String> violations(List<String> statements) {
    List<String> found = new ArrayList<>();
    for (String statement : statements) {
      String sql = statement.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      String why = why(sql);
      if (why != null) {
        found.add(why + ": " + statement);
      }
    }
    return found;
  }

  private static @Nullable String why(String sql) {
    if (PERSON_FAN_OUT.matcher(sql).find() || PENDING_EVENTS.matcher(sql).find()) {
      return null;
    }
    Matcher insert = INSERT.matcher(sql);
    if (insert.find()) {
      String table = insert.group(1);
      boolean distributed = !REFERENCE_TABLES.contains(table);
      if (distributed && !insert.group(2).contains("organization_id")) {
        return "insert into " + table + " without organization_id";
      }
      if (!sql.contains(" select ")) {
        return null;
      }
    }
    // A table read or written directly (from, update) names the organization as a value; a table
    // joined to it may instead be joined on organization_id (a colocated join, which Citus routes
    // with the table it joins). Subqueries are tables read directly.
    int direct = 0;
    int joined = 0;
    Matcher table = TABLE.matcher(sql);
    while (table.find()) {
      if (REFERENCE_TABLES.contains(table.group(2))) {
        continue;
      }
      if (table.group(1).equals("join")) {
        joined++;
      } else if (!table.group(1).equals("into")) {
        direct++;
      }
    }
    int bound = count(BOUND_ORG, sql);
    int joins = count(ORG_JOIN, sql);
    if (bound < direct) {
      return direct + " table(s) read or written directly, " + bound + " bound organization(s)";
    }
    if (bound - direct + joins < joined) {
      return joined + " joined table(s) without the organization";
    }
    return null;
  }

  private static int count(Pattern pattern, String sql) {
    int found = 0;
    Matcher matcher = pattern.matcher(sql);
    while (matcher.find()) {
      found++;
    }
    return found;
  }
}
