/**
 * The readiness quiz: its questions and scoring rules, the pure scoring and recommendation logic,
 * and the assessments people save under a secret link.
 */
package io.trainerpath.assessment;
