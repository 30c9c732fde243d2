package dev.customers.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.customers.api.Actor;
import dev.customers.api.CustomerId;
import dev.customers.api.CustomersException;
import dev.customers.api.FieldId;
import dev.customers.api.MetricId;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.TagId;
import dev.customers.api.event.DomainEvent;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.FormItem;
import dev.customers.api.notes.Note;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.EmailAddress;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * A Jackson module that lets a host's own {@code ObjectMapper} write and read every API record, id,
 * page and event, and write every SDK error: {@code mapper.registerModule(new
 * CustomersJsonModule())}.
 *
 * <ul>
 *   <li>Typed ids and email addresses are plain strings ({@code "019c..."}, not {@code {"value":
 *       ...}}).
 *   <li>Instants and dates are ISO-8601 text, whatever the mapper's timestamp setting (it brings
 *       Jackson's {@code JavaTimeModule}).
 *   <li>Events, filters and actors carry a {@code "type"} name ({@code "customer.created"}, {@code
 *       "has_tag"}, {@code "staff"}) and read back as the same kind.
 *   <li>Form answers ({@link FormAnswers}) are the JSON a form's JSON Schema describes ({@link
 *       FormAnswersJson}); reading them fails with a {@link dev.customers.api.ValidationException}
 *       naming every value it cannot take by its path.
 *   <li>Errors ({@link CustomersException}) are written as RFC 9457 problem details ({@link
 *       ProblemDetails}), a validation error with its field errors.
 * </ul>
 *
 * <p>It lives in core, not in an artifact of its own, because core already depends on Jackson
 * (events are stored as JSON), so a separate artifact would add a coordinate and no freedom.
 */
public final class CustomersJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module ready to register. */
  public CustomersJsonModule() {
    super("customers", Version.unknownVersion());
    id(CustomerId.class, CustomerId::of);
    id(PersonId.class, PersonId::of);
    id(OrganizationId.class, OrganizationId::of);
    id(FieldId.class, FieldId::of);
    id(TagId.class, TagId::of);
    id(NoteId.class, NoteId::of);
    id(MetricId.class, MetricId::of);
    id(dev.customers.api.ImportJobId.class, dev.customers.api.ImportJobId::of);
    text(EmailAddress.class, EmailAddress::value, EmailAddress::of);
    addSerializer(CustomersException.class, new ProblemSerializer());
    setMixInAnnotation(DomainEvent.class, Typed.class);
    setMixInAnnotation(CustomerFilter.class, Typed.class);
    setMixInAnnotation(Actor.class, Typed.class);
    // Derived flags (isArchived(), isDeleted()) are not components: written, they could not be
    // read.
    setMixInAnnotation(Customer.class, WithoutArchived.class);
    setMixInAnnotation(Note.class, WithoutDeleted.class);
    registerSubtypes(named(DomainEvent.class, "customer."));
    registerSubtypes(named(CustomerFilter.class, ""));
    registerSubtypes(named(Actor.class, ""));
    setMixInAnnotation(FormItem.class, Typed.class);
    registerSubtypes(named(FormItem.class, ""));
    setMixInAnnotation(dev.customers.api.imports.ImportTarget.class, Typed.class);
    registerSubtypes(named(dev.customers.api.imports.ImportTarget.class, ""));
    addSerializer(
        FormAnswers.class,
        new JsonSerializer<FormAnswers>() {
          @Override
          public void serialize(FormAnswers value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeTree(FormAnswersJson.write(value));
          }
        });
    addDeserializer(
        FormAnswers.class,
        new JsonDeserializer<FormAnswers>() {
          @Override
          public FormAnswers deserialize(JsonParser parser, DeserializationContext context)
              throws IOException {
            return FormAnswersJson.read(parser.readValueAsTree());
          }
        });
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    JsonFormat.Value text = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);
    context.configOverride(Instant.class).setFormat(text);
    context.configOverride(LocalDate.class).setFormat(text);
  }

  /**
   * The type name of a kind of event, filter or actor: its simple name in snake case, events
   * prefixed {@code customer.} ({@code customer.fields_changed}, {@code all_of}, {@code
   * system_actor}).
   *
   * @param kind the record
   * @param prefix what goes before the name
   * @return the name written as {@code "type"}
   */
  static String typeName(Class<?> kind, String prefix) {
    return prefix
        + kind.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private static NamedType[] named(Class<?> sealed, String prefix) {
    return kinds(sealed).stream()
        .map(kind -> new NamedType(kind, typeName(kind, prefix)))
        .toArray(NamedType[]::new);
  }

  /** The records a sealed interface permits, through sealed interfaces it permits in turn. */
  static List<Class<?>> kinds(Class<?> sealed) {
    List<Class<?>> kinds = new java.util.ArrayList<>();
    Class<?>[] permitted = sealed.getPermittedSubclasses();
    for (Class<?> kind : permitted == null ? new Class<?>[0] : permitted) {
      if (kind.isSealed()) {
        kinds.addAll(kinds(kind));
      } else {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private <T> void id(Class<T> type, Function<UUID, T> of) {
    text(type, Object::toString, text -> of.apply(UUID.fromString(text)));
  }

  private <T> void text(Class<T> type, Function<T, String> write, Function<String, T> read) {
    addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(write.apply(value));
          }
        });
    addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser parser, DeserializationContext context)
              throws IOException {
            String text = parser.getValueAsString();
            try {
              return read.apply(text);
            } catch (RuntimeException e) {
              return type.cast(context.handleWeirdStringValue(type, text, e.getMessage()));
            }
          }
        });
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  private abstract static class Typed {}

  @JsonIgnoreProperties({"archived"})
  private abstract static class WithoutArchived {}

  @JsonIgnoreProperties({"deleted"})
  private abstract static class WithoutDeleted {}

  private static final class ProblemSerializer extends JsonSerializer<CustomersException> {
    @Override
    public void serialize(CustomersException error, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeValue(ProblemDetails.of(error), gen);
    }
  }
}
