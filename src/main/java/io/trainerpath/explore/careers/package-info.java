/**
 * The career path of the guide's section 9 as a diagram, and a page for each role on it.
 */
package io.trainerpath.explore.careers;
