package dev.customers.core.forms;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.FormId;
import dev.customers.api.InvalidStateException;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.forms.DependantAnswers;
import dev.customers.api.forms.Form;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.FormKind;
import dev.customers.api.forms.FormService;
import dev.customers.api.forms.FormSpec;
import dev.customers.api.forms.Submission;
import dev.customers.api.forms.SubmissionReceipt;
import dev.customers.api.forms.SubmittedForm;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoredForm;
import dev.customers.api.spi.StoredSubmission;
import dev.customers.api.spi.StoredText;
import dev.customers.core.consent.ConsentWrites;
import dev.customers.core.family.FamilyWrites;
import dev.customers.core.fields.FieldWrites;
import dev.customers.core.internal.ConsentReads;
import dev.customers.core.internal.FieldReads;
import dev.customers.core.internal.FormAccessRules;
import dev.customers.core.internal.Lookups;
import dev.customers.core.internal.Texts;
import dev.customers.core.internal.Transactions;
import dev.customers.core.internal.Work;
import dev.customers.core.roster.RosterWrites;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Publishes forms and takes their submissions. A submission is checked whole before anything is
 * written and written in one transaction through the same paths as the roster, field, consent and
 * family services; its id is stored with a fingerprint of what was sent, so a retry finds the first
 * submission and writes nothing.
 */
final class DefaultFormService implements FormService {
  /** The most dependants one family sign-up adds. */
  static final int MAX_DEPENDANTS = 20;

  private final Transactions transactions;

