/** The in-memory storage adapter: thread-safe, transactional, for tests and small hosts. */
@NullMarked
package dev.customers.core.memory;

import org.jspecify.annotations.NullMarked;
