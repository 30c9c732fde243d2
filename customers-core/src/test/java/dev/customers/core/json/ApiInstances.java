package dev.customers.core.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Random instances of the API's records, made by reflection from their components, so a new record
 * is covered without touching the test. A record whose constructor refuses the random components (a
 * rule between them) is tried again with others.
 */
final class ApiInstances {
  private static final List<String> TEXTS =
      List.of("Ada", "Zoë Ångström", "", " padded ", "quote \" and \\ back", "ﬃ İ 😀", "x\ny");

  private final Random random;
  private final UUID same;

  ApiInstances(Random random) {
    this.random = random;
    this.same = new UUID(random.nextLong(), random.nextLong());
  }

  /** Every public record of the API outside the SPI, nested ones included. */
  static List<Class<?>> records() {
    Path root = location();
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.map(p -> root.relativize(p).toString().replace('\\', '/'))
              .filter(n -> n.endsWith(".class"))
              .forEach(names::add);
        }
      } else {
        try (JarFile jar = new JarFile(root.toFile())) {
          jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Class<?>> records = new ArrayList<>();
    for (String name : names) {
      if (!name.startsWith("dev/customers/api/") || name.startsWith("dev/customers/api/spi/")) {
        continue;
      }
      try {
        Class<?> type =
            Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader());
        // An import source that carries a stream is read once, never written as JSON.
        boolean stream =
            java.util.Arrays.stream(
                    type.getRecordComponents() == null
                        ? new java.lang.reflect.RecordComponent[0]
                        : type.getRecordComponents())
                .anyMatch(c -> c.getType() == java.io.InputStream.class);
        if (type.isRecord() && Modifier.isPublic(type.getModifiers()) && !stream) {
          records.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    records.sort(java.util.Comparator.comparing(Class::getName));
    return records;
  }

  private static ClassLoader loader() {
    return ApiInstances.class.getClassLoader();
  }

  private static Path location() {
    try {
      return Path.of(
          dev.customers.api.CustomerId.class
              .getProtectionDomain()
              .getCodeSource()
              .getLocation()
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A random instance of {@code type}, its type variables bound to {@code bound}. */
  Object of(Type type, AnnotatedType annotated, int depth, Class<?> bound) {
    if (isNullable(annotated) && random.nextInt(4) == 0) {
      return nullValue();
    }
    Class<?> raw = raw(type, bound);
    if (raw == String.class) {
      return random.nextInt(3) == 0
          ? TEXTS.get(random.nextInt(TEXTS.size()))
          : "t" + Integer.toString(random.nextInt(1_000_000), 36);
    }
    if (raw == int.class || raw == Integer.class) {
      return 1 + random.nextInt(50);
    }
    if (raw == long.class || raw == Long.class) {
      return 1L + random.nextInt(1_000);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return random.nextBoolean();
    }
    if (raw == UUID.class) {
      // Mostly one id per instance, so rules between components (a roster entry's customer and
      // person share the person's id) hold; sometimes another, so rules that they differ can too.
      return random.nextInt(10) == 0 ? new UUID(random.nextLong(), random.nextLong()) : same;
    }
    if (raw == BigDecimal.class) {
      return BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, random.nextInt(4));
    }
    if (raw == Instant.class) {
      return Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000))
          .plusNanos(random.nextInt(1_000_000) * 1000L)
          .truncatedTo(ChronoUnit.MICROS);
    }
    if (raw == LocalDate.class) {
      return LocalDate.of(
          1950 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
    if (raw == java.time.Duration.class) {
      return java.time.Duration.ofSeconds(1 + random.nextInt(1_000_000));
    }
    if (raw == ZoneId.class) {
      return ZoneId.of(List.of("UTC", "Europe/London", "America/New_York").get(random.nextInt(3)));
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (raw == List.class) {
      int size = depth > 3 ? 0 : random.nextInt(3);
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        list.add(of(argument(type, 0), argument(annotated, 0), depth + 1, bound));
      }
      return list;
    }
    if (raw == java.util.Set.class) {
      java.util.Set<Object> set = new java.util.LinkedHashSet<>();
      for (int i = 0; i < random.nextInt(3); i++) {
        set.add(of(argument(type, 0), argument(annotated, 0), depth + 1, bound));
      }
      return set;
    }
    if (raw == Map.class) {
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < random.nextInt(3); i++) {
        map.put(
            of(argument(type, 0), argument(annotated, 0), depth + 1, bound),
            of(argument(type, 1), argument(annotated, 1), depth + 1, bound));
      }
      return map;
    }
    if (raw.isSealed()) {
      List<Class<?>> kinds = CustomersJsonModule.kinds(raw);
      Class<?> kind = kinds.get(random.nextInt(kinds.size()));
      return record(kind, depth + 1, bound);
    }
    if (raw.isRecord()) {
      return record(raw, depth + 1, bound);
    }
    throw new IllegalArgumentException("no generator for " + type);
  }

  /** A random instance of a record, retried while its constructor refuses the components. */
  Object record(Class<?> type, int depth, Class<?> bound) {
    if (type == dev.customers.api.accounts.AccountSettings.class) {
      // Its Argon2 floor is far above the small numbers drawn for ints.
      return new dev.customers.api.accounts.AccountSettings(
          java.time.Duration.ofHours(1 + random.nextInt(500)),
          8 + random.nextInt(20),
          1 + random.nextInt(10),
          java.time.Duration.ofMinutes(random.nextInt(60)),
          dev.customers.api.accounts.AccountSettings.MIN_ARGON2_MEMORY_KIB + random.nextInt(4096),
          2 + random.nextInt(3));
    }
    if (type == dev.customers.api.imports.ImportCounts.class) {
      // Its counts must add up.
      long created = random.nextInt(1000);
      long updated = random.nextInt(1000);
      long unchanged = random.nextInt(1000);
      long failed = random.nextInt(1000);
      return new dev.customers.api.imports.ImportCounts(
          created + updated + unchanged + failed, created, updated, unchanged, failed);
    }
    if (type == dev.customers.api.imports.ImportSettings.class) {
      return new dev.customers.api.imports.ImportSettings(
          100 + random.nextInt(100_000),
          1024L + random.nextInt(1 << 30),
          java.time.Duration.ofSeconds(1 + random.nextInt(600)));
    }
    if (type == dev.customers.api.roster.EmailAddress.class) {
      return dev.customers.api.roster.EmailAddress.of("u" + random.nextInt(1000) + "@example.com");
    }
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    RuntimeException last = null;
    for (int attempt = 0; attempt < 200; attempt++) {
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] =
            of(components[i].getGenericType(), components[i].getAnnotatedType(), depth, bound);
      }
      try {
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        return constructor.newInstance(values);
      } catch (InvocationTargetException e) {
        last = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no valid " + type.getName() + " in 200 tries", last);
  }

  @SuppressWarnings("NullAway") // a nullable component's value
  private static @Nullable Object nullValue() {
    return null;
  }

  private static boolean isNullable(AnnotatedType annotated) {
    return annotated.isAnnotationPresent(Nullable.class);
  }

  private static Class<?> raw(Type type, Class<?> bound) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return bound; // a type variable
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }

  private static AnnotatedType argument(AnnotatedType type, int index) {
    return ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[index];
  }
}
