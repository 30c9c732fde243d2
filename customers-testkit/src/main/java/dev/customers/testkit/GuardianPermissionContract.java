package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.CustomersException;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.family.Family;
import dev.customers.api.family.GuardianLink;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.Relationship;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.forms.Form;
import dev.customers.api.forms.FormAnswers;
import dev.customers.api.forms.FormItem;
import dev.customers.api.forms.FormKind;
import dev.customers.api.forms.FormService;
import dev.customers.api.forms.FormSpec;
import dev.customers.api.forms.Submission;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.SearchQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * Guardian permissions as a property: random families (links only from an earlier member to a later
 * one, so no cycles), random permission sets per link, some links removed again, and random
 * guardian callers, linked or not, acting for random members. Every call of every service that
 * takes a customer is checked against the rule: a guardian may do exactly what their link to that
 * customer allows (view: read the profile, the fields and notes shown to customers, consent and
 * their own link, and the form answers they may see; edit: change details, fields customers may
 * edit, consent, and submit forms, and view), nothing for anyone else, and nothing staff-only ever
 * appears in what they read.
 */
public abstract class GuardianPermissionContract extends ServiceContractSupport {
  private static final int MEMBERS = 5;
  private static final int ROUNDS = 3;
  private static final int RANDOM_CALLERS = 3;
  private static final String SECRET = "staff-secret";

  private @org.jspecify.annotations.Nullable Form intake;
  private int submissions;

  /** One guardian link the model holds, by member index. */
  private record Edge(int guardian, int dependant, Set<GuardianPermission> permissions) {}

