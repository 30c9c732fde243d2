package dev.customers.testkit;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One text input of a service, for {@link HostileTextContract}: its name in errors, how long its
 * rule lets it be, how a value is shaped to reach that rule (an email gets a domain), and how to
 * call it.
 */
record TextInput(
    String name, String field, int limit, UnaryOperator<String> shape, TextInput.Call call) {

  /** Calls the service with a value; returns how to read back what was stored, or null. */
  interface Call extends BiFunction<TextScene, String, @Nullable Supplier<String>> {}

  /** A value the input must take, so the test cannot pass by refusing everything. */
  String plain() {
    return switch (field) {
      case "key" -> name.startsWith("MetricService") ? "visits" : "plain_key";
      case "purpose" -> "newsletter";
      case "colour", "phone", "fields.phone" -> "123";
      case "email", "username", "fields.email", "fields.url" -> "plain";
      case "fields.level" -> "B";
      case "fields.styles" -> "Yoga";
      default -> "Plain text";
    };
  }

  /** Whether the input names something that exists, so an unknown name may be not found. */
  boolean lookup() {
    return name.equals("MetricService.history");
  }
}
