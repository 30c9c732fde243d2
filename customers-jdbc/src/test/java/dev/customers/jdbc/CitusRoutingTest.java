package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The routing rule's own check: what it lets through and what it flags. */
class CitusRoutingTest {
  @Test
  void statementsThatNameTheirOrganization_pass() {
    assertThat(
            CitusRouting.violations(
                List.of(
                    "select cs_tags.id from s.cs_tags where cs_tags.organization_id = cast(? as uuid)",
                    "select t.id from s.cs_tags join s.cs_customer_tags on"
                        + " (cs_customer_tags.organization_id = cs_tags.organization_id)"
                        + " where (cs_tags.organization_id = ?)",
                    "insert into s.cs_tags (organization_id, id) values (?, ?)",
                    "update s.cs_persons set version = ? where id = ?",
                    "update s.cs_customers set s_first = ? where cs_customers.person_id = ?",
                    "select cs_outbox.id from s.cs_outbox where cs_outbox.delivered = ? order by"
                        + " cs_outbox.id")))
        .isEmpty();
  }

  @Test
  void statementsThatWouldFanOut_areFlagged() {
    assertThat(
            CitusRouting.violations(
                List.of(
                    "update s.cs_outbox set delivered = ? where cs_outbox.id in (?, ?)",
                    "select 1 from s.cs_tags join s.cs_customer_tags on (cs_customer_tags.tag_id ="
                        + " cs_tags.id) where cs_tags.organization_id = ?",
                    "select 1 from s.cs_customers where cs_customers.organization_id = ? and exists"
                        + " (select 1 from s.cs_customer_tags where cs_customer_tags.organization_id"
                        + " = cs_customers.organization_id)",
                    "insert into s.cs_tags (id, name) values (?, ?)")))
        .hasSize(4);
  }
}
