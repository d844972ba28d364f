/**
 * The open, read-only JSON API over the guide and the catalog, documented with OpenAPI.
 */
package io.trainerpath.explore.api;
