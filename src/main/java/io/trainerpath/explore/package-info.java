/**
 * Exploring beyond the guide: career paths, the platform directory, site search, the JSON API and the sitemap.
 */
package io.trainerpath.explore;
