package dev.customers.testkit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The hostile text {@link HostileTextContract} feeds: NUL and other controls, lone and reversed
 * surrogates, text that grows under normalization or case folding, bidirectional controls, runs as
 * long as a rule allows and one more, and 10 MB, strung together at random with jqwik.
 */
final class HostileText {
  private static final int SAMPLES = 24;
  private static final List<String> PIECES =
      List.of(
          "\u0000",
          "\u0001",
          "\u001f",
          "\u007f",
          "\u0085",
          "\t",
          "\n",
          "\r",
          "\ud800",
          "\udc00",
          "\ude00\ud83d",
          "\ufb03",
          "\u0130",
          "\ufdfa",
          "\u00df",
          "\u202e",
          "\u2066",
          "\u200f",
          "\u200d",
          "\ufeff",
          "\ud83d\ude00",
          "e\u0301",
          "a",
          "Z",
          "7",
          "-",
          ".",
          " ",
          "'",
          "%",
          "_",
          "\\");

  private HostileText() {}

  /** Hostile pieces strung together at random, some runs of one piece as long as the rule. */
  private static Arbitrary<String> hostile(int limit) {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> mixed = piece.list().ofMinSize(1).ofMaxSize(12).map(p -> String.join("", p));
    Arbitrary<String> long_ =
        Arbitraries.of("a", "\ufb03", "\u0130", "\ufdfa", "\ud83d\ude00", "-", "\u0000")
            .flatMap(
                p ->
                    Arbitraries.integers()
                        .between(Math.max(1, limit / p.length() - 2), limit / p.length() + 1)
                        .map(p::repeat));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, mixed), net.jqwik.api.Tuple.of(1, long_));
  }

  /** The values fed to an input whose rule allows {@code limit} characters. */
  static Set<String> values(int limit) {
    Set<String> values = new LinkedHashSet<>();
    values.add("\ufb03".repeat(limit));
    values.add("\u0130".repeat(limit));
    values.add("a".repeat(limit));
    values.add("a".repeat(limit + 1));
    values.add("x\u0000y");
    values.add("x\ud800y");
    values.add("a".repeat(10_000_000));
    hostile(limit).sampleStream().limit(SAMPLES).forEach(values::add);
    return values;
  }
}
