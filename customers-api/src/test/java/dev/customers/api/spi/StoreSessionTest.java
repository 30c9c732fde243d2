package dev.customers.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.StorageException;
import org.junit.jupiter.api.Test;

class StoreSessionTest {

  /** The roster's stores only, as an adapter written before profile data would be. */
  private static class RosterOnly implements StoreSession {
    @Override
    public OrganizationStore organizations() {
      throw new UnsupportedOperationException("not used here");
    }

    @Override
    public PersonStore persons() {
      throw new UnsupportedOperationException("not used here");
    }

    @Override
    public CustomerStore customers() {
      throw new UnsupportedOperationException("not used here");
    }

    @Override
    public AuditStore audit() {
      throw new UnsupportedOperationException("not used here");
    }

    @Override
    public EventOutbox outbox() {
      throw new UnsupportedOperationException("not used here");
    }
  }

  /** The roster plus tags. */
  private static final class WithTags extends RosterOnly {
    @Override
    public TagStore tags() {
      throw new UnsupportedOperationException("not used here");
    }
  }

  @Test
  void defaultAccessors_sayWhichStoreTheAdapterDoesNotProvide() {
    StoreSession session = new RosterOnly();
    assertThatThrownBy(session::tags)
        .isInstanceOf(StorageException.class)
        .isInstanceOfSatisfying(
            StoreNotProvidedException.class, e -> assertThat(e.store()).isEqualTo("TagStore"))
        .hasMessageContaining(RosterOnly.class.getName())
        .hasMessageContaining("does not provide the TagStore, so tags cannot be used")
        .hasMessageContaining("StoreSession.tags()");
    assertThatThrownBy(session::fields).hasMessageContaining("does not provide the FieldStore");
    assertThatThrownBy(session::notes).hasMessageContaining("does not provide the NoteStore");
    assertThatThrownBy(session::metrics).hasMessageContaining("does not provide the MetricStore");
    assertThatThrownBy(session::consent).hasMessageContaining("does not provide the ConsentStore");
  }

  @Test
  void provides_isTrueExactlyForTheAccessorsTheAdapterOverrides() {
    assertThat(new RosterOnly().provides("customers")).isTrue();
    assertThat(new RosterOnly().provides("tags")).isFalse();
    assertThat(new RosterOnly().provides("fields")).isFalse();
    assertThat(new WithTags().provides("tags")).isTrue();
    assertThat(new WithTags().provides("fields")).isFalse();
    assertThat(new WithTags().provides("noSuchStore")).isFalse();
  }
}
