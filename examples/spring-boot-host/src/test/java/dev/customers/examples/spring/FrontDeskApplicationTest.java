package dev.customers.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Runs the Spring Boot host's {@code main} and checks what it prints. */
@ExtendWith(OutputCaptureExtension.class)
class FrontDeskApplicationTest {
  @Test
  void aSaleCommitsWithTheHostsOrder_andADeclinedOneLeavesNothing(CapturedOutput output) {
    FrontDeskApplication.main(new String[0]);
    String out = output.getOut();
    assertThat(out)
        .contains("sale to Ben Adams failed: card declined")
        .contains("sold annual membership to Ada Lovelace")
        .contains("orders: 1")
        .contains("roster: [Ada Lovelace]")
        .contains("== done");
    // Events of the committed sale only, after its commit; none of the declined one.
    assertThat(out.indexOf("    [event] Created"))
        .isGreaterThan(out.indexOf("sold annual membership"));
    assertThat(out.split("\\[event\\] Created", -1)).hasSize(2);
    // A quiet start: nothing of the SDK's at WARN, no jOOQ banner. (Boot's own Flyway may warn
    // that Boot's H2 is newer than it has verified; that line is the host's.)
    assertThat(out.lines().filter(line -> line.contains(" WARN ")))
        .noneMatch(line -> line.contains("customers") || line.contains("jooq"));
    assertThat(out).doesNotContain("jOOQ");
  }
}
