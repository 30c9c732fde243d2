package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.Customers;
import dev.customers.api.FieldId;
import dev.customers.api.MetricId;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PageRequest;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.TagId;
import dev.customers.api.ValidationException;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.spi.Storage;
import dev.customers.core.memory.InMemoryStorage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public entry of every service, called with null for one reference parameter (or a list
 * holding a null), fails at once with a {@link NullPointerException} naming that parameter, before
 * any store is called.
 */
class NullArgumentsTest {
  private static final UUID SOME = UUID.fromString("0190a000-0000-7000-8000-000000000001");

  private static Object sample(Parameter parameter, OrganizationId org) {
    String name = parameter.getName();
    if (name.equals("colour")) {
      return "#3a7bd5";
    }
    if (parameter.getType() == Instant.class) {
      return name.equals("from") ? TestCustomers.START.minusSeconds(86_400) : TestCustomers.START;
    }
    if (Collection.class.isAssignableFrom(parameter.getType())
        && parameter.getParameterizedType() instanceof ParameterizedType generic) {
      Class<?> element = (Class<?>) generic.getActualTypeArguments()[0];
      if (java.util.Set.class.isAssignableFrom(parameter.getType())) {
        return new java.util.HashSet<>(List.of(sample(element, org)));
      }
      return new ArrayList<>(List.of(sample(element, org)));
    }
    return sample(parameter.getType(), org);
  }

