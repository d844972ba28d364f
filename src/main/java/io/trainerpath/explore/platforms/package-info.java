/**
 * The directory of every platform the guide names, filtered by category and kind of work, with job searches.
 */
package io.trainerpath.explore.platforms;
