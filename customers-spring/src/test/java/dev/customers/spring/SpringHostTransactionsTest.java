package dev.customers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What {@link SpringHostTransactions} reports: the connection Spring bound for its DataSource
 * inside a transaction, none outside one or for another DataSource, and none while the after-commit
 * actions run (the committed connection is still bound then); actions run once after a commit and
 * never after a rollback.
 */
class SpringHostTransactionsTest {
  private static JdbcDataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    return dataSource;
  }

  @Test
  void reportsTheBoundConnection_onlyInsideItsOwnDataSourcesTransaction() {
    JdbcDataSource mine = h2("spring_tx_mine");
    JdbcDataSource other = h2("spring_tx_other");
    SpringHostTransactions host = new SpringHostTransactions(mine);
    assertThat(host.currentConnection()).isNull();
    new TransactionTemplate(new DataSourceTransactionManager(mine))
        .executeWithoutResult(
            status -> {
              Connection bound = DataSourceUtils.getConnection(mine);
              assertThat(host.currentConnection()).isSameAs(bound);
              assertThat(new SpringHostTransactions(other).currentConnection()).isNull();
            });
    new TransactionTemplate(new DataSourceTransactionManager(other))
        .executeWithoutResult(status -> assertThat(host.currentConnection()).isNull());
  }

  @Test
  void afterCommitActions_runOnceAfterACommit_outsideTheFinishedTransaction() {
    JdbcDataSource mine = h2("spring_tx_after");
    SpringHostTransactions host = new SpringHostTransactions(mine);
    TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(mine));
    List<String> seen = new ArrayList<>();

    template.executeWithoutResult(
        status ->
            host.afterCommit(
                () ->
                    seen.add(
                        host.currentConnection() == null ? "committed, none" : "still bound")));
    assertThat(seen).containsExactly("committed, none");

    seen.clear();
    assertThatThrownBy(
            () ->
                template.executeWithoutResult(
                    status -> {
                      host.afterCommit(() -> seen.add("ran"));
                      throw new IllegalStateException("rolled back");
                    }))
        .hasMessage("rolled back");
    assertThat(seen).isEmpty();
    // Outside the action, a new transaction's connection is reported again.
    template.executeWithoutResult(status -> assertThat(host.currentConnection()).isNotNull());
  }
}
