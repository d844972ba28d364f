/**
 * The guide's facts as read-only reference data: skills, roadmap, work types, pay, platforms, careers.
 */
package io.trainerpath.catalog;
