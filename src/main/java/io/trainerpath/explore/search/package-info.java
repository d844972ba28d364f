/**
 * Site search over the guide and the catalog, held in memory so every database gives the same answers.
 */
package io.trainerpath.explore.search;