  private static Object sample(Class<?> type, OrganizationId org) {
    Map<Class<?>, Object> samples = new HashMap<>();
    samples.put(Caller.class, Caller.of(org, Actor.staff("amy", StaffRole.OWNER)));
    samples.put(CustomerId.class, CustomerId.of(SOME));
    samples.put(PersonId.class, PersonId.of(SOME));
    samples.put(FieldId.class, FieldId.of(SOME));
    samples.put(TagId.class, TagId.of(SOME));
    samples.put(NoteId.class, NoteId.of(SOME));
    samples.put(MetricId.class, MetricId.of(SOME));
    samples.put(OrganizationId.class, org);
    samples.put(String.class, "text");
    samples.put(CustomerDetails.class, CustomerDetails.of("Ada", "Lovelace"));
    samples.put(FieldSpec.class, FieldSpec.of("level", "Level", FieldType.TEXT));
    samples.put(FieldValues.class, FieldValues.of("level", "A"));
    samples.put(List.class, new ArrayList<>(List.of(CustomerId.of(SOME))));
    samples.put(Collection.class, new ArrayList<>(List.of(CustomerId.of(SOME))));
    samples.put(NoteDraft.class, NoteDraft.of("hello"));
    samples.put(NoteVisibility.class, NoteVisibility.STAFF);
    samples.put(MetricSpec.class, MetricSpec.counter("visits", "Visits"));
    samples.put(BigDecimal.class, BigDecimal.ONE);
    samples.put(Instant.class, TestCustomers.START);
    samples.put(ConsentStatus.class, ConsentStatus.GRANTED);
    samples.put(
        dev.customers.api.family.Relationship.class, dev.customers.api.family.Relationship.PARENT);
    samples.put(
        dev.customers.api.family.GuardianPermission.class,
        dev.customers.api.family.GuardianPermission.VIEW_PROFILE);
    samples.put(dev.customers.api.FormId.class, dev.customers.api.FormId.of(SOME));
    samples.put(
        dev.customers.api.forms.FormSpec.class,
        dev.customers.api.forms.FormSpec.of(
            "intake",
            "Intake",
            dev.customers.api.forms.FormKind.INTAKE,
            List.of(
                dev.customers.api.forms.FormItem.optional(
                    dev.customers.api.forms.PersonDetail.PHONE))));
    samples.put(
        dev.customers.api.forms.Submission.class,
        new dev.customers.api.forms.Submission(
            "s-1", dev.customers.api.FormId.of(SOME), dev.customers.api.forms.FormAnswers.none()));
    samples.put(
        dev.customers.api.export.ExportRequest.class, dev.customers.api.export.ExportRequest.csv());
    samples.put(java.io.Writer.class, new java.io.StringWriter());
    samples.put(
        dev.customers.api.duplicates.DuplicateQuery.class,
        dev.customers.api.duplicates.DuplicateQuery.all());
    samples.put(dev.customers.api.ImportJobId.class, dev.customers.api.ImportJobId.of(SOME));
    dev.customers.api.imports.ImportMapping mapping =
        dev.customers.api.imports.ImportMapping.of()
            .with(
                "First",
                dev.customers.api.imports.ImportTarget.detail(
                    dev.customers.api.export.RosterColumn.FIRST_NAME))
            .with(
                "Email",
                dev.customers.api.imports.ImportTarget.detail(
                    dev.customers.api.export.RosterColumn.EMAIL));
    samples.put(dev.customers.api.imports.ImportMapping.class, mapping);
    samples.put(
        dev.customers.api.imports.ImportOptions.class,
        dev.customers.api.imports.ImportOptions.of(mapping));
    samples.put(
        dev.customers.api.imports.ImportSource.class,
        dev.customers.api.imports.ImportSource.csv(
            new java.io.ByteArrayInputStream(
                "First,Email\nAda,ada@example.com\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    samples.put(
        dev.customers.api.imports.ImportListener.class,
        dev.customers.api.imports.ImportListener.NONE);
    samples.put(java.util.concurrent.Executor.class, (java.util.concurrent.Executor) Runnable::run);
    samples.put(PageRequest.class, PageRequest.first(10));
    samples.put(CustomerQuery.class, CustomerQuery.active());
    samples.put(SearchQuery.class, SearchQuery.of("ada"));
    samples.put(ZoneId.class, ZoneId.of("UTC"));
    samples.put(boolean.class, true);
    samples.put(int.class, 1);
    samples.put(long.class, 1L);
    Object sample = samples.get(type);
    if (sample == null) {
      throw new AssertionError("no sample value for " + type.getName() + ": add one");
    }
    return sample;
  }

  /** The services as a host reaches them. */
  private static List<Method> accessors() {
    return Arrays.stream(Customers.class.getMethods())
        .filter(m -> m.getParameterCount() == 0 && m.getReturnType().isInterface())
        .toList();
  }

  @TestFactory
  Stream<DynamicTest> everyEntry_refusesANullArgument_beforeAnyStoreCall() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Method accessor : accessors()) {
      for (Method method : accessor.getReturnType().getMethods()) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType().isPrimitive()) {
            continue;
          }
          int nulled = i;
          String name =
              accessor.getReturnType().getSimpleName()
                  + "."
                  + method.getName()
                  + "("
                  + parameters[i].getName()
                  + " = null)";
          tests.add(DynamicTest.dynamicTest(name, () -> check(accessor, method, nulled, false)));
          if (Collection.class.isAssignableFrom(parameters[i].getType())) {
            tests.add(
                DynamicTest.dynamicTest(
                    name.replace("= null", "holding a null"),
                    () -> check(accessor, method, nulled, true)));
          }
        }
      }
    }
    return tests.stream();
  }

  private static void check(Method accessor, Method method, int nulled, boolean nullElement)
      throws Exception {
    FaultyStorage storage = FaultyStorage.over(new InMemoryStorage());
    try (TestCustomers t = TestCustomers.with(b -> b.bind(Storage.class).toInstance(storage))) {
      Object service = accessor.invoke(t.sdk());
      Parameter[] parameters = method.getParameters();
      Object[] args = new Object[parameters.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = sample(parameters[i], t.organization().id());
      }
      String name = parameters[nulled].getName();
      if (nullElement) {
        Collection<Object> holding =
            args[nulled] instanceof java.util.Set<?>
                ? new java.util.HashSet<>((Collection<?>) args[nulled])
                : new ArrayList<>((Collection<?>) args[nulled]);
        holding.add(null);
        args[nulled] = holding;
      } else {
        args[nulled] = null;
      }
      storage.resetCount();
      Throwable thrown = null;
      try {
        method.invoke(service, args);
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      }
      String call =
          method.getDeclaringClass().getSimpleName()
              + "."
              + method.getName()
              + " with "
              + name
              + (nullElement ? " holding a null" : " null");
      // Text that is absent is a validation error naming the field, as blank text is; anything
      // else is refused with a NullPointerException naming the parameter.
      if (!nullElement
          && parameters[nulled].getType() == String.class
          && thrown instanceof ValidationException invalid) {
        assertThat(invalid.errors()).as(call).extracting(e -> e.field()).containsExactly(name);
      } else {
        assertThat(thrown).as(call).isInstanceOf(NullPointerException.class);
        assertThat(thrown.getMessage())
            .as(call + ": the message names the parameter")
            .startsWith(name);
      }
      assertThat(storage.count()).as(call + ": store calls before the refusal").isZero();
    }
  }
}
