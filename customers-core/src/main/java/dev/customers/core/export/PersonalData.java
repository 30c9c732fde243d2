package dev.customers.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.customers.api.FieldId;
import dev.customers.api.FormId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoredForm;
import dev.customers.api.spi.StoredInvite;
import dev.customers.api.spi.StoredSubmission;
import dev.customers.api.tags.Tag;
import dev.customers.core.internal.FieldReads;
import dev.customers.core.json.CustomersJsonModule;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the SDK holds about one customer of an organization, as one JSON document (a right of
 * access request): the person and customer, every field value, tags, notes with their revisions,
 * metric readings, consent history, guardian links, account invites and sign-in state, form answers
 * and the audit trail. Secrets are described, not copied: an invite without its token's hash, a
 * password as whether one is set.
 */
final class PersonalData {
  private static final ObjectMapper JSON =
      new ObjectMapper().registerModule(new CustomersJsonModule());
  private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  private PersonalData() {}

  static ObjectNode of(StoreSession session, Organization org, RosterEntry entry, Instant now) {
    ObjectNode out = JSON.createObjectNode();
    out.put("organizationId", org.id().toString());
    out.put("exportedAt", now.toString());
    out.set("person", JSON.valueToTree(entry.person()));
    out.set("customer", JSON.valueToTree(entry.customer()));
    out.set("fields", fields(session, org, entry));
    ArrayNode tags = out.putArray("tags");
    session.tags().tagsOf(org.id(), entry.id()).stream().map(Tag::name).forEach(tags::add);
    out.set("notes", notes(session, org, entry));
    out.set("metrics", metrics(session, org, entry, now));
    out.set("consent", JSON.valueToTree(session.consent().history(org.id(), entry.id())));
    ObjectNode family = out.putObject("family");
    family.set(
        "guardians", JSON.valueToTree(session.family().guardiansOf(org.id(), entry.person().id())));
    family.set(
        "dependants",
        JSON.valueToTree(session.family().dependantsOf(org.id(), entry.person().id())));
    out.set("account", account(session, org, entry, now));
    out.set("forms", forms(session, org, entry));
    ArrayNode audit = out.putArray("audit");
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<AuditEntry> entries = session.audit().forCustomer(org.id(), entry.id(), page);
      entries.items().forEach(e -> audit.add(JSON.<JsonNode>valueToTree(e)));
      if (entries.nextCursor() == null) {
        break;
      }
      page = page.after(entries.nextCursor());
    }
    return out;
  }

  /** Writes the document, indented, leaving {@code out} open. */
  static void write(ObjectNode document, java.io.Writer out) throws java.io.IOException {
    com.fasterxml.jackson.core.JsonGenerator json = JSON.getFactory().createGenerator(out);
    json.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.useDefaultPrettyPrinter();
    JSON.writeTree(json, document);
    json.flush();
  }

  private static ArrayNode fields(StoreSession session, Organization org, RosterEntry entry) {
    Map<FieldId, List<String>> values = FieldReads.storedValues(session, org.id(), entry);
    ArrayNode fields = JSON.createArrayNode();
    for (FieldDefinition field : session.fields().definitions(org.id())) {
      List<String> held = values.get(field.id());
      if (held == null) {
        continue;
      }
      ObjectNode one = fields.addObject();
      one.put("key", field.key());
      one.put("label", field.spec().label());
      one.put("personalData", field.spec().personalData());
      held.forEach(one.putArray("values")::add);
    }
    return fields;
  }

  private static ArrayNode notes(StoreSession session, Organization org, RosterEntry entry) {
    ArrayNode notes = JSON.createArrayNode();
    NoteScope every = new NoteScope(EnumSet.allOf(NoteVisibility.class), null);
    String cursor = null;
    do {
      Page<Note> page =
          session.notes().list(org.id(), entry.id(), every, false, PageRequest.MAX_LIMIT, cursor);
      for (Note note : page.items()) {
        ObjectNode one = JSON.valueToTree(note);
        one.set("revisions", JSON.valueToTree(session.notes().revisions(org.id(), note.id())));
        notes.add(one);
      }
      cursor = page.nextCursor();
    } while (cursor != null);
    return notes;
  }

  private static ArrayNode metrics(
      StoreSession session, Organization org, RosterEntry entry, Instant now) {
    ArrayNode metrics = JSON.createArrayNode();
    Instant to = now.plus(1, ChronoUnit.DAYS);
    for (MetricDefinition metric : session.metrics().definitions(org.id())) {
      ArrayNode readings = JSON.createArrayNode();
      String cursor = null;
      do {
        Page<MetricReading> page =
            session
                .metrics()
                .history(
                    org.id(), entry.id(), metric.id(), EARLIEST, to, PageRequest.MAX_LIMIT, cursor);
        page.items().forEach(r -> readings.add(JSON.<JsonNode>valueToTree(r)));
        cursor = page.nextCursor();
      } while (cursor != null);
      if (!readings.isEmpty()) {
        ObjectNode one = metrics.addObject();
        one.put("key", metric.key());
        one.set("readings", readings);
      }
    }
    return metrics;
  }

  private static ObjectNode account(
      StoreSession session, Organization org, RosterEntry entry, Instant now) {
    ObjectNode account = JSON.createObjectNode();
    account.put(
        "status", session.accounts().claimStatus(org.id(), entry.person().id(), now).name());
    ArrayNode invites = account.putArray("invites");
    for (StoredInvite invite : session.accounts().invites(org.id(), entry.person().id())) {
      ObjectNode one = invites.addObject();
      one.put("sentTo", invite.sentTo());
      one.put("createdAt", invite.createdAt().toString());
      one.put("expiresAt", invite.expiresAt().toString());
      one.put("state", invite.state().name());
      one.put("endedAt", text(invite.endedAt()));
    }
    session
        .accounts()
        .credential(org.id(), entry.person().id())
        .ifPresentOrElse(
            credential -> {
              account.put("passwordSet", true);
              account.put("failedLogins", credential.failedLogins());
              account.put("lockedUntil", text(credential.lockedUntil()));
            },
            () -> account.put("passwordSet", false));
    return account;
  }

  private static ArrayNode forms(StoreSession session, Organization org, RosterEntry entry) {
    ArrayNode forms = JSON.createArrayNode();
    Map<FormId, Optional<StoredForm>> versions = new HashMap<>();
    for (StoredSubmission submission : session.forms().submissionsOf(org.id(), entry.id())) {
      Optional<StoredForm> form =
          versions.computeIfAbsent(submission.form(), id -> session.forms().form(org.id(), id));
      for (StoredSubmission.Answers answers : submission.answers()) {
        ObjectNode one = forms.addObject();
        one.put("submissionId", submission.submissionId());
        one.put("form", form.map(StoredForm::key).orElse(submission.form().toString()));
        form.ifPresent(f -> one.put("formVersion", f.version()));
        one.put("submittedAt", submission.submittedAt().toString());
        one.put("submittedBy", submission.submittedBy());
        one.set("answers", tree(answers.answers()));
      }
    }
    return forms;
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable String text(@Nullable Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