  @Test
  void guardian_mayDoExactlyWhatTheLinkAllows_forTheirOwnDependant() {
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("shoe_size", "Shoe size", FieldType.TEXT)
                .withAccess(FieldAccess.customerEditable()));
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("allergy", "Allergy", FieldType.TEXT)
                .withAccess(FieldAccess.customerVisible()));
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("medical", "Medical", FieldType.TEXT).withAccess(FieldAccess.staffOnly()));
    FieldDefinition tShirt =
        fields()
            .define(
                sdk().admin(),
                FieldSpec.of("t_shirt", "T-shirt", FieldType.TEXT)
                    .withAccess(FieldAccess.customerEditable()));
    intake =
        sdk()
            .sdk()
            .forms()
            .publish(
                sdk().admin(),
                FormSpec.of(
                    "intake",
                    "Intake",
                    FormKind.INTAKE,
                    List.of(FormItem.field("shoe_size", false), FormItem.field("t_shirt", false))));
    // Made staff-only after the form was published: its stored answers must stay hidden.
    fields()
        .update(
            sdk().admin(),
            tShirt.id(),
            tShirt.version(),
            tShirt.spec().withAccess(FieldAccess.staffOnly()));
    for (int round = 0; round < ROUNDS; round++) {
      checkRound(round);
    }
  }

  private void checkRound(int round) {
    List<CustomerProfile> members = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      CustomerProfile member =
          sdk().roster().add(sdk().staff(), CustomerDetails.of("Member" + i, "Round" + round));
      fields()
          .setValues(
              sdk().staff(),
              member.id(),
              FieldValues.of("shoe_size", "3" + i).and("allergy", "nuts").and("medical", SECRET));
      sdk().sdk().notes().add(sdk().staff(), member.id(), NoteDraft.of(SECRET));
      sdk()
          .sdk()
          .notes()
          .add(
              sdk().staff(),
              member.id(),
              NoteDraft.of("shared note " + i).visibleTo(NoteVisibility.CUSTOMER));
      sdk()
          .sdk()
          .forms()
          .submit(
              sdk().staff(),
              member.id(),
              new Submission(
                  "staff-" + round + "-" + i,
                  java.util.Objects.requireNonNull(intake).id(),
                  FormAnswers.none().withField("shoe_size", "3" + i).withField("t_shirt", SECRET)));
      members.add(member);
    }
    Map<String, Edge> edges = new HashMap<>();
    for (Edge edge : edges().list().ofMinSize(1).ofMaxSize(7).sample()) {
      String key = edge.guardian() + ">" + edge.dependant();
      if (edges.containsKey(key)) {
        continue;
      }
      sdk()
          .sdk()
          .family()
          .link(
              sdk().staff(),
              members.get(edge.guardian()).id(),
              members.get(edge.dependant()).id(),
              Relationship.PARENT,
              edge.permissions());
      edges.put(key, edge);
    }
    List<Edge> removed = new ArrayList<>();
    for (String key : Arbitraries.of(List.copyOf(edges.keySet())).list().ofMaxSize(2).sample()) {
      Edge edge = edges.remove(key);
      if (edge != null) {
        removed.add(edge);
        sdk()
            .sdk()
            .family()
            .unlink(
                sdk().staff(),
                members.get(edge.guardian()).id(),
                members.get(edge.dependant()).id());
      }
    }
    // Every live link acts on its own dependant and on someone else; removed links, reversed
    // links and random pairs act too.
    Arbitrary<Integer> index = Arbitraries.integers().between(0, MEMBERS - 1);
    List<int[]> callers = new ArrayList<>();
    for (Edge edge : edges.values()) {
      callers.add(new int[] {edge.guardian(), edge.dependant(), edge.dependant()});
      callers.add(new int[] {edge.guardian(), edge.dependant(), index.sample()});
      callers.add(new int[] {edge.dependant(), edge.guardian(), edge.guardian()});
    }
    for (Edge edge : removed) {
      callers.add(new int[] {edge.guardian(), edge.dependant(), edge.dependant()});
    }
    for (int c = 0; c < RANDOM_CALLERS; c++) {
      callers.add(new int[] {index.sample(), index.sample(), index.sample()});
    }
    for (int[] call : callers) {
      int g = call[0];
      int d = call[1];
      int target = call[2];
      if (g == d) {
        continue;
      }
      Edge edge = edges.get(g + ">" + d);
      Set<GuardianPermission> granted = edge == null ? Set.of() : edge.permissions();
      Caller caller =
          Caller.of(
              sdk().organization().id(),
              Actor.guardian(members.get(g).person().id(), members.get(d).person().id()));
      String scene =
          "guardian " + g + " acting for " + d + " on " + target + ", links " + edges.values();
      checkCalls(caller, members, g, target == d ? granted : Set.of(), edge != null, target, scene);
    }
  }

  private void checkCalls(
      Caller caller,
      List<CustomerProfile> members,
      int g,
      Set<GuardianPermission> onTarget,
      boolean linked,
      int target,
      String scene) {
    CustomerProfile customer = members.get(target);
    boolean edit = onTarget.contains(GuardianPermission.EDIT_PROFILE);
    boolean view = edit || onTarget.contains(GuardianPermission.VIEW_PROFILE);

    expect(view, scene + ": profile", () -> sdk().roster().profile(caller, customer.id()));
    expect(view, scene + ": profile view", () -> sdk().sdk().profiles().view(caller, customer.id()))
        .ifPresent(
            v -> {
              assertThat(v.fields())
                  .as(scene)
                  .extracting(FieldValue::key)
                  .containsExactlyInAnyOrder("shoe_size", "allergy");
              assertThat(v.toString()).as(scene).doesNotContain(SECRET);
              assertThat(v.tags()).as(scene).isEmpty();
              assertThat(v.metrics()).as(scene).isEmpty();
            });
    expect(view, scene + ": field values", () -> fields().values(caller, customer.id()))
        .ifPresent(
            values ->
                assertThat(values)
                    .as(scene)
                    .extracting(FieldValue::key)
                    .containsExactlyInAnyOrder("shoe_size", "allergy"));
    expect(
            view,
            scene + ": notes",
            () -> sdk().sdk().notes().list(caller, customer.id(), PageRequest.first(50)).items())
        .ifPresent(
            notes ->
                assertThat(notes)
                    .as(scene)
                    .extracting(n -> n.text())
                    .containsExactly("shared note " + target));
    expect(view, scene + ": consent", () -> sdk().sdk().consent().current(caller, customer.id()));
    expect(view, scene + ": form submissions", () -> forms().submissions(caller, customer.id()))
        .ifPresent(
            submitted -> {
              assertThat(submitted).as(scene).isNotEmpty();
              assertThat(submitted.toString()).as(scene).doesNotContain(SECRET);
              assertThat(submitted)
                  .as(scene)
                  .allSatisfy(s -> assertThat(s.answers().fields()).containsOnlyKeys("shoe_size"));
            });
    expect(linked, scene + ": forms", () -> forms().forms(caller));
    expect(view, scene + ": family", () -> sdk().sdk().family().family(caller, customer.id()))
        .ifPresent(
            family -> {
              assertThat(family.links())
                  .as(scene)
                  .extracting(GuardianLink::guardian)
                  .containsOnly(members.get(g).person().id());
              assertThat(family.members()).as(scene).hasSize(2);
              assertThat(family).as(scene).extracting(Family::member).isEqualTo(customer.id());
            });
    expect(
        edit,
        scene + ": set an editable field",
        () -> fields().setValues(caller, customer.id(), FieldValues.of("shoe_size", "40")));
    expect(
        edit,
        scene + ": record consent",
        () ->
            sdk()
                .sdk()
                .consent()
                .record(caller, customer.id(), "marketing_sms", ConsentStatus.GRANTED, "app"));
    expect(
        edit,
        scene + ": update details",
        () ->
            sdk()
                .roster()
                .update(
                    caller,
                    customer.id(),
                    sdk().roster().profile(sdk().staff(), customer.id()).version(),
                    CustomerDetails.of("Renamed" + target, "Round")));
    expect(
        edit,
        scene + ": submit an intake",
        () ->
            forms()
                .submit(
                    caller,
                    customer.id(),
                    new Submission(
                        "guardian-" + ++submissions,
                        java.util.Objects.requireNonNull(intake).id(),
                        FormAnswers.none().withField("shoe_size", "41"))));
    assertThatThrownBy(
            () -> fields().setValues(caller, customer.id(), FieldValues.of("medical", "x")))
        .as(scene + ": a staff-only field")
        .isInstanceOf(CustomersException.class);
    assertThat(fields().values(sdk().staff(), customer.id()))
        .as(scene)
        .filteredOn(v -> v.key().equals("medical"))
        .extracting(FieldValue::text)
        .containsExactly(SECRET);
    expect(false, scene + ": list", () -> sdk().roster().list(caller, CustomerQuery.active()));
    expect(
        false, scene + ": search", () -> sdk().roster().search(caller, SearchQuery.of("Member")));
    expect(
        false,
        scene + ": audit",
        () -> sdk().sdk().audit().forCustomer(caller, customer.id(), PageRequest.first(10)));
    expect(
        false,
        scene + ": link",
        () ->
            sdk()
                .sdk()
                .family()
                .link(caller, members.get(g).id(), customer.id(), Relationship.OTHER, Set.of()));
    expect(linked, scene + ": field definitions", () -> fields().definitions(caller, false))
        .ifPresent(
            definitions ->
                assertThat(definitions)
                    .as(scene)
                    .extracting(dev.customers.api.fields.FieldDefinition::key)
                    .isSubsetOf("shoe_size", "allergy"));
  }

  private FormService forms() {
    return sdk().sdk().forms();
  }

  /** Runs the call; when it may not succeed, it must be refused, and nothing else. */
  private static <T> java.util.Optional<T> expect(boolean allowed, String what, Supplier<T> call) {
    if (allowed) {
      return java.util.Optional.of(call.get());
    }
    assertThatThrownBy(call::get).as(what).isInstanceOf(PermissionDeniedException.class);
    return java.util.Optional.empty();
  }

  private static Arbitrary<Edge> edges() {
    Arbitrary<Integer> first = Arbitraries.integers().between(0, MEMBERS - 2);
    return first.flatMap(
        g ->
            Arbitraries.integers()
                .between(g + 1, MEMBERS - 1)
                .flatMap(
                    d ->
                        Arbitraries.of(GuardianPermission.class)
                            .set()
                            .ofMaxSize(GuardianPermission.values().length)
                            .map(
                                p ->
                                    new Edge(
                                        g,
                                        d,
                                        p.isEmpty()
                                            ? EnumSet.noneOf(GuardianPermission.class)
                                            : EnumSet.copyOf(p)))));
  }
}
