package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldType;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.StoredFieldValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.FieldStore}: definitions and values. An adapter's
 * test extends it (or nests it) and says how to make its storage in {@link #storageUnderTest()}.
 */
public abstract class FieldStoreContract extends StoreContractSupport {
  @Test
  void fields_insert_thenDefinitions_roundTripEveryAttribute_inPositionOrder() {
    FieldDefinition second =
        field(orgA, "shoe_size", FieldType.NUMBER, FieldScope.PERSON, 2, List.of());
    FieldDefinition first =
        field(
            orgA,
            "styles",
            FieldType.MULTIPLE_CHOICE,
            FieldScope.ROSTER,
            1,
            List.of("Yoga", "Pilates, mat"));
    field(orgB, "other", FieldType.TEXT, FieldScope.ROSTER, 0, List.of());
    assertThat(list(s -> s.fields().definitions(orgA.id()))).containsExactly(first, second);
  }

  @Test
  void fields_insert_usedKey_isDuplicateNamingTheHolder() {
    FieldDefinition held = field(orgA, "waiver", FieldType.DATE, FieldScope.ROSTER, 0, List.of());
    field(
        orgB,
        "waiver",
        FieldType.DATE,
        FieldScope.ROSTER,
        0,
        List.of()); // another organization may use it
    assertThatThrownBy(() -> field(orgA, "waiver", FieldType.TEXT, FieldScope.ROSTER, 1, List.of()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE);
              assertThat(e.existingId()).contains(held.id().toString());
            });
  }

  @Test
  void fields_update_replacesAtExpectedVersion_andRefusesAStaleOne() {
    FieldDefinition stored =
        field(orgA, "level", FieldType.SINGLE_CHOICE, FieldScope.ROSTER, 0, List.of("A", "B"));
    FieldDefinition changed =
        stored
            .withSpec(stored.spec().withLabel("Level").withChoices(List.of("A", "B", "C")), later())
            .withArchived(true, later());
    run(s -> s.fields().update(changed, stored.version()));
    assertThat(list(s -> s.fields().definitions(orgA.id()))).containsExactly(changed);
    assertThatThrownBy(
            () -> run(s -> s.fields().update(stored.withPosition(5, later()), stored.version())))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    assertThat(list(s -> s.fields().definitions(orgA.id()))).containsExactly(changed);
  }

  @Test
  void fields_put_values_roundTrip_replace_andRemove() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    FieldDefinition styles =
        field(
            orgA,
            "styles",
            FieldType.MULTIPLE_CHOICE,
            FieldScope.ROSTER,
            0,
            List.of("Yoga", "Barre", "Pilates"));
    FieldDefinition size = field(orgA, "size", FieldType.DECIMAL, FieldScope.PERSON, 1, List.of());
    String longText = "x".repeat(3000);
    FieldDefinition bio = field(orgA, "bio", FieldType.TEXTAREA, FieldScope.PERSON, 2, List.of());
    UUID customer = ada.id().value();
    UUID person = ada.person().id().value();
    put(orgA, styles, customer, "Pilates", "Yoga");
    put(orgA, size, person, "38.5");
    put(orgA, bio, person, longText);
    assertThat(valuesOf(orgA, customer, person))
        .containsExactlyInAnyOrder(
            new StoredFieldValue(styles.id(), styles.type(), customer, List.of("Pilates", "Yoga")),
            new StoredFieldValue(size.id(), size.type(), person, List.of("38.5")),
            new StoredFieldValue(bio.id(), bio.type(), person, List.of(longText)));
    assertThat(valuesOf(orgA, customer)).hasSize(1);
    assertThat(valuesOf(orgB, customer, person)).isEmpty();

    put(orgA, styles, customer, "Barre");
    run(s -> s.fields().remove(orgA.id(), size.id(), person));
    run(s -> s.fields().remove(orgA.id(), size.id(), person)); // nothing left: nothing happens
    assertThat(valuesOf(orgA, customer, person))
        .containsExactlyInAnyOrder(
            new StoredFieldValue(styles.id(), styles.type(), customer, List.of("Barre")),
            new StoredFieldValue(bio.id(), bio.type(), person, List.of(longText)));
    assertThat(valuesOf(orgA)).isEmpty();
  }

  @Test
  void fields_anyHolds_findsAChoiceOrText_inItsOwnFieldOnly() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    FieldDefinition styles =
        field(
            orgA,
            "styles",
            FieldType.MULTIPLE_CHOICE,
            FieldScope.ROSTER,
            0,
            List.of("Yoga", "Barre"));
    FieldDefinition notes =
        field(orgA, "notes", FieldType.TEXTAREA, FieldScope.ROSTER, 1, List.of());
    String longText = "y".repeat(400);
    put(orgA, styles, ada.id().value(), "Barre");
    put(orgA, notes, ada.id().value(), longText);
    assertThat(this.<Boolean>tx(s -> s.fields().anyHolds(orgA.id(), styles.id(), "Barre")))
        .isTrue();
    assertThat(this.<Boolean>tx(s -> s.fields().anyHolds(orgA.id(), styles.id(), "Yoga")))
        .isFalse();
    assertThat(this.<Boolean>tx(s -> s.fields().anyHolds(orgA.id(), notes.id(), longText)))
        .isTrue();
    assertThat(this.<Boolean>tx(s -> s.fields().anyHolds(orgA.id(), notes.id(), "Barre")))
        .isFalse();
    assertThat(this.<Boolean>tx(s -> s.fields().anyHolds(orgB.id(), styles.id(), "Barre")))
        .isFalse();
  }
}
