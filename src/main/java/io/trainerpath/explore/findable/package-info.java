/**
 * What search engines read: the sitemap and robots.txt.
 */
package io.trainerpath.explore.findable;
