package dev.customers.core.duplicates;

import dev.customers.api.CustomerId;
import dev.customers.api.duplicates.DuplicateReason;
import dev.customers.api.duplicates.DuplicateService;
import dev.customers.api.spi.SearchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds pairs of customers alike by blocking: each customer is filed under a few keys per reason
 * (its email, its phone's last digits, its name with its birthday, its name and each of its
 * one-letter deletions, its name's words in order), and only customers filed under one key are
 * compared, so the work grows with the roster, not with its square. A key shared by more than
 * {@link DuplicateService#MAX_GROUP} customers is a common value and compares nobody.
 */
final class DuplicateFinder {
  private static final int PHONE_DIGITS = 9;
  private static final int MIN_PHONE_DIGITS = 7;
  private static final int MIN_SIMILAR_LENGTH = 4;

  /** What is compared of one customer. */
  record Candidate(
      CustomerId id,
      @Nullable String email,
      @Nullable String phone,
      String first,
      String last,
      @Nullable LocalDate birthday) {}

  /** Two customers by their index in the candidates, the smaller first. */
  record Pair(int first, int second) {}

  private DuplicateFinder() {}

  static Map<Pair, EnumSet<DuplicateReason>> pairs(List<Candidate> candidates) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.email() != null) {
        file(blocks, "e:" + c.email(), i);
      }
      String phone = phone(c.phone());
      if (phone != null) {
        file(blocks, "p:" + phone, i);
      }
      String name = name(c);
      if (c.birthday() != null && !name.isEmpty()) {
        file(blocks, "b:" + name + "|" + c.birthday(), i);
      }
      if (name.length() >= MIN_SIMILAR_LENGTH) {
        file(blocks, "v:" + name, i);
        for (int d = 0; d < name.length(); d++) {
          file(blocks, "v:" + name.substring(0, d) + name.substring(d + 1), i);
        }
        file(blocks, "w:" + words(name), i);
      }
    }
    Map<Pair, EnumSet<DuplicateReason>> found = new HashMap<>();
    for (Map.Entry<String, List<Integer>> block : blocks.entrySet()) {
      List<Integer> members = block.getValue();
      if (members.size() < 2 || members.size() > DuplicateService.MAX_GROUP) {
        continue;
      }
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          int x = members.get(a);
          int y = members.get(b);
          if (x == y) {
            continue;
          }
          DuplicateReason reason = reason(block.getKey(), candidates.get(x), candidates.get(y));
          if (reason != null) {
            found
                .computeIfAbsent(
                    new Pair(Math.min(x, y), Math.max(x, y)),
                    p -> EnumSet.noneOf(DuplicateReason.class))
                .add(reason);
          }
        }
      }
    }
    return found;
  }

  /** The reason the block's key stands for, once the two are checked against it. */
  private static @Nullable DuplicateReason reason(String key, Candidate a, Candidate b) {
    return switch (key.charAt(0)) {
      case 'e' -> DuplicateReason.SAME_EMAIL;
      case 'p' -> DuplicateReason.SAME_PHONE;
      case 'b' -> DuplicateReason.SAME_NAME_AND_BIRTHDAY;
      default -> similar(name(a), name(b)) ? DuplicateReason.SIMILAR_NAME : null;
    };
  }

  /** The same name, the same words in another order, or one letter apart. */
  static boolean similar(String a, String b) {
    return a.equals(b) || words(a).equals(words(b)) || withinOneEdit(a, b);
  }

  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    String longer = a.length() >= b.length() ? a : b;
    String shorter = a.length() >= b.length() ? b : a;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    if (i == shorter.length()) {
      return true;
    }
    String restLonger = longer.substring(i + 1);
    return longer.length() == shorter.length()
        ? restLonger.equals(shorter.substring(i + 1))
        : restLonger.equals(shorter.substring(i));
  }

  static String name(Candidate c) {
    return SearchText.normalize(c.first() + " " + c.last()).strip().replaceAll("\\s+", " ");
  }

  private static String words(String name) {
    String[] words = name.split(" ");
    Arrays.sort(words);
    return String.join(" ", words);
  }

  static @Nullable String phone(@Nullable String phone) {
    if (phone == null) {
      return null;
    }
    String digits = SearchText.digits(phone);
    if (digits.length() < MIN_PHONE_DIGITS) {
      return null;
    }
    return digits.length() > PHONE_DIGITS
        ? digits.substring(digits.length() - PHONE_DIGITS)
        : digits;
  }

  private static void file(Map<String, List<Integer>> blocks, String key, int index) {
    List<Integer> members = blocks.computeIfAbsent(key, k -> new ArrayList<>(2));
    // A name and one of its deletions can file a customer under one key twice.
    if (members.isEmpty() || members.get(members.size() - 1) != index) {
      members.add(index);
    }
  }
}
