package dev.customers.testkit;

import dev.customers.api.PageRequest;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.spi.StoredText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The text inputs of profile data, for {@link HostileTextContract}: custom fields (definitions and
 * a value of every text-like type), tags, notes, metrics and consent.
 */
final class ProfileTextInputs {
  private ProfileTextInputs() {}

  static List<TextInput> all() {
    List<TextInput> in = new ArrayList<>();
    UnaryOperator<String> asIs = UnaryOperator.identity();
    in.add(
        new TextInput(
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
        new TextInput(
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
        new TextInput(
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
        new TextInput(
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
          new TextInput(
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
        new TextInput(
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
        new TextInput(
            "TagService.rename",
            "name",
            StoredText.TAG_NAME,
            asIs,
            (s, v) -> {
              s.t.sdk().tags().rename(s.owner, s.base.vip.id(), v);
              return () -> tagName(s, s.base.vip.id());
            }));
    in.add(
        new TextInput(
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
        new TextInput(
            "NoteService.add",
            "text",
            StoredText.NOTE,
            asIs,
            (s, v) -> {
              Note note = s.t.sdk().notes().add(s.owner, s.base.ada.id(), NoteDraft.of(v));
              return () -> s.t.sdk().notes().get(s.owner, note.id()).text();
            }));
    in.add(
        new TextInput(
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
        new TextInput(
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
        new TextInput(
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
        new TextInput(
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
        new TextInput(
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
        new TextInput(
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
        new TextInput(
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
        new TextInput(
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

  private static dev.customers.api.fields.FieldDefinition definition(TextScene s, String key) {
    return s.t.sdk().fields().definitions(s.owner, true).stream()
        .filter(d -> d.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static dev.customers.api.metrics.MetricDefinition metric(TextScene s, String key) {
    return s.t.sdk().metrics().definitions(s.owner).stream()
        .filter(d -> d.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static String tagName(TextScene s, dev.customers.api.TagId id) {
    return s.t.sdk().tags().list(s.owner).stream()
        .filter(tag -> tag.id().equals(id))
        .findFirst()
        .orElseThrow()
        .name();
  }
}
