/**
 * Shared answers: a handler marks an answer that is the same for everyone ({@link
 * io.trainerpath.web.SharedPages}), and the page cache keeps it whole. Depends on no other package, so
 * every feature and {@code system} may use it.
 */
package io.trainerpath.web;
