/** Spring Boot auto-configuration that builds the SDK from the application context. */
@NullMarked
package dev.customers.spring;

import org.jspecify.annotations.NullMarked;
