package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.FieldError;
import dev.customers.api.NotFoundException;
import dev.customers.api.PageRequest;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoredText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile text, generated with jqwik, fed to every text input of every service: NUL and other
 * controls, lone surrogates, text that grows under normalization or case folding (ligatures, {@code
 * İ}, {@code ﷺ}), bidirectional controls, the longest value each rule allows and one more, and 10
 * MB. Each call either stores the value and reads back exactly what was given (trimmed where the
 * input is trimmed), or fails with a {@link ValidationException} naming the input in a message
 * under 500 characters, and then nothing is written and no event is delivered.
 */
public abstract class HostileTextContract {
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

  /** The adapter under test: fresh, empty storage for each input. */
  protected abstract StorageUnderTest storageUnderTest();

  /** One text input: what it is called in errors, how long it may be, and how to call it. */
  private record Input(
      String name, String field, int limit, UnaryOperator<String> shape, Call call) {
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

  /** Calls the service with a value; returns how to read back what was stored, or null. */
  private interface Call extends BiFunction<Scene, String, @Nullable Supplier<String>> {}

  /** The scene of {@link FailedWriteContract} and a field of every text-like type. */
  private static final class Scene {
    final FailedWriteContract.Scene base;
    final TestCustomers t;
    final Caller owner;
    private int made;

    Scene(TestCustomers t) {
      this.t = t;
      base = new FailedWriteContract.Scene(t);
      owner = base.owner;
      for (FieldType type :
          List.of(FieldType.TEXTAREA, FieldType.EMAIL, FieldType.URL, FieldType.PHONE)) {
        String key = type.name().toLowerCase(Locale.ROOT);
        t.sdk().fields().define(owner, FieldSpec.of(key, key, type));
      }
      t.sdk()
          .fields()
          .define(
              owner,
              FieldSpec.of("styles", "Styles", FieldType.MULTIPLE_CHOICE)
                  .withChoices(List.of("Yoga", "Pilates")));
    }

    String value(String key) {
      return t.sdk().fields().values(owner, base.ada.id()).stream()
          .filter(v -> v.key().equals(key))
          .findFirst()
          .map(FieldValue::values)
          .map(values -> String.join("|", values))
          .orElse("");
    }

    /** A key not used before in this scene, for definitions whose key is not the input. */
    String fresh(String prefix) {
      return prefix + "_" + ++made;
    }

    CustomerProfile ada() {
      return t.roster().profile(owner, base.ada.id());
    }
  }

  private static List<Input> inputs() {
    List<Input> in = new ArrayList<>();
    UnaryOperator<String> asIs = UnaryOperator.identity();
    in.add(
        new Input(
            "OrganizationService.create",
            "name",
            StoredText.ORGANIZATION_NAME,
            asIs,
            (s, v) -> {
              var org = s.t.sdk().organizations().create(v, ZoneId.of("UTC"));
              return () -> s.t.sdk().organizations().get(org.id()).name();
            }));
    in.add(
        new Input(
            "RosterService.add",
            "firstName",
            StoredText.PERSON_NAME,
            asIs,
            (s, v) -> {
              var id = s.t.roster().add(s.owner, CustomerDetails.of(v, "Stone")).id();
              return () -> s.t.roster().profile(s.owner, id).details().firstName();
            }));
    in.add(
        new Input(
            "RosterService.add",
            "lastName",
            StoredText.PERSON_NAME,
            asIs,
            (s, v) -> {
              var id = s.t.roster().add(s.owner, CustomerDetails.of("Eve", v)).id();
              return () -> s.t.roster().profile(s.owner, id).details().lastName();
            }));
    in.add(detail("email", StoredText.EMAIL, v -> v + "@example.com", CustomerDetails::withEmail));
    in.add(detail("username", StoredText.USERNAME, asIs, CustomerDetails::withUsername));
    in.add(detail("phone", StoredText.PHONE, v -> "+44 " + v, CustomerDetails::withPhone));
    in.add(
        new Input(
            "Caller.withReason",
            "caller.reason",
            StoredText.REASON,
            asIs,
            (s, v) -> {
              CustomerProfile ada = s.ada();
              s.t
                  .roster()
                  .update(
                      s.owner.withReason(v),
                      ada.id(),
                      ada.version(),
                      ada.details()
                          .withLastName(
                              ada.details().lastName().equals("King") ? "Queen" : "King"));
              return () ->
                  String.valueOf(
                      s
                          .t
                          .sdk()
                          .audit()
                          .forCustomer(s.owner, ada.id(), PageRequest.first(PageRequest.MAX_LIMIT))
                          .items()
                          .stream()
                          .reduce((first, second) -> second)
                          .orElseThrow()
                          .reason());
            }));
    in.add(
        new Input(
            "Actor.staff",
            "caller.actor",
            StoredText.ACTOR_ID,
            asIs,
            (s, v) -> {
              Actor actor;
              try {
                actor = Actor.staff(v, StaffRole.OWNER);
              } catch (IllegalArgumentException blank) {
                return null; // refused by the record, before any service sees it
              }
              Caller staff = Caller.of(s.owner.organizationId(), actor);
              Note note = s.t.sdk().notes().add(staff, s.base.ada.id(), NoteDraft.of("Hello"));
              // The author is the actor's key, the user id as given.
              return () ->
                  s.t.sdk().notes().get(s.owner, note.id()).author().substring("staff:".length());
            }));
    in.add(new Input("RosterService.search", "text", StoredText.SEARCH, asIs, searchOrList(true)));
    in.add(
        new Input(
            "RosterService.list", "filter.city", StoredText.FIELD_TEXT, asIs, searchOrList(false)));
    in.add(
        new Input(
            "FieldService.define",
            "label",
            StoredText.LABEL,
            asIs,
            (s, v) -> {
              var f =
                  s.t.sdk().fields().define(s.owner, FieldSpec.of(s.fresh("f"), v, FieldType.TEXT));
              return () -> definition(s, f.key()).spec().label();
            }));
    in.add(
        new Input(
            "FieldService.define",
            "helpText",
            StoredText.HELP_TEXT,
            asIs,
            (s, v) -> {
              String key = s.fresh("f");
              s.t
                  .sdk()
                  .fields()
                  .define(s.owner, FieldSpec.of(key, "F", FieldType.TEXT).withHelpText(v));
              return () -> definition(s, key).spec().helpText();
            }));
    in.add(
        new Input(
            "FieldService.define",
            "choices",
            StoredText.CHOICE,
            asIs,
            (s, v) -> {
              String key = s.fresh("f");
              s.t
                  .sdk()
                  .fields()
                  .define(
                      s.owner,
                      FieldSpec.of(key, "F", FieldType.SINGLE_CHOICE)
                          .withChoices(List.of("first", v)));
              return () -> definition(s, key).spec().choices().get(1);
            }));
    in.add(
        new Input(
            "FieldService.define",
            "key",
            StoredText.KEY,
            asIs,
            (s, v) -> {
              s.t.sdk().fields().define(s.owner, FieldSpec.of(v, "F", FieldType.TEXT));
              return () -> definition(s, v).spec().key();
            }));
    for (String key : List.of("city", "textarea", "email", "url", "phone", "level", "styles")) {
      int limit =
          switch (key) {
            case "textarea" -> StoredText.FIELD_TEXTAREA;
            case "url" -> StoredText.FIELD_URL;
            case "phone" -> StoredText.PHONE;
            case "level", "styles" -> StoredText.CHOICE;
            default -> StoredText.FIELD_TEXT;
          };
      UnaryOperator<String> shape =
          switch (key) {
            case "email" -> v -> v + "@example.com";
            case "url" -> v -> "https://example.com/" + v;
            case "phone" -> v -> "+44 " + v;
            default -> asIs;
          };
      in.add(
          new Input(
              "FieldService.setValues",
              "fields." + key,
              limit,
              shape,
              (s, v) -> {
                s.t.sdk().fields().setValues(s.owner, s.base.ada.id(), FieldValues.of(key, v));
                return () -> s.value(key);
              }));
    }
    in.add(
        new Input(
            "TagService.create",
            "name",
            StoredText.TAG_NAME,
            asIs,
            (s, v) -> {
              var tag = s.t.sdk().tags().create(s.owner, v, "#123456");
              return () -> {
                String name = tagName(s, tag.id());
                s.t.sdk().tags().delete(s.owner, tag.id()); // names differing only in case clash
                return name;
              };
            }));
    in.add(
        new Input(
            "TagService.rename",
            "name",
            StoredText.TAG_NAME,
            asIs,
            (s, v) -> {
              s.t.sdk().tags().rename(s.owner, s.base.vip.id(), v);
              return () -> tagName(s, s.base.vip.id());
            }));
    in.add(
        new Input(
            "TagService.recolour",
            "colour",
            7,
            v -> "#aBc" + v,
            (s, v) -> {
              s.t.sdk().tags().recolour(s.owner, s.base.vip.id(), v);
              return () ->
                  s.t.sdk().tags().list(s.owner).stream()
                      .filter(tag -> tag.id().equals(s.base.vip.id()))
                      .findFirst()
                      .orElseThrow()
                      .colour()
                      // Colours are kept in lower case.
                      .toUpperCase(Locale.ROOT);
            }));
    in.add(
        new Input(
            "NoteService.add",
            "text",
            StoredText.NOTE,
            asIs,
            (s, v) -> {
              Note note = s.t.sdk().notes().add(s.owner, s.base.ada.id(), NoteDraft.of(v));
              return () -> s.t.sdk().notes().get(s.owner, note.id()).text();
            }));
    in.add(
        new Input(
            "NoteService.edit",
            "text",
            StoredText.NOTE,
            asIs,
            (s, v) -> {
              Note note = s.t.sdk().notes().get(s.owner, s.base.note.id());
              s.t.sdk().notes().edit(s.owner, note.id(), note.version(), v);
              return () -> s.t.sdk().notes().get(s.owner, note.id()).text();
            }));
    in.add(
        new Input(
            "MetricService.define",
            "name",
            StoredText.LABEL,
            asIs,
            (s, v) -> {
              String key = s.fresh("weight");
              s.t.sdk().metrics().define(s.owner, MetricSpec.gauge(key, v, "kg", 1));
              return () -> metric(s, key).spec().name();
            }));
    in.add(
        new Input(
            "MetricService.define",
            "unit",
            StoredText.UNIT,
            asIs,
            (s, v) -> {
              String key = s.fresh("weight");
              s.t.sdk().metrics().define(s.owner, MetricSpec.gauge(key, "Weight", v, 1));
              return () -> metric(s, key).spec().unit();
            }));
    in.add(
        new Input(
            "MetricService.increment",
            "source",
            StoredText.SOURCE,
            asIs,
            (s, v) -> {
              var reading =
                  s.t
                      .sdk()
                      .metrics()
                      .increment(s.owner, s.base.ada.id(), "visits", BigDecimal.ONE, v);
              return () -> reading.source();
            }));
    in.add(
        new Input(
            "MetricService.history",
            "key",
            StoredText.KEY,
            asIs,
            (s, v) -> {
              s.t
                  .sdk()
                  .metrics()
                  .history(
                      s.owner,
                      s.base.ada.id(),
                      v,
                      Instant.EPOCH,
                      s.t.clock().instant(),
                      PageRequest.first(5));
              return null;
            }));
    in.add(
        new Input(
            "ConsentService.addPurpose",
            "label",
            StoredText.LABEL,
            asIs,
            (s, v) -> {
              String key = s.fresh("sms");
              s.t.sdk().consent().addPurpose(s.owner, key, v);
              return () ->
                  s.t.sdk().consent().purposes(s.owner).stream()
                      .filter(p -> p.key().equals(key))
                      .findFirst()
                      .orElseThrow()
                      .label();
            }));
    in.add(
        new Input(
            "ConsentService.record",
            "source",
            StoredText.SOURCE,
            asIs,
            (s, v) -> {
              var record =
                  s.t
                      .sdk()
                      .consent()
                      .record(s.owner, s.base.ada.id(), "newsletter", ConsentStatus.GRANTED, v);
              return () ->
                  s.t.sdk().consent().history(s.owner, s.base.ada.id()).stream()
                      .filter(r -> r.id().equals(record.id()))
                      .findFirst()
                      .orElseThrow()
                      .source();
            }));
    in.add(
        new Input(
            "ConsentService.record",
            "purpose",
            StoredText.KEY,
            asIs,
            (s, v) -> {
              s.t
                  .sdk()
                  .consent()
                  .record(s.owner, s.base.ada.id(), v, ConsentStatus.GRANTED, "desk");
              return null;
            }));
    return in;
  }

  /**
   * An optional detail of a customer, set through {@code update} and read back from the profile.
   */
  private static Input detail(
      String field,
      int limit,
      UnaryOperator<String> shape,
      BiFunction<CustomerDetails, String, CustomerDetails> set) {
    return new Input(
        "RosterService.update",
        field,
        limit,
        shape,
        (s, v) -> {
          CustomerProfile ada = s.ada();
          s.t.roster().update(s.owner, ada.id(), ada.version(), set.apply(ada.details(), v));
          CustomerDetails stored = s.ada().details();
          // A blank optional detail is stored as absent, which reads back as the trimmed blank.
          return () ->
              java.util.Objects.toString(
                  switch (field) {
                    case "email" -> stored.email();
                    case "username" -> stored.username();
                    default -> stored.phone();
                  },
                  "");
        });
  }

  private static Call searchOrList(boolean search) {
    return (s, v) -> {
      if (search) {
        s.t.roster().search(s.owner, SearchQuery.of(v));
      } else {
        s.t
            .roster()
            .list(
                s.owner,
                CustomerQuery.active().withFilter(CustomerFilter.field("city", Comparison.EQ, v)));
      }
      return null;
    };
  }

  private static dev.customers.api.fields.FieldDefinition definition(Scene s, String key) {
    return s.t.sdk().fields().definitions(s.owner, true).stream()
        .filter(d -> d.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static dev.customers.api.metrics.MetricDefinition metric(Scene s, String key) {
    return s.t.sdk().metrics().definitions(s.owner).stream()
        .filter(d -> d.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static String tagName(Scene s, dev.customers.api.TagId id) {
    return s.t.sdk().tags().list(s.owner).stream()
        .filter(tag -> tag.id().equals(id))
        .findFirst()
        .orElseThrow()
        .name();
  }

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

  private static Set<String> values(int limit) {
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

  private static void assertUnchanged(
      Input input,
      String shown,
      TestCustomers t,
      Storage storage,
      Scene scene,
      StoredState before) {
    assertThat(t.events().events()).as("events after a refusal").isEmpty();
    StoredState after = StoredState.read(storage, scene.base);
    if (!after.equals(before)) {
      fail(
          input.name()
              + " refused '"
              + shown
              + "' but left a change behind:\n"
              + after.differenceFrom(before));
    }
  }

  /** One test per text input of every service. */
  @TestFactory
  Stream<DynamicTest> everyTextInput_storesHostileTextExactly_orRefusesItNamingTheInput() {
    return inputs().stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    input.name() + " " + input.field(), () -> feedHostileText(input)));
  }

  private void feedHostileText(Input input) {
    StorageUnderTest under = storageUnderTest();
    Storage storage = under.open();
    try (TestCustomers t =
        TestCustomers.with(binder -> binder.bind(Storage.class).toInstance(storage))) {
      Scene scene = new Scene(t);
      t.sdk().deliverPendingEvents();
      StoredState before = StoredState.read(storage, scene.base);
      List<String> cores = new ArrayList<>();
      cores.add(input.plain());
      cores.addAll(values(input.limit()));
      for (String core : cores) {
        String value = input.shape().apply(core);
        String shown = StoredText.quote(value);
        t.events().clear();
        @Nullable Supplier<String> readBack;
        try {
          readBack = input.call().apply(scene, value);
        } catch (ValidationException e) {
          assertThat(core)
              .as("%s %s refused its plain value", input.name(), input.field())
              .isNotSameAs(input.plain());
          assertThat(e.errors())
              .as("%s %s refusing '%s'", input.name(), input.field(), shown)
              .extracting(FieldError::field)
              .contains(input.field());
          assertThat(String.valueOf(e.getMessage()).length()).as("message length").isLessThan(500);
          assertUnchanged(input, shown, t, storage, scene, before);
          continue;
        } catch (NotFoundException e) {
          if (!input.lookup()) {
            throw new AssertionError(input.name() + " failed on '" + shown + "' with " + e, e);
          }
          assertUnchanged(input, shown, t, storage, scene, before);
          continue;
        } catch (RuntimeException e) {
          throw new AssertionError(
              input.name() + " " + input.field() + " failed on '" + shown + "' with " + e, e);
        }
        if (readBack != null) {
          // A caller's actor id and reason are kept as given; every other text is trimmed.
          String expected = input.field().startsWith("caller.") ? value : value.strip();
          if (input.field().equals("colour")) {
            expected = expected.toUpperCase(Locale.ROOT);
          }
          String actual = readBack.get();
          if (!actual.equals(expected)) {
            fail(
                input.name()
                    + " "
                    + input.field()
                    + " stored '"
                    + shown
                    + "' and read back '"
                    + StoredText.quote(actual)
                    + "'");
          }
        }
        before = StoredState.read(storage, scene.base);
      }
    } finally {
      under.drop();
    }
  }
}
