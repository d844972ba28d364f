/**
 * Cross-cutting web concerns: the home page, error pages, security headers and web configuration.
 */
package io.trainerpath.system;
