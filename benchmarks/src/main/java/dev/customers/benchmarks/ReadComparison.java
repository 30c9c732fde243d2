package dev.customers.benchmarks;

import dev.customers.api.CustomerId;
import dev.customers.api.roster.SearchQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Profile read and search through the SDK, side by side with hand-written JDBC over the same schema
 * and indexes, on a large roster. Rounds interleave the two, the first round is discarded, and the
 * median of the per-round ratios SDK/hand-written is reported (PERFORMANCE.md's rule).
 *
 * <p>Arguments: database ({@code postgres} or {@code h2}), customers (default 100000), rounds
 * (default 11), profile reads per round (default 2000), searches per round (default a tenth of the
 * reads).
 */
public final class ReadComparison {
  private ReadComparison() {}

  /** Runs the comparison and prints its figures. */
  public static void main(String[] args) throws Exception {
    String kind = args.length > 0 ? args[0] : "postgres";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 11;
    int operations = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
    int searches = args.length > 4 ? Integer.parseInt(args[4]) : Math.max(1, operations / 10);
    long loadStart = System.nanoTime();
    try (RosterFixture f = new RosterFixture(kind, count)) {
      System.out.printf(
          Locale.ROOT,
          "%s: loaded %,d customers in %.1f s%n",
          kind,
          count,
          (System.nanoTime() - loadStart) / 1e9);
      Random random = new Random(7);
      List<Double> profileRatios = new ArrayList<>();
      List<Double> searchRatios = new ArrayList<>();
      List<Double> profileSdk = new ArrayList<>();
      List<Double> profileAnchor = new ArrayList<>();
      List<Double> searchSdk = new ArrayList<>();
      List<Double> searchAnchor = new ArrayList<>();
      List<Double> searchPlan = new ArrayList<>();
      List<Double> planRatios = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        List<CustomerId> ids = new ArrayList<>(operations);
        for (int i = 0; i < operations; i++) {
          ids.add(f.customers.get(random.nextInt(f.customers.size())));
        }
        boolean sdkFirst = round % 2 == 0;
        double sdkProfile = 0;
        double anchorProfile = 0;
        for (int pass = 0; pass < 2; pass++) {
          long start = System.nanoTime();
          if ((pass == 0) == sdkFirst) {
            for (CustomerId id : ids) {
              f.sdk.roster().profile(f.caller, id);
            }
            sdkProfile = (System.nanoTime() - start) / 1e3 / operations;
          } else {
            for (CustomerId id : ids) {
              f.anchor.profile(f.organization.id(), id);
            }
            anchorProfile = (System.nanoTime() - start) / 1e3 / operations;
          }
        }
        double sdkSearch = 0;
        double anchorSearch = 0;
        double planSearch = 0;
        for (int pass = 0; pass < 3; pass++) {
          int which = (pass + round) % 3; // rotate who goes first
          long start = System.nanoTime();
          for (int i = 0; i < searches; i++) {
            String text = RosterFixture.QUERIES.get(i % RosterFixture.QUERIES.size());
            switch (which) {
              case 0 -> f.sdk.roster().search(f.caller, SearchQuery.of(text));
              case 1 -> f.anchor.search(f.organization.id(), text, SearchQuery.DEFAULT_LIMIT);
              default ->
                  f.anchor.searchTwoStep(f.organization.id(), text, SearchQuery.DEFAULT_LIMIT);
            }
          }
          double micros = (System.nanoTime() - start) / 1e3 / searches;
          switch (which) {
            case 0 -> sdkSearch = micros;
            case 1 -> anchorSearch = micros;
            default -> planSearch = micros;
          }
        }
        System.out.printf(
            Locale.ROOT,
            "round %2d%s  profile sdk %7.1f us  hand %7.1f us  ratio %.2f | search sdk %8.1f us"
                + "  hand one-query %8.1f us  ratio %.2f  hand two-step %8.1f us  ratio %.2f%n",
            round,
            round == 0 ? " (warm-up, discarded)" : "",
            sdkProfile,
            anchorProfile,
            sdkProfile / anchorProfile,
            sdkSearch,
            anchorSearch,
            sdkSearch / anchorSearch,
            planSearch,
            sdkSearch / planSearch);
        if (round > 0) {
          profileRatios.add(sdkProfile / anchorProfile);
          searchRatios.add(sdkSearch / anchorSearch);
          profileSdk.add(sdkProfile);
          profileAnchor.add(anchorProfile);
          searchSdk.add(sdkSearch);
          searchAnchor.add(anchorSearch);
          planRatios.add(sdkSearch / planSearch);
          searchPlan.add(planSearch);
        }
      }
      System.out.printf(
          Locale.ROOT, "%s, %,d customers, median of %d rounds:%n", kind, count, rounds - 1);
      System.out.printf(
          Locale.ROOT,
          "  profile read: sdk %.1f us, hand-written %.1f us, ratio sdk/hand-written %.2f%n",
          median(profileSdk),
          median(profileAnchor),
          median(profileRatios));
      System.out.printf(
          Locale.ROOT,
          "  search:       sdk %.1f us, hand-written one query %.1f us, ratio sdk/hand-written %.2f%n",
          median(searchSdk),
          median(searchAnchor),
          median(searchRatios));
      System.out.printf(
          Locale.ROOT,
          "  search:       sdk %.1f us, hand-written same two-step plan %.1f us, ratio sdk/hand-written %.2f%n",
          median(searchSdk),
          median(searchPlan),
          median(planRatios));
    }
  }

  /** The median of the rounds' figures; shared with {@link SegmentComparison}. */
  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
