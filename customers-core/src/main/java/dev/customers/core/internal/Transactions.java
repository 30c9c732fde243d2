package dev.customers.core.internal;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Caller;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.event.DomainEvent;
import dev.customers.api.org.Organization;
import dev.customers.api.spi.IdSource;
import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoreSession;
import dev.customers.core.CustomersClock;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs a service call as one storage transaction in the caller's organization, and delivers the
 * call's events once it has committed.
 */
@Singleton
public final class Transactions {
  private final Storage storage;
  private final EventDispatcher dispatcher;
  private final EventCodec codec;
  private final Clock clock;
  private final IdSource ids;
  private final AccessPolicy policy;
  // Organizations never change or disappear once created, so every instance may keep what it has
  // read.
  private final Map<OrganizationId, Organization> organizations = new ConcurrentHashMap<>();

  @Inject
  public Transactions(
      Storage storage,
      EventDispatcher dispatcher,
      EventCodec codec,
      @CustomersClock Clock clock,
      IdSource ids,
      AccessPolicy policy) {
    this.storage = storage;
    this.dispatcher = dispatcher;
    this.codec = codec;
    this.clock = clock;
    this.ids = ids;
    this.policy = policy;
  }

  /** A read-write call; fails with not-found when the caller's organization does not exist. */
  public <T> T write(Caller caller, Function<Work, T> body) {
    requireNonNull(caller, "caller");
    Texts.caller(caller);
    List<DomainEvent> published = new ArrayList<>();
    T result =
        storage.inTransaction(
            session -> {
              published.clear();
              Work work =
                  new Work(
                      caller,
                      organization(session, caller),
                      session,
                      policy.bind(caller, session),
                      now(),
                      ids,
                      codec,
                      published);
              T value = body.apply(work);
              work.flush();
              return value;
            });
    // After the commit: at once for the storage's own transactions, after the host's commit when
    // the call joined one (and never if that rolls back).
    List<DomainEvent> events = List.copyOf(published);
    storage.whenCommitted(() -> dispatcher.deliver(events));
    return result;
  }

  /**
   * A read-write call with no result; fails with not-found when the organization does not exist.
   */
  public void run(Caller caller, java.util.function.Consumer<Work> body) {
    write(
        caller,
        work -> {
          body.accept(work);
          return Boolean.TRUE;
        });
  }

  /** A read-only call in the caller's organization. */
  public <T> T read(Caller caller, ReadBody<T> body) {
    requireNonNull(caller, "caller");
    Texts.caller(caller);
    return storage.read(
        session ->
            body.apply(organization(session, caller), session, policy.bind(caller, session)));
  }

  /**
   * The body of a read: the caller's organization, the stores, and the caller's permissions in this
   * read.
   */
  @FunctionalInterface
  public interface ReadBody<T> {
    T apply(Organization organization, StoreSession session, Permissions permissions);
  }

  /**
   * The instant a call runs at, cut to microseconds, which every supported database keeps exactly.
   */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** A new id, as a call's work would make one. */
  public java.util.UUID newId() {
    return ids.next();
  }

  public Storage storage() {
    return storage;
  }

  private Organization organization(StoreSession session, Caller caller) {
    Organization known = organizations.get(caller.organizationId());
    if (known != null) {
      return known;
    }
    Organization found =
        session
            .organizations()
            .find(caller.organizationId())
            .orElseThrow(() -> new NotFoundException("organization", caller.organizationId()));
    organizations.put(found.id(), found);
    return found;
  }
}
