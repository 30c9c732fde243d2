package dev.customers.core.imports;

import dev.customers.api.CustomerId;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.TagStore;
import dev.customers.api.tags.Tag;
import dev.customers.core.consent.ConsentWrites;
import dev.customers.core.fields.FieldWrites;
import dev.customers.core.internal.Work;
import dev.customers.core.roster.RosterWrites;
import dev.customers.core.tags.TagWrites;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a batch's decisions through the same code as the services (so every change has its audit
 * entry and event): new customers through the roster's bulk path, then fields, tags, consent and
 * external ids.
 */
final class BatchWriter {
  /** Where consent recorded by an import says it came from. */
  static final String CONSENT_SOURCE = "import";

  private BatchWriter() {}

  /** Writes the decisions and returns the batch's counts. */
  static ImportCounts write(Work work, List<Decision> decisions) {
    work.bufferWrites();
    List<Decision> creates = new ArrayList<>();
    List<CustomerDetails> details = new ArrayList<>();
    long updated = 0;
    long unchanged = 0;
    long failed = 0;
    for (Decision decision : decisions) {
      switch (decision.outcome()) {
        case CREATE -> {
          creates.add(decision);
          details.add(java.util.Objects.requireNonNull(decision.details()));
        }
        case UPDATE -> updated++;
        case UNCHANGED -> unchanged++;
        case FAIL -> failed++;
      }
    }
    List<RosterEntry> added = details.isEmpty() ? List.of() : RosterWrites.addAll(work, details);
    Extras extras = new Extras();
    for (int i = 0; i < creates.size(); i++) {
      extras.add(work, added.get(i), creates.get(i));
    }
    for (Decision decision : decisions) {
      if (decision.outcome() != Decision.Outcome.UPDATE) {
        continue;
      }
      RosterEntry entry = java.util.Objects.requireNonNull(decision.match());
      CustomerDetails changed = decision.details();
      if (changed != null) {
        RosterWrites.update(work, entry, changed);
      }
      extras.add(work, entry, decision);
    }
    extras.write(work);
    return new ImportCounts(decisions.size(), creates.size(), updated, unchanged, failed);
  }

  /** What rows add beside their details, gathered so that each kind is written in bulk. */
  private static final class Extras {
    private final Map<RosterEntry, List<FieldWrites.Write>> fields = new LinkedHashMap<>();
    private final Map<CustomerId, String> externalIds = new LinkedHashMap<>();
    private final Map<String, Set<CustomerId>> tagged = new LinkedHashMap<>();
    private final Map<String, String> tagNames = new LinkedHashMap<>();

    void add(Work work, RosterEntry entry, Decision decision) {
      if (!decision.fields().isEmpty()) {
        fields.put(entry, decision.fields());
      }
      for (Map.Entry<String, ConsentStatus> consent : decision.consents().entrySet()) {
        ConsentWrites.record(
            work, entry.id(), consent.getKey(), consent.getValue(), CONSENT_SOURCE);
      }
      String externalId = decision.externalId();
      if (externalId != null) {
        externalIds.put(entry.id(), externalId);
      }
      for (String name : decision.tags()) {
        String key = TagStore.nameKey(name);
        tagNames.putIfAbsent(key, name);
        tagged.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entry.id());
      }
    }

    void write(Work work) {
      FieldWrites.applyAll(work, fields);
      if (!externalIds.isEmpty()) {
        work.session().imports().putExternalIds(work.organization().id(), externalIds);
      }
      if (!tagged.isEmpty()) {
        Map<String, Tag> tags = TagWrites.ensure(work, tagNames.values());
        tagged.forEach(
            (key, customers) ->
                TagWrites.change(
                    work, java.util.Objects.requireNonNull(tags.get(key)), customers, true));
      }
    }
  }
}
