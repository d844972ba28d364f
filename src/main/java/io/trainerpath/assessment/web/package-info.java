/**
 * The readiness quiz on the web: the step-by-step flow under /assessment, the results page and the
 * JSON API under /api/v1.
 */
package io.trainerpath.assessment.web;
