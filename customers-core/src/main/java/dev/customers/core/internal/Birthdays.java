package dev.customers.core.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Birthday arithmetic: a 29 February birthday is celebrated on 28 February in non-leap years. */
public final class Birthdays {
  private static final MonthDay LEAP_DAY = MonthDay.of(Month.FEBRUARY, 29);
  private static final MonthDay EVE_OF_MARCH = MonthDay.of(Month.FEBRUARY, 28);

  private Birthdays() {}

  public static boolean isToday(@Nullable LocalDate birthday, LocalDate today) {
    return birthday != null && celebrationIn(birthday, today.getYear()).equals(today);
  }

  /** The date in {@code year} on which the birthday is celebrated. */
  public static LocalDate celebrationIn(LocalDate birthday, int year) {
    return MonthDay.from(birthday)
        .atYear(year); // atYear maps 29 February to the 28th in non-leap years
  }

  /** The month-days whose birthdays are celebrated on {@code date}. */
  public static Set<MonthDay> celebratedOn(LocalDate date) {
    Set<MonthDay> days = new HashSet<>();
    MonthDay day = MonthDay.from(date);
    days.add(day);
    if (day.equals(EVE_OF_MARCH) && !date.isLeapYear()) {
      days.add(LEAP_DAY);
    }
    return days;
  }
}
