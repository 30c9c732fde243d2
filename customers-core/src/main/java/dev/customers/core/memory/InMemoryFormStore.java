package dev.customers.core.memory;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FormId;
import dev.customers.api.OrganizationId;
import dev.customers.api.spi.FormStore;
import dev.customers.api.spi.StoredForm;
import dev.customers.api.spi.StoredSubmission;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Form versions and submissions in memory. */
final class InMemoryFormStore implements FormStore {
  private static final Comparator<StoredSubmission> NEWEST_FIRST =
      Comparator.comparing(StoredSubmission::submittedAt)
          .reversed()
          .thenComparing(StoredSubmission::submissionId);

  private final FormTables tables;
  private final Changes changes;

  InMemoryFormStore(FormTables tables, Changes changes) {
    this.tables = tables;
    this.changes = changes;
  }

  @Override
  public void insertForm(StoredForm form) {
    Map<Integer, StoredForm> versions =
        Maps.peek(tables.formsByKey, form.organizationId()).get(form.key());
    if (versions != null && versions.containsKey(form.version())) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "form " + form.key() + " already has version " + form.version(),
          versions.get(form.version()).id().toString());
    }
    Map<String, Map<Integer, StoredForm>> byKey =
        Maps.inner(tables.formsByKey, form.organizationId());
    Map<Integer, StoredForm> into = versions;
    if (into == null) {
      into = new TreeMap<>();
      changes.put(byKey, form.key(), into);
    }
    changes.put(into, form.version(), form);
    changes.put(Maps.inner(tables.formsById, form.organizationId()), form.id(), form);
  }

  @Override
  public Optional<StoredForm> form(OrganizationId organizationId, FormId id) {
    return Optional.ofNullable(Maps.peek(tables.formsById, organizationId).get(id));
  }

  @Override
  public List<StoredForm> versions(OrganizationId organizationId, String key) {
    Map<Integer, StoredForm> versions = Maps.peek(tables.formsByKey, organizationId).get(key);
    return versions == null ? List.of() : List.copyOf(versions.values());
  }

  @Override
  public List<StoredForm> latestForms(OrganizationId organizationId) {
    return Maps.peek(tables.formsByKey, organizationId).values().stream()
        .filter(versions -> !versions.isEmpty())
        .map(versions -> ((TreeMap<Integer, StoredForm>) versions).lastEntry().getValue())
        .sorted(Comparator.comparing(StoredForm::key))
        .toList();
  }

  @Override
  public void insertSubmission(StoredSubmission submission) {
    StoredSubmission earlier =
        Maps.peek(tables.submissions, submission.organizationId()).get(submission.submissionId());
    if (earlier != null) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "submission " + submission.submissionId() + " is already stored",
          submission.submissionId());
    }
    changes.put(
        Maps.inner(tables.submissions, submission.organizationId()),
        submission.submissionId(),
        submission);
    for (StoredSubmission.Answers answers : submission.answers()) {
      changes.put(
          Maps.inner(
              Maps.inner(tables.byCustomer, submission.organizationId()), answers.customer()),
          submission.submissionId(),
          submission);
    }
  }

  @Override
  public Optional<StoredSubmission> submission(OrganizationId organizationId, String submissionId) {
    return Optional.ofNullable(Maps.peek(tables.submissions, organizationId).get(submissionId));
  }

  @Override
  public List<StoredSubmission> submissionsOf(OrganizationId organizationId, CustomerId customer) {
    return Maps.peek(tables.byCustomer, organizationId)
        .getOrDefault(customer, Map.of())
        .values()
        .stream()
        .sorted(NEWEST_FIRST)
        .map(s -> only(s, customer))
        .toList();
  }

  private static StoredSubmission only(StoredSubmission s, CustomerId customer) {
    return new StoredSubmission(
        s.organizationId(),
        s.submissionId(),
        s.form(),
        s.fingerprint(),
        s.submittedAt(),
        s.submittedBy(),
        s.answers().stream().filter(a -> a.customer().equals(customer)).toList());
  }
}
