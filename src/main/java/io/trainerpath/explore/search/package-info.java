/**
 * Site search: an Apache Lucene index in memory, built once from the guide, the catalog, the tool pages
 * and the synonym groups in the database, so every database gives the same answers.
 */
package io.trainerpath.explore.search;
