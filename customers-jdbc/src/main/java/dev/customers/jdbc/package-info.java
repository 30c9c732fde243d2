/**
 * Storage over JDBC with jOOQ: embedded H2, PostgreSQL and MariaDB/MySQL. Entry points: {@link
 * dev.customers.jdbc.JdbcStorageModule} and {@link dev.customers.jdbc.JdbcStorage}.
 */
@NullMarked
package dev.customers.jdbc;

import org.jspecify.annotations.NullMarked;
