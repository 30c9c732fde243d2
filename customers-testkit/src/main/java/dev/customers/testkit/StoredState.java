package dev.customers.testkit;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PageRequest;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoreSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything the stores hold for the organizations of a {@link FailedWriteContract} scene, read
 * through the stores, by section: two equal states hold the same data.
 */
record StoredState(Map<String, Object> sections) {
  private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_LIMIT);
  private static final Instant FROM = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2100-01-01T00:00:00Z");

  static StoredState read(Storage storage, FailedWriteContract.Scene scene) {
    Map<String, Object> sections = new LinkedHashMap<>();
    storage.read(
        session -> {
          sections.put("organizations", session.organizations().list(ALL));
          read(session, scene.t.organization().id(), scene, sections);
          read(session, scene.other.id(), scene, sections);
          sections.put("outbox", session.outbox().pending(1000));
          return sections;
        });
    return new StoredState(sections);
  }

  private static void read(
      StoreSession session,
      OrganizationId org,
      FailedWriteContract.Scene scene,
      Map<String, Object> out) {
    String at = org + ".";
    CustomerQuery everyone =
        CustomerQuery.active().withStatus(StatusFilter.ALL).withLimit(PageRequest.MAX_LIMIT);
    List<RosterEntry> roster = session.customers().list(org, everyone, Criterion.none()).items();
    out.put(at + "roster", roster);
    // What search finds for each customer's names and email: a failed write that left its search
    // keys behind (an index not put back) shows here, since the roster itself would not show it.
    java.util.Set<String> texts = new java.util.TreeSet<>();
    roster.forEach(
        e -> {
          texts.add(e.person().firstName());
          texts.add(e.person().lastName());
          if (e.person().email() != null) {
            texts.add(e.person().email().value());
          }
        });
    for (String text : texts) {
      if (!dev.customers.api.spi.SearchText.normalize(text).isEmpty()) {
        out.put(
            at + "search " + text,
            session
                .customers()
                .search(
                    org,
                    dev.customers.api.roster.SearchQuery.of(text)
                        .withStatus(StatusFilter.ALL)
                        .withLimit(PageRequest.MAX_LIMIT),
                    Criterion.none(),
                    java.util.Set.of())
                .items());
      }
    }
    List<UUID> owners = new ArrayList<>();
    roster.forEach(
        e -> {
          owners.add(e.id().value());
          owners.add(e.person().id().value());
        });
    out.put(at + "fields", session.fields().definitions(org));
    out.put(at + "fieldValues", new java.util.HashSet<>(session.fields().values(org, owners)));
    out.put(at + "tags", session.tags().list(org));
    out.put(at + "tagCounts", session.tags().activeCounts(org));
    out.put(at + "metrics", session.metrics().definitions(org));
    out.put(at + "purposes", session.consent().purposes(org));
    out.put(at + "ageOfMajority", session.family().ageOfMajority(org));
    out.put(at + "forms", session.forms().latestForms(org));
    session
        .forms()
        .latestForms(org)
        .forEach(f -> out.put(at + "form." + f.key(), session.forms().versions(org, f.key())));
    // What imports stored: each job with what its committed batches did and how it ended. A queued
    // job and a running one read alike: a claim an instance took and kept (its batch failed) is how
    // a job resumes, not data left half-written.
    List<String> jobs = new ArrayList<>();
    long failedRows = 0;
    for (dev.customers.api.spi.StoredImportJob job : session.imports().jobs(org, null, 1000)) {
      String status = job.status().isFinal() ? job.status().name() : "PENDING";
      jobs.add(job.id() + " " + status + " " + job.counts());
      failedRows += session.imports().failedRows(org, job.id(), 0, 1000).size();
    }
    out.put(at + "importJobs", jobs);
    out.put(at + "importFailedRows", failedRows);
    out.put(at + "importMappings", session.imports().mappingNames(org));
    List<CustomerId> ids = roster.stream().map(RosterEntry::id).toList();
    out.put(at + "externalIds", session.imports().externalIdsOf(org, ids));
    out.put(at + "knownNote", session.notes().find(org, scene.note.id()));
    out.put(at + "knownNoteRevisions", session.notes().revisions(org, scene.note.id()));
    NoteScope everyNote = new NoteScope(EnumSet.allOf(NoteVisibility.class), null);
    for (RosterEntry entry : roster) {
      CustomerId id = entry.id();
      String of = at + id + ".";
      out.put(of + "tags", session.tags().tagsOf(org, id));
      out.put(
          of + "notes",
          session.notes().list(org, id, everyNote, false, PageRequest.MAX_LIMIT, null));
      out.put(of + "metrics", new java.util.HashSet<>(session.metrics().current(org, id)));
      session
          .metrics()
          .definitions(org)
          .forEach(
              metric ->
                  out.put(
                      of + "metric." + metric.key(),
                      session
                          .metrics()
                          .history(org, id, metric.id(), FROM, TO, PageRequest.MAX_LIMIT, null)));
      out.put(of + "consent", session.consent().history(org, id));
      out.put(of + "guardians", session.family().guardiansOf(org, entry.person().id()));
      out.put(of + "dependants", session.family().dependantsOf(org, entry.person().id()));
      out.put(of + "invites", session.accounts().invites(org, entry.person().id()));
      out.put(of + "credential", session.accounts().credential(org, entry.person().id()));
      out.put(of + "submissions", session.forms().submissionsOf(org, id));
      out.put(of + "audit", session.audit().forCustomer(org, id, ALL));
    }
  }

  /** The sections that differ, each with both values, for a failure message. */
  String differenceFrom(StoredState before) {
    StringBuilder text = new StringBuilder();
    java.util.Set<String> keys = new java.util.LinkedHashSet<>(before.sections.keySet());
    keys.addAll(sections.keySet());
    for (String key : keys) {
      Object was = before.sections.get(key);
      Object now = sections.get(key);
      if (!Objects.equals(was, now)) {
        text.append(key)
            .append("\n  before: ")
            .append(was)
            .append("\n  after:  ")
            .append(now)
            .append('\n');
      }
    }
    return text.toString();
  }
}
