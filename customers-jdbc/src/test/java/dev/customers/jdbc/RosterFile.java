package dev.customers.jdbc;

import dev.customers.api.export.RosterColumn;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportTarget;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generated roster file as an old system exports it: {@code rows} customers with a name, email,
 * phone, birthday, a level and tags, one row in a hundred bad in one of six ways, each bad row's
 * line and column known.
 */
final class RosterFile {
  static final String HEADER = "Client ID,First Name,Last Name,Email,Mobile,Birthday,Level,Tags\n";

  static final ImportMapping MAPPING =
      ImportMapping.of()
          .with("Client ID", ImportTarget.externalId())
          .with("First Name", ImportTarget.detail(RosterColumn.FIRST_NAME))
          .with("Last Name", ImportTarget.detail(RosterColumn.LAST_NAME))
          .with("Email", ImportTarget.detail(RosterColumn.EMAIL))
          .with("Mobile", ImportTarget.detail(RosterColumn.PHONE))
          .with("Birthday", ImportTarget.detail(RosterColumn.BIRTHDAY))
          .with("Level", ImportTarget.field("level"))
          .with("Tags", ImportTarget.tags("|"))
          .withDatePatterns("yyyy-MM-dd", "dd.MM.yyyy");

  final byte[] bytes;

  /** Each bad row's line and the column it is reported under (empty: the row as a whole). */
  final Map<Long, String> bad = new LinkedHashMap<>();

  RosterFile(int rows) {
    StringBuilder text = new StringBuilder(rows * 90);
    text.append(HEADER);
    long line = 1;
    for (int i = 0; i < rows; i++) {
      line++;
      String id = "C" + i;
      String first = "First" + i;
      String last = "Last" + (i % 997);
      String email = "c" + i + "@example.com";
      String phone = "+1 555 " + (1_000_000 + i);
      String birthday = (1950 + i % 50) + "-0" + (1 + i % 9) + "-1" + (i % 9);
      String level = i % 3 == 0 ? "advanced" : "beginner";
      String tags = i % 2 == 0 ? "imported|gym" : "imported";
      if (i % 100 == 37) {
        switch ((i / 100) % 6) {
          case 0 -> {
            email = "not-an-email-" + i;
            bad.put(line, "Email");
          }
          case 1 -> {
            birthday = "31.02.1990";
            bad.put(line, "Birthday");
          }
          case 2 -> {
            level = "expert";
            bad.put(line, "Level");
          }
          case 3 -> {
            email = "c" + (i - 1) + "@example.com";
            bad.put(line, "Email");
          }
          case 4 -> {
            text.append(id).append(',').append(first).append('\n');
            bad.put(line, "");
            continue;
          }
          default -> {
            phone = "call me";
            bad.put(line, "Mobile");
          }
        }
      }
      text.append(id).append(',').append(first).append(',').append(last).append(',');
      text.append(email).append(',').append(phone).append(',').append(birthday).append(',');
      text.append(level).append(',').append(tags).append('\n');
    }
    this.bytes = text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
