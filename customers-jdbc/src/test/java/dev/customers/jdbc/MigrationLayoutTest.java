package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout rule of {@link Migrations}: past the shipped V1 and V2, every migration has a
 * timestamped version, and a version is used by one capability only (the same file name in several
 * dialect folders is one migration written per dialect; in common it stands alone).
 */
class MigrationLayoutTest {
  private static final Path ROOT = Path.of("src/main/resources/dev/customers/jdbc/migration");

  @Test
  void migrations_pastV2_areTimestamped_andNoVersionIsUsedTwice() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(ROOT)) {
      files = walk.filter(p -> p.toString().endsWith(".sql")).toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(6);
    Map<String, String> nameByVersion = new HashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String version = name.substring(1, name.indexOf("__"));
      if (!version.equals("1") && !version.equals("2")) {
        assertThat(version)
            .as(file.toString())
            .matches("20\\d\\d_[01]\\d_[0-3]\\d_[0-2]\\d[0-5]\\d");
      }
      String folder = file.getParent().getFileName().toString();
      String earlier = nameByVersion.putIfAbsent(version, name);
      assertThat(earlier == null || (earlier.equals(name) && !folder.equals("common")))
          .as("version " + version + " of " + file + " is also used by " + earlier)
          .isTrue();
    }
  }
}