  @Inject
  DefaultFormService(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Form publish(Caller caller, FormSpec spec) {
    requireNonNull(spec, "spec");
    return transactions.write(
        caller,
        work -> {
          FormAccessRules.requirePublish(work.permissions());
          StoreSession session = work.session();
          FormSpec checked =
              FormChecks.check(
                  spec,
                  fieldsByKey(session, work.organization().id()),
                  purposes(session, work.organization().id()).keySet());
          String definition = FormCodec.definition(checked);
          if (definition.length() > StoredText.FORM_DEFINITION) {
            throw ValidationException.of(
                "items",
                null,
                "the form is "
                    + definition.length()
                    + " characters as stored, more than "
                    + StoredText.FORM_DEFINITION
                    + ": shorten its texts");
          }
          List<StoredForm> versions =
              session.forms().versions(work.organization().id(), spec.key());
          int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
          StoredForm stored =
              new StoredForm(
                  FormId.of(work.newId()),
                  work.organization().id(),
                  spec.key(),
                  version,
                  definition,
                  work.now(),
                  work.caller().actor().describe());
          session.forms().insertForm(stored);
          return form(stored);
        });
  }

  @Override
  public Form form(Caller caller, FormId id) {
    requireNonNull(id, "id");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          FormAccessRules.requireRead(permissions);
          return form(stored(session, organization.id(), id));
        });
  }

  @Override
  public Form latest(Caller caller, String key) {
    requireNonNull(key, "key");
    Texts.requireKey("key", key);
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          FormAccessRules.requireRead(permissions);
          List<StoredForm> versions = session.forms().versions(organization.id(), key);
          if (versions.isEmpty()) {
            throw new NotFoundException("form", key);
          }
          return form(versions.get(versions.size() - 1));
        });
  }

  @Override
  public List<Form> forms(Caller caller) {
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          FormAccessRules.requireRead(permissions);
          return session.forms().latestForms(organization.id()).stream()
              .map(DefaultFormService::form)
              .toList();
        });
  }

  @Override
  public List<Form> versions(Caller caller, String key) {
    requireNonNull(key, "key");
    Texts.requireKey("key", key);
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          FormAccessRules.requireRead(permissions);
          return session.forms().versions(organization.id(), key).stream()
              .map(DefaultFormService::form)
              .toList();
        });
  }

  @Override
  public String jsonSchema(Caller caller, FormId id) {
    requireNonNull(id, "id");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          FormAccessRules.requireRead(permissions);
          Form form = form(stored(session, organization.id(), id));
          Map<String, FieldDefinition> fields = fieldsByKey(session, organization.id());
          Map<String, ConsentPurpose> purposes = purposes(session, organization.id());
          return FormSchema.of(form, fields, purposes).toPrettyString();
        });
  }

  @Override
  public SubmissionReceipt signUp(Caller caller, Submission submission) {
    requireNonNull(submission, "submission");
    return send(caller, null, submission);
  }

  @Override
  public SubmissionReceipt submit(Caller caller, CustomerId customer, Submission submission) {
    requireNonNull(customer, "customer");
    requireNonNull(submission, "submission");
    return send(caller, customer, submission);
  }

  @Override
  public List<SubmittedForm> submissions(Caller caller, CustomerId customer) {
    requireNonNull(customer, "customer");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          RosterEntry entry = Lookups.customer(session, organization.id(), customer);
          FormAccessRules.requireSubmissions(permissions, entry.person().id(), customer);
          Map<String, FieldDefinition> fields = fieldsByKey(session, organization.id());
          Map<FormId, Form> forms = new HashMap<>();
          List<SubmittedForm> out = new ArrayList<>();
          for (StoredSubmission s : session.forms().submissionsOf(organization.id(), customer)) {
            Form form =
                forms.computeIfAbsent(s.form(), id -> form(stored(session, organization.id(), id)));
            for (StoredSubmission.Answers answers : s.answers()) {
              if (!answers.customer().equals(customer)) {
                continue;
              }
              FormAnswers all = FormCodec.answers(answers.answers());
              Map<String, List<String>> visible = new LinkedHashMap<>();
              all.fields()
                  .forEach(
                      (key, values) -> {
                        FieldDefinition field = fields.get(key);
                        if (field != null
                            && FormAccessRules.maySee(permissions, field, entry.person().id())) {
                          visible.put(key, values);
                        }
                      });
              out.add(
                  new SubmittedForm(
                      s.submissionId(),
                      form.id(),
                      form.key(),
                      form.version(),
                      customer,
                      new FormAnswers(all.details(), visible, all.consents(), List.of()),
                      s.submittedAt(),
                      s.submittedBy()));
            }
          }
          return out;
        });
  }

  private SubmissionReceipt send(Caller caller, @Nullable CustomerId about, Submission submission) {
    List<FieldError> errors = new ArrayList<>();
    String id =
        Texts.line("submissionId", submission.submissionId(), 1, StoredText.SUBMISSION_ID, errors);
    Texts.check(errors);
    String fingerprint =
        FormCodec.fingerprint(
            submission.form().toString(),
            about == null ? "sign-up" : about.toString(),
            submission.answers());
    try {
      return transactions.write(caller, work -> send(work, about, id, fingerprint, submission));
    } catch (ConflictException | ValidationException e) {
      // Two sends of one submission at once: the one that lost either hit a unique index the
      // other's rows hold (a DUPLICATE conflict) or, reading after the other committed, found
      // the email taken by the customer the other created. Either way it finds what the other
      // stored and answers as a retry.
      if (e instanceof ConflictException conflict
          && conflict.reason() != ConflictException.Reason.DUPLICATE) {
        throw e;
      }
      Optional<StoredSubmission> first =
          transactions.read(
              caller,
              (organization, session, permissions) ->
                  session.forms().submission(organization.id(), id));
      if (first.isPresent() && first.get().fingerprint().equals(fingerprint)) {
        return receipt(first.get(), true);
      }
      throw e;
    }
  }

  private SubmissionReceipt send(
      Work work, @Nullable CustomerId about, String id, String fingerprint, Submission submission) {
    StoreSession session = work.session();
    Form form = form(stored(session, work.organization().id(), submission.form()));
    RosterEntry entry = null;
    if (form.kind().addsCustomers()) {
      if (about != null) {
        throw ValidationException.of(
            "form",
            form.key(),
            "is a " + form.kind() + " form, which adds customers: send it with signUp");
      }
      FormAccessRules.requireSignUp(work.permissions(), form.key());
    } else {
      if (about == null) {
        throw ValidationException.of(
            "form",
            form.key(),
            "is a "
                + form.kind()
                + " form, answered about an existing customer: send it with submit");
      }
      entry = Lookups.customer(session, work.organization().id(), about);
      FormAccessRules.requireSubmit(work.permissions(), entry.person().id(), about);
      if (entry.customer().isArchived()) {
        throw new InvalidStateException(
            "customer " + about + " is archived: unarchive them before they answer forms");
      }
    }
    Optional<StoredSubmission> earlier = session.forms().submission(work.organization().id(), id);
    if (earlier.isPresent()) {
      if (earlier.get().fingerprint().equals(fingerprint)) {
        return receipt(earlier.get(), true);
      }
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "submission id "
              + id
              + " was already used for other answers: send new answers under a new id",
          id);
    }
    List<FieldError> errors = new ArrayList<>();
    AnswerCheck check =
        new AnswerCheck(
            work,
            fieldsByKey(session, work.organization().id()),
            purposes(session, work.organization().id()).keySet(),
            errors);
    FormAnswers answers = submission.answers();
    AnswerCheck.Checked main = check.person("", form.spec().items(), answers, entry, null);
    List<AnswerCheck.Checked> dependants = new ArrayList<>();
    if (form.kind() == FormKind.FAMILY_SIGN_UP) {
      if (answers.dependants().isEmpty() || answers.dependants().size() > MAX_DEPENDANTS) {
        errors.add(
            new FieldError(
                "dependants",
                Integer.toString(answers.dependants().size()),
                "a family sign-up adds 1 to " + MAX_DEPENDANTS + " dependants"));
      }
      for (int i = 0; i < answers.dependants().size() && i < MAX_DEPENDANTS; i++) {
        DependantAnswers dependant = answers.dependants().get(i);
        String prefix = "dependants[" + i + "].";
        if (!dependant.answers().dependants().isEmpty()) {
          errors.add(
              new FieldError(
                  prefix + "dependants", null, "is not on this form: a dependant has none"));
        }
        dependants.add(
            check.person(
                prefix,
                form.spec().dependantItems(),
                dependant.answers(),
                null,
                dependant.relationship()));
      }
    } else if (!answers.dependants().isEmpty()) {
      errors.add(
          new FieldError(
              "dependants",
              Integer.toString(answers.dependants().size()),
              "is not on this form: only a family sign-up adds dependants"));
    }
    List<String> encoded = new ArrayList<>();
    encoded.add(encoded(main, "answers", errors));
    for (int i = 0; i < dependants.size(); i++) {
      encoded.add(encoded(dependants.get(i), "dependants[" + i + "]", errors));
    }
    Texts.check(errors);

    String source = source(form);
    List<StoredSubmission.Answers> stored = new ArrayList<>();
    List<CustomerId> added = new ArrayList<>();
    RosterEntry subject;
    if (form.kind().addsCustomers()) {
      subject = RosterWrites.add(work, main.details()).entry();
      apply(work, subject, main, source);
      for (AnswerCheck.Checked dependant : dependants) {
        CustomerProfile child = RosterWrites.add(work, dependant.details());
        FamilyWrites.link(
            work,
            subject.customer().id(),
            child.id(),
            requireNonNull(dependant.relationship(), "relationship"),
            form.spec().guardianPermissions());
        apply(work, child.entry(), dependant, source);
        added.add(child.id());
      }
    } else {
      subject = requireNonNull(entry, "entry");
      if (main.detailsAnswered()) {
        subject = RosterWrites.update(work, subject, main.details()).entry();
      }
      apply(work, subject, main, source);
    }
    stored.add(new StoredSubmission.Answers(subject.customer().id(), encoded.get(0)));
    for (int i = 0; i < added.size(); i++) {
      stored.add(new StoredSubmission.Answers(added.get(i), encoded.get(i + 1)));
    }
    String what = form.key() + " v" + form.version() + " (submission " + id + ")";
    for (StoredSubmission.Answers a : stored) {
      work.audit(a.customer(), "form.submitted", List.of(new FieldChange("form", null, what)));
    }
    StoredSubmission record =
        new StoredSubmission(
            work.organization().id(),
            id,
            form.id(),
            fingerprint,
            work.now(),
            work.caller().actor().describe(),
            stored);
    session.forms().insertSubmission(record);
    return receipt(record, false);
  }

  private static String encoded(AnswerCheck.Checked checked, String name, List<FieldError> errors) {
    String text = FormCodec.answers(checked.stored());
    if (text.length() > StoredText.FORM_ANSWERS) {
      errors.add(
          new FieldError(
              name,
              null,
              "the answers are "
                  + text.length()
                  + " characters as stored, more than "
                  + StoredText.FORM_ANSWERS));
    }
    return text;
  }

  /** Writes one person's field values and consents through the services' own paths. */
  private static void apply(
      Work work, RosterEntry entry, AnswerCheck.Checked checked, String source) {
    Map<dev.customers.api.FieldId, List<String>> before =
        FieldReads.storedValues(work.session(), work.organization().id(), entry);
    List<FieldWrites.Write> writes = new ArrayList<>();
    for (AnswerCheck.FieldAnswer answer : checked.fields()) {
      List<String> old = before.getOrDefault(answer.field().id(), List.of());
      if (!old.equals(answer.values())) {
        writes.add(new FieldWrites.Write(answer.field(), old, answer.values()));
      }
    }
    FieldWrites.apply(work, entry, writes);
    checked
        .consents()
        .forEach(
            (purpose, granted) ->
                ConsentWrites.record(
                    work,
                    entry.customer().id(),
                    purpose,
                    granted ? ConsentStatus.GRANTED : ConsentStatus.REVOKED,
                    source));
  }

  /** Where a form's consents came from, within the consent source's 50 characters. */
  private static String source(Form form) {
    String source = "form:" + form.key();
    return source.length() <= StoredText.SOURCE ? source : source.substring(0, StoredText.SOURCE);
  }

  private static SubmissionReceipt receipt(StoredSubmission s, boolean repeated) {
    List<CustomerId> customers =
        s.answers().stream().map(StoredSubmission.Answers::customer).toList();
    return new SubmissionReceipt(
        s.submissionId(),
        s.form(),
        customers.get(0),
        customers.subList(1, customers.size()),
        s.submittedAt(),
        repeated);
  }

  private static StoredForm stored(StoreSession session, OrganizationId organization, FormId id) {
    return session
        .forms()
        .form(organization, id)
        .orElseThrow(() -> new NotFoundException("form", id));
  }

  private static Form form(StoredForm stored) {
    return new Form(
        stored.id(),
        stored.organizationId(),
        stored.version(),
        FormCodec.spec(stored.definition()),
        stored.publishedAt(),
        stored.publishedBy());
  }

  private static Map<String, FieldDefinition> fieldsByKey(
      StoreSession session, OrganizationId organization) {
    Map<String, FieldDefinition> byKey = new HashMap<>();
    session.fields().definitions(organization).forEach(d -> byKey.put(d.key(), d));
    return byKey;
  }

  private static Map<String, ConsentPurpose> purposes(
      StoreSession session, OrganizationId organization) {
    return ConsentReads.purposes(session, organization).stream()
        .collect(Collectors.toMap(ConsentPurpose::key, p -> p, (a, b) -> a, LinkedHashMap::new));
  }
}
