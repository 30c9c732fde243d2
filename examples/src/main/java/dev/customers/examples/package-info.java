/** A runnable host program that embeds the SDK, as a front-desk app would. */
@NullMarked
package dev.customers.examples;

import org.jspecify.annotations.NullMarked;
