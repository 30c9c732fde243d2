package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Caller;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.ValidationException;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerSort;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.SortDirection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A genuine cursor of every paged read, altered at random (a flipped bit, a changed, dropped or
 * added byte or character, a cut), is refused with a {@link ValidationException} naming {@code
 * cursor}: never another exception, never a page. The alterations come from a fixed seed, so a
 * failure repeats.
 */
public abstract class AlteredCursorContract extends ServiceContractSupport {
  private static final int ALTERATIONS = 60;

  @Test
  void everyPagedRead_refusesEveryAlteredCursor() {
    Caller owner = t.owner();
    CustomerProfile first = t.roster().add(owner, Fixtures.details("Ada", "Lovelace"));
    for (String name : new String[] {"Adam", "Adele", "Adrian"}) {
      t.clock().advance(Duration.ofSeconds(1));
      t.roster().add(owner, Fixtures.details(name, "Lovelace"));
    }
    t.newOrganization("Second Studio");
    t.newOrganization("Third Studio");
    for (int i = 0; i < 3; i++) {
      t.sdk().notes().add(owner, first.id(), NoteDraft.of("note " + i));
      t.clock().advance(Duration.ofSeconds(1));
    }
    t.sdk().metrics().define(owner, MetricSpec.counter("visits", "Visits"));
    for (int i = 0; i < 3; i++) {
      t.sdk().metrics().increment(owner, first.id(), "visits", BigDecimal.ONE, "desk");
      t.clock().advance(Duration.ofSeconds(1));
    }
    Instant from = TestCustomers.START.minus(Duration.ofDays(1));
    Instant to = t.clock().instant().plus(Duration.ofDays(1));

    Map<String, Function<@Nullable String, Page<?>>> reads = new LinkedHashMap<>();
    reads.put(
        "roster by name",
        c -> t.roster().list(owner, CustomerQuery.active().withLimit(1).after(c)));
    reads.put(
        "roster by joined, descending",
        c ->
            t.roster()
                .list(
                    owner,
                    CustomerQuery.active()
                        .sortedBy(CustomerSort.JOINED, SortDirection.DESC)
                        .withLimit(1)
                        .after(c)));
    reads.put("search", c -> t.roster().search(owner, SearchQuery.of("ad").withLimit(1).after(c)));
    reads.put("notes", c -> t.sdk().notes().list(owner, first.id(), PageRequest.first(1).after(c)));
    reads.put(
        "metric history",
        c ->
            t.sdk()
                .metrics()
                .history(owner, first.id(), "visits", from, to, PageRequest.first(1).after(c)));
    reads.put(
        "audit trail",
        c -> t.sdk().audit().forCustomer(owner, first.id(), PageRequest.first(1).after(c)));
    reads.put("organizations", c -> t.sdk().organizations().list(PageRequest.first(1).after(c)));

    Random random = new Random(20261124L);
    for (Map.Entry<String, Function<@Nullable String, Page<?>>> read : reads.entrySet()) {
      Page<?> page = read.getValue().apply(null);
      assertThat(page.nextCursor()).as(read.getKey() + " has a second page").isNotNull();
      String genuine = java.util.Objects.requireNonNull(page.nextCursor(), "checked above");
      assertThat(read.getValue().apply(genuine).items())
          .as(read.getKey() + " reads its own cursor")
          .isNotEmpty();
      byte[] original = Base64.getUrlDecoder().decode(genuine);
      for (int i = 0; i < ALTERATIONS; i++) {
        String altered = alter(genuine, original, random);
        if (altered == null) {
          continue;
        }
        assertThatThrownBy(() -> read.getValue().apply(altered))
            .as(
                read.getKey()
                    + " with the altered cursor "
                    + altered
                    + " (genuine: "
                    + genuine
                    + ")")
            .isInstanceOfSatisfying(
                ValidationException.class,
                e ->
                    assertThat(e.errors())
                        .extracting(err -> err.field())
                        .containsExactly("cursor"));
      }
    }
  }

  /** The cursor changed one way at random, or null when the change left the same bytes. */
  private static @Nullable String alter(String genuine, byte[] original, Random random) {
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    byte[] bytes = original.clone();
    String altered;
    switch (random.nextInt(6)) {
      case 0 -> {
        int at = random.nextInt(bytes.length);
        bytes[at] ^= (byte) (1 << random.nextInt(8));
        altered = encoder.encodeToString(bytes);
      }
      case 1 -> {
        int at = random.nextInt(bytes.length);
        bytes[at] = (byte) random.nextInt(256);
        altered = encoder.encodeToString(bytes);
      }
      case 2 -> {
        int at = random.nextInt(bytes.length);
        byte[] shorter = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, shorter, 0, at);
        System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
        altered = encoder.encodeToString(shorter);
      }
      case 3 ->
          altered = encoder.encodeToString(Arrays.copyOf(bytes, random.nextInt(bytes.length)));
      case 4 -> {
        int at = random.nextInt(genuine.length());
        char c =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                .charAt(random.nextInt(64));
        altered = genuine.substring(0, at) + c + genuine.substring(at + 1);
      }
      default -> {
        int at = random.nextInt(genuine.length() + 1);
        altered = genuine.substring(0, at) + "A" + genuine.substring(at);
      }
    }
    try {
      if (Arrays.equals(Base64.getUrlDecoder().decode(altered), original)) {
        return null;
      }
    } catch (IllegalArgumentException notBase64) {
      return altered;
    }
    return altered;
  }
}
