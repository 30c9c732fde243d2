package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.InvalidStateException;
import dev.customers.api.accounts.AccountInvite;
import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.roster.CustomerProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.jspecify.annotations.Nullable;

/**
 * The invite life cycle as a state machine: invite, resend, revoke, the clock moving past an
 * expiry, claims with any token ever issued or with junk, and two claims of one token at once, in
 * any order. A model says which single token works (if any) and until when; after every step the
 * service's claim status is the model's, and a token works exactly once, and never after it was
 * replaced, revoked or expired.
 */
class InviteLifecyclePropertyTest {
  private static final String PASSWORD = "the right horse staple";

  private final List<TestCustomers> opened = new ArrayList<>();

  /** The SDK under test and what the model expects of it. */
  static final class Model {
    final TestCustomers t;
    final CustomerProfile ada;
    final List<String> issued = new ArrayList<>();
    @Nullable String working;
    @Nullable Instant expires;
    boolean claimed;

    Model(TestCustomers t) {
      this.t = t;
      this.ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    }

    ClaimStatus expected() {
      if (claimed) {
        return ClaimStatus.CLAIMED;
      }
      if (working == null) {
        return ClaimStatus.NOT_INVITED;
      }
      return t.clock().instant().isBefore(expires) ? ClaimStatus.INVITED : ClaimStatus.EXPIRED;
    }

    void issued(AccountInvite invite) {
      working = t.notifier().lastToken();
      expires = invite.expiresAt();
      issued.add(working);
    }

    /** Whether a claim with this token must succeed now. */
    boolean works(String token) {
      return !claimed && token.equals(working) && expected() == ClaimStatus.INVITED;
    }
  }

  @AfterTry
  void close() {
    opened.forEach(TestCustomers::close);
    opened.clear();
  }

  @Property(tries = 60)
  void aTokenWorksExactlyOnce_andNeverAfterItWasReplacedRevokedOrExpired(
      @ForAll("lifecycles") ActionChain<Model> chain) {
    chain
        .withInvariant(
            "the claim status is the model's",
            m ->
                assertThat(m.t.sdk().accounts().status(m.t.staff(), m.ada.id()))
                    .isEqualTo(m.expected()))
        .run();
  }

  @Provide
  Arbitrary<ActionChain<Model>> lifecycles() {
    return ActionChain.<Model>startWith(
            () -> {
              TestCustomers t = TestCustomers.inMemory();
              opened.add(t);
              return new Model(t);
            })
        .withAction(3, Action.just("invite", Transformer.mutate("invite", this::invite)))
        .withAction(2, Action.just("resend", Transformer.mutate("resend", this::resend)))
        .withAction(1, Action.just("revoke", Transformer.mutate("revoke", this::revoke)))
        .withAction(2, new Advance())
        .withAction(3, new Claim())
        .withAction(1, new ClaimTwiceAtOnce())
        .withMaxTransformations(25);
  }

  private void invite(Model m) {
    ClaimStatus before = m.expected();
    if (before == ClaimStatus.CLAIMED) {
      assertThatThrownBy(() -> m.t.sdk().accounts().invite(m.t.staff(), m.ada.id()))
          .isInstanceOf(InvalidStateException.class);
    } else if (before == ClaimStatus.INVITED) {
      assertThatThrownBy(() -> m.t.sdk().accounts().invite(m.t.staff(), m.ada.id()))
          .isInstanceOf(ConflictException.class);
    } else {
      m.issued(m.t.sdk().accounts().invite(m.t.staff(), m.ada.id()));
    }
  }

  private void resend(Model m) {
    if (m.claimed) {
      assertThatThrownBy(() -> m.t.sdk().accounts().resend(m.t.staff(), m.ada.id()))
          .isInstanceOf(InvalidStateException.class);
    } else {
      m.issued(m.t.sdk().accounts().resend(m.t.staff(), m.ada.id()));
    }
  }

  private void revoke(Model m) {
    if (m.claimed || m.working == null) {
      assertThatThrownBy(() -> m.t.sdk().accounts().revoke(m.t.staff(), m.ada.id()))
          .isInstanceOf(InvalidStateException.class);
    } else {
      m.t.sdk().accounts().revoke(m.t.staff(), m.ada.id());
      m.working = null;
      m.expires = null;
    }
  }

  /** The clock moves on, sometimes past the open invite's expiry. */
  static final class Advance implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Arbitraries.integers()
          .between(1, 10 * 24)
          .map(
              hours ->
                  Transformer.mutate(
                      "advance " + hours + "h", m -> m.t.clock().advance(Duration.ofHours(hours))));
    }
  }

  /** A claim with a token ever issued, or with junk. */
  static final class Claim implements Action.Dependent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      List<String> tokens = new ArrayList<>(state.issued);
      tokens.add("junk-" + state.issued.size());
      return Arbitraries.of(tokens)
          .map(
              token ->
                  Transformer.mutate(
                      "claim with token #" + state.issued.indexOf(token),
                      m -> {
                        if (m.works(token)) {
                          assertThat(
                                  m.t
                                      .sdk()
                                      .accounts()
                                      .claim(m.t.organization().id(), token, PASSWORD)
                                      .customerId())
                              .isEqualTo(m.ada.id());
                          m.claimed = true;
                        } else {
                          assertThatThrownBy(
                                  () ->
                                      m.t
                                          .sdk()
                                          .accounts()
                                          .claim(m.t.organization().id(), token, PASSWORD))
                              .isInstanceOf(InvalidStateException.class);
                        }
                      }));
    }
  }

  /** Two claims of the working token (or the last one issued) on two threads at once. */
  static final class ClaimTwiceAtOnce implements Action.Dependent<Model> {
    @Override
    public boolean precondition(Model state) {
      return !state.issued.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      String token = state.issued.get(state.issued.size() - 1);
      return Arbitraries.just(
          Transformer.mutate(
              "two claims at once",
              m -> {
                boolean works = m.works(token);
                int won = twoAtOnce(m, token);
                assertThat(won).isEqualTo(works ? 1 : 0);
                m.claimed |= works;
              }));
    }

    private static int twoAtOnce(Model m, String token) {
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          claims.add(
              threads.submit(
                  () -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                      m.t.sdk().accounts().claim(m.t.organization().id(), token, PASSWORD);
                      return true;
                    } catch (InvalidStateException refused) {
                      return false;
                    }
                  }));
        }
        int won = 0;
        for (Future<Boolean> claim : claims) {
          if (claim.get(30, TimeUnit.SECONDS)) {
            won++;
          }
        }
        return won;
      } catch (Exception e) {
        throw new AssertionError("a claim failed other than by being refused", e);
      } finally {
        threads.shutdownNow();
      }
    }
  }
}
